using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace QuoteAttribution.Benchmarks;

/// <summary>
/// The first <c>Extract</c> call of a fresh process: loading the embedded lexicons (and, in the second case, the
/// embedded model), building the pipeline and compiling it. Every launch is a new process with one cold iteration, so
/// nothing is warm.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
public class StartupBenchmarks
{
    private string _article = null!;

    /// <summary>Reads the sample article (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup() => _article = Workload.SampleArticle();

    /// <summary>The first extraction in the process.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "First Extract call in a fresh process")]
    public QuoteExtractionResult FirstExtract() => QuoteExtractor.Extract(_article);

    /// <summary>The first extraction in the process with the embedded model, which is loaded on first use.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "First Extract call with the embedded model")]
    public QuoteExtractionResult FirstExtractWithModel() =>
        new QuoteExtractor(QuoteExtractorOptions.Default with { Model = AttributionModel.Default }).ExtractQuotes(_article);
}
