using BenchmarkDotNet.Attributes;

namespace QuoteAttribution.Benchmarks;

/// <summary>
/// What the learned model costs: extraction with rules only (the baseline of this class) against extraction with the
/// embedded model, one thread, on the typical article and on the corpus.
/// </summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private readonly QuoteExtractor _rulesOnly = new(QuoteExtractorOptions.Default);
    private readonly QuoteExtractor _withModel = new(QuoteExtractorOptions.Default with { Model = AttributionModel.Default });

    /// <summary>Gets or sets the input of the current benchmark case.</summary>
    [ParamsSource(nameof(Workloads))]
    public Workload Input { get; set; } = null!;

    /// <summary>Gets the workloads: the article and the corpus of <see cref="Workload.All"/>.</summary>
    public static IEnumerable<Workload> Workloads => Workload.All().Where(w => w.Order is 0 or 2);

    /// <summary>Extracts every document with rules only.</summary>
    /// <returns>The results.</returns>
    [Benchmark(Baseline = true, Description = "Extract, rules only (single thread)")]
    public QuoteExtractionResult[] RulesOnly() => Run(_rulesOnly);

    /// <summary>Extracts every document with the embedded model.</summary>
    /// <returns>The results.</returns>
    [Benchmark(Description = "Extract with the model (single thread)")]
    public QuoteExtractionResult[] WithModel() => Run(_withModel);

    private QuoteExtractionResult[] Run(QuoteExtractor extractor)
    {
        var texts = Input.Texts;
        var results = new QuoteExtractionResult[texts.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = extractor.ExtractQuotes(texts[i]);
        }

        return results;
    }
}
