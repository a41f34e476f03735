using System.Buffers;
using BenchmarkDotNet.Attributes;

namespace QuoteAttribution.Benchmarks;

/// <summary>
/// Quote extraction against the cheapest possible pass over the same text: a vectorized scan for quotation marks.
/// Every operation processes the whole workload, so the per-char columns divide by <see cref="Workload.TotalChars"/>.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    /// <summary>Every quotation mark the extractor knows: straight, curly, guillemets, low-9 and CJK corner brackets.</summary>
    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"'“”‘’«»„‚‹›「」『』");

    private readonly QuoteExtractor _extractor = new(QuoteExtractorOptions.Default);

    /// <summary>Gets or sets the input of the current benchmark case.</summary>
    [ParamsSource(nameof(Workloads))]
    public Workload Input { get; set; } = null!;

    /// <summary>Gets the workloads (see <see cref="Workload.All"/>).</summary>
    public static IEnumerable<Workload> Workloads => Workload.All();

    /// <summary>Counts the quotation marks in every document: the floor any extractor is compared to.</summary>
    /// <returns>The number of quotation marks.</returns>
    [Benchmark(Baseline = true, Description = "Scan quotation marks")]
    public int ScanQuotationMarks()
    {
        int count = 0;
        foreach (string text in Input.Texts)
        {
            ReadOnlySpan<char> rest = text;
            int index;
            while ((index = rest.IndexOfAny(QuotationMarks)) >= 0)
            {
                count++;
                rest = rest[(index + 1)..];
            }
        }

        return count;
    }

    /// <summary>Extracts the quotes of every document, one after another on this thread.</summary>
    /// <returns>The results.</returns>
    [Benchmark(Description = "Extract (single thread)")]
    public QuoteExtractionResult[] Extract()
    {
        var texts = Input.Texts;
        var results = new QuoteExtractionResult[texts.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = _extractor.ExtractQuotes(texts[i]);
        }

        return results;
    }

    /// <summary>Extracts the quotes of every document with the batch API on all cores.</summary>
    /// <returns>The results, in input order.</returns>
    [Benchmark(Description = "ExtractAll (batch, all cores)")]
    public List<QuoteExtractionResult> ExtractAll() => [.. _extractor.ExtractAll(Input.Texts)];
}
