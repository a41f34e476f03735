namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Engine bugs that the robustness suite has found and reported but that are not fixed yet. The generic property,
/// adversarial and fuzz tests tolerate exactly these (so that they keep guarding everything else), while the
/// regression tests in <c>EngineBugRegressionTests</c> show each one. When a bug is fixed, delete its entry.
/// </summary>
/// <remarks>Empty: every bug found so far is fixed, and the regression tests hold each fix.</remarks>
internal static class KnownEngineIssues
{
    /// <summary>Each known issue: an id for messages and a test of whether a violation line is that issue.</summary>
    public static readonly IReadOnlyList<(string Id, Func<string, bool> Matches)> Tolerated = [];

    /// <summary>Removes the violations that are known, reported engine bugs.</summary>
    public static List<string> WithoutKnown(List<string> violations) =>
        violations.Where(v => !Tolerated.Any(k => k.Matches(v))).ToList();
}
