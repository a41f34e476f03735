namespace QuoteAttribution.Tests.Robustness;

/// <summary>The five seed articles, copied to the test output directory from the repository's own test data.</summary>
internal static class Seeds
{
    private static readonly Lazy<IReadOnlyList<string>> Loaded = new(() =>
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "Data", "seeds");
        var texts = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (texts.Length == 0)
        {
            throw new InvalidOperationException($"No seed articles in {dir}.");
        }

        return texts;
    });

    public static IReadOnlyList<string> Texts => Loaded.Value;
}
