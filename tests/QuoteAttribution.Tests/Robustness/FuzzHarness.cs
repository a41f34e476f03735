using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// A seeded, grammar-based fuzzer: each seed makes one document (news text, unicode noise or both), the extractor runs
/// on it, and any exception or broken invariant is a failure. A failure is shrunk to a minimal input and reported with
/// its seed as a C# literal, ready to be added to <see cref="FuzzRegressionTests"/>.
/// </summary>
internal static class FuzzHarness
{
    public static FuzzReport Run(QuoteExtractor extractor, int firstSeed, int maxSeeds, TimeSpan duration, int size = 24, int maxFailures = 3)
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<FuzzFailure>();
        int runs = 0;
        long chars = 0;
        for (int seed = firstSeed; runs < maxSeeds && clock.Elapsed < duration && failures.Count < maxFailures; seed++, runs++)
        {
            var fragments = Document(seed, size);
            string text = NewsTextGrammar.Join(fragments);
            chars += text.Length;
            if (Problem(extractor, text) is { } problem)
            {
                string minimal = Shrinker.Minimize(fragments, t => Problem(extractor, t) is not null, TimeSpan.FromSeconds(20));
                failures.Add(new FuzzFailure(seed, problem, text, minimal, Problem(extractor, minimal) ?? problem));
            }
        }

        return new FuzzReport(firstSeed, runs, chars, clock.Elapsed, failures);
    }

    /// <summary>The document of a seed: a third news text, a third noise, a third news with noise spliced in.</summary>
    public static List<string> Document(int seed, int size) => (seed % 3) switch
    {
        0 => NewsTextGrammar.Generate(seed, size),
        1 => NewsTextGrammar.Noise(seed, size),
        _ => Splice(seed, size),
    };

    /// <summary>What is wrong with the extraction of <paramref name="text"/>, or <see langword="null"/> when nothing is.</summary>
    public static string? Problem(QuoteExtractor extractor, string text)
    {
        QuoteExtractionResult first;
        try
        {
            first = extractor.ExtractQuotes(text);
        }
#pragma warning disable CA1031 // Any exception is a finding.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var frame = new System.Diagnostics.StackTrace(ex).GetFrames()
                .Select(f => f.GetMethod())
                .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("QuoteAttribution", StringComparison.Ordinal) == true);
            string thrown = $"threw {ex.GetType().Name} in {frame?.DeclaringType?.Name}.{frame?.Name}: {ex.Message}";
            return KnownEngineIssues.WithoutKnown([thrown]).Count == 0 ? null : thrown;
        }

        var violations = KnownEngineIssues.WithoutKnown(ResultInvariants.Violations(text, first, extractor.Options));
        if (violations.Count > 0)
        {
            return string.Join("; ", violations.Take(5));
        }

        var again = extractor.ExtractQuotes(text);
        return ResultDiff.First(first, again) is { } d ? $"not deterministic: {d}" : null;
    }

    private static List<string> Splice(int seed, int size)
    {
        var news = NewsTextGrammar.Generate(seed, size);
        var rng = new Random(seed);
        foreach (string n in NewsTextGrammar.Noise(seed ^ 0x5EED, Math.Max(1, size / 4)))
        {
            news.Insert(rng.Next(news.Count + 1), n);
        }

        return news;
    }
}

internal sealed record FuzzFailure(int Seed, string Problem, string Input, string Minimal, string MinimalProblem)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"seed {Seed}: {Problem}{Environment.NewLine}    input ({Input.Length} code units): {Describe.Input(Input, 300)}{Environment.NewLine}    minimal ({Minimal.Length} code units): {MinimalProblem}{Environment.NewLine}    add to FuzzRegressionTests.Cases: {Describe.CSharpLiteral(Minimal)},");
}

internal sealed record FuzzReport(int FirstSeed, int Runs, long Chars, TimeSpan Elapsed, List<FuzzFailure> Failures)
{
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"fuzz: seeds {FirstSeed}..{FirstSeed + Runs - 1} ({Runs} documents, {Chars:N0} code units) in {Elapsed.TotalSeconds:F1} s, {Failures.Count} failure(s)");
        foreach (var f in Failures)
        {
            sb.AppendLine().Append("  ").Append(f);
        }

        return sb.ToString();
    }
}
