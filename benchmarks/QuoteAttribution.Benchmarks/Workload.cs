namespace QuoteAttribution.Benchmarks;

/// <summary>One benchmark input: one or more documents, processed whole by every benchmark operation.</summary>
/// <remarks>Comparable only so that BenchmarkDotNet lists the workloads in <see cref="Order"/>, not by name.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1036", Justification = "Ordering exists only for the summary table.")]
public sealed class Workload : IComparable<Workload>, IComparable
{
    /// <summary>The environment variable that names a corpus directory; <c>--corpus PATH</c> sets it for the run.</summary>
    public const string CorpusVariable = "QUOTEATTRIBUTION_CORPUS";

    private const int LongArticleChars = 50_000;

    private Workload(int order, string name, IReadOnlyList<string> texts)
    {
        Order = order;
        Name = name;
        Texts = texts;
        TotalChars = texts.Sum(t => (long)t.Length);
    }

    /// <summary>Gets the position of this workload in the summary (BenchmarkDotNet sorts parameter values).</summary>
    public int Order { get; }

    /// <summary>Gets the name shown in the summary.</summary>
    public string Name { get; }

    /// <summary>Gets the documents.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>Gets the number of UTF-16 code units in all documents together: the unit of the per-char columns.</summary>
    public long TotalChars { get; }

    /// <summary>Returns the workloads: a typical article, a ~50 KB article, a corpus, the corpus as ~5 KB documents, and the corpus as one 5 MB document.</summary>
    /// <returns>The workloads, built the same way in the host and in every benchmark process.</returns>
    public static IEnumerable<Workload> All()
    {
        string article = File.ReadAllText(DataFile("ukraine-peace-talks.txt"));
        string[] seeds = SeedFiles().Select(File.ReadAllText).ToArray();

        yield return new Workload(0, $"article, {Chars(article.Length)}", [article]);
        yield return LongArticle(seeds);
        var corpus = Corpus(seeds);
        yield return corpus;
        yield return FiveKilobyteDocuments(corpus);
        yield return OneHugeDocument(corpus);
    }

    /// <summary>Returns the bundled sample article.</summary>
    /// <returns>Its text.</returns>
    public static string SampleArticle() => File.ReadAllText(DataFile("ukraine-peace-talks.txt"));

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <inheritdoc/>
    public int CompareTo(Workload? other) => other is null ? 1 : Order.CompareTo(other.Order);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => CompareTo(obj as Workload);

    // One long document: the bundled articles one after another, as paragraphs, until it passes 50 KB.
    private static Workload LongArticle(string[] seeds)
    {
        var text = new System.Text.StringBuilder(LongArticleChars + 8_000);
        for (int i = 0; text.Length < LongArticleChars; i++)
        {
            text.Append(seeds[i % seeds.Length].Trim()).Append("\n\n");
        }

        return new Workload(1, $"long article, {Chars(text.Length)}", [text.ToString()]);
    }

    // The corpus regrouped into documents of about 5 KB (consecutive articles joined as paragraphs): the unit the
    // linearity target compares the one large document with.
    private static Workload FiveKilobyteDocuments(Workload corpus)
    {
        const int ChunkChars = 5_000;
        var chunks = new List<string>();
        var text = new System.Text.StringBuilder(ChunkChars * 2);
        foreach (string article in corpus.Texts)
        {
            text.Append(article).Append("\n\n");
            if (text.Length >= ChunkChars)
            {
                chunks.Add(text.ToString());
                text.Clear();
            }
        }

        if (text.Length > 0)
        {
            chunks.Add(text.ToString());
        }

        return new Workload(3, $"corpus as ~5 KB documents, {chunks.Count} docs, {Chars(chunks.Sum(c => (long)c.Length))}", chunks);
    }

    // The corpus as one document of at least 5 MB (repeated if it is smaller): cost must grow linearly, so its
    // throughput should match the corpus's, whose documents are a few KB each.
    private static Workload OneHugeDocument(Workload corpus)
    {
        const int HugeChars = 5_000_000;
        var text = new System.Text.StringBuilder(HugeChars + 100_000);
        for (int i = 0; text.Length < HugeChars; i++)
        {
            text.Append(corpus.Texts[i % corpus.Texts.Count]).Append("\n\n");
        }

        return new Workload(4, $"one document, {Chars(text.Length)}", [text.ToString()]);
    }

    private static Workload Corpus(string[] seeds)
    {
        string? directory = Environment.GetEnvironmentVariable(CorpusVariable);
        if (string.IsNullOrWhiteSpace(directory))
        {
            return new Workload(2, $"corpus seeds, {seeds.Length} docs, {Chars(seeds.Sum(s => (long)s.Length))}", seeds);
        }

        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{CorpusVariable} names {directory}, which is not a directory.");
        }

        string[] texts = Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        if (texts.Length == 0)
        {
            throw new FileNotFoundException($"No .txt files under {directory} ({CorpusVariable}).");
        }

        string label = new DirectoryInfo(directory).Name;
        return new Workload(2, $"corpus {label}, {texts.Length} docs, {Chars(texts.Sum(t => (long)t.Length))}", texts);
    }

    private static string Chars(long count) => count >= 1_000_000
        ? $"{count / 1e6:0.##}M chars"
        : $"{count / 1e3:0.#}K chars";

    private static IEnumerable<string> SeedFiles()
    {
        string folder = Path.GetDirectoryName(DataFile(Path.Combine("seeds", "000_4cb482f20df9b447.txt")))!;
        return Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal);
    }

    // The data files are copied next to the benchmark assembly. BenchmarkDotNet runs each benchmark from a generated
    // project in a subfolder of that output, so look in every folder above the running assembly too.
    private static string DataFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "Data", relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Benchmark input Data/{relativePath} not found above {AppContext.BaseDirectory}.");
    }
}
