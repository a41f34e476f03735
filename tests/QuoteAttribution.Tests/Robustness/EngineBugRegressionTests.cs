using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Abstractions;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Engine bugs found by the robustness suite, one test each, strict (no tolerance from <see cref="KnownEngineIssues"/>).
/// Each was fixed in the engine; the test keeps it fixed.
/// </summary>
[Collection(ScalingGroup.Name)]
public sealed class EngineBugRegressionTests(ITestOutputHelper output)
{
    private const int Megabyte = 1 << 20;

    /// <summary>Bug 1: a reported-speech (Indirect) clause ends inside a quotation that opens inside it.</summary>
    [Theory]
    [InlineData("Officials said talks \"would resume, Peskov said. \u201D")]
    public void An_indirect_quote_never_partially_overlaps_a_quotation(string input)
    {
        var result = new QuoteExtractor().ExtractQuotes(input);
        ResultInvariants.AssertHold(input, result, QuoteExtractorOptions.Default, strict: true);
    }

    /// <summary>
    /// Bug 2: ResultBuilder.BuildSpeakers checks each quote's mention against every mention of its speaker so far
    /// (a linear scan), so a speaker quoted throughout a long document costs quotes × mentions: quadratic time.
    /// </summary>
    [Fact]
    public void One_speaker_quoted_throughout_a_long_document_is_linear()
    {
        const string unit = "\u201CYes,\u201D Peskov said. ";
        static string Make(int n) => new StringBuilder(n + unit.Length).Insert(0, unit, (n / unit.Length) + 1).ToString();
        var extractor = new QuoteExtractor();
        var report = Scaling.AssertLinear(Make, Megabyte / 2, extractor.ExtractQuotes, extractor.Options, repeats: 1, minimumLength: 500_000);
        output.WriteLine($"linearity: {report}");
    }

    /// <summary>Bug 2 at scale: 50 MB of news (the seed articles over and over) in a budget derived from the 1 MB time.</summary>
    [Fact]
    public void A_50_MB_document_is_linear_and_memory_bounded()
    {
        var extractor = new QuoteExtractor();
        static string Repeated(int n)
        {
            var sb = new StringBuilder(n + 8192);
            for (int i = 0; sb.Length < n; i++)
            {
                sb.Append(Seeds.Texts[i % Seeds.Texts.Count]).Append("\n\n");
            }

            return sb.ToString(0, n);
        }

        var report = Scaling.AssertLinear(Repeated, Megabyte, extractor);
        output.WriteLine($"linearity: {report}");
        string doc = Repeated(50 * Megabyte);
        var budget = TimeSpan.FromMilliseconds(Math.Max(report.SmallMedian.TotalMilliseconds, 100) * 50 * Scaling.MaxRatio) + TimeSpan.FromSeconds(10);
        var m = Scaling.Measure(extractor, doc, samplePeak: true, watchdog: budget);
        ResultInvariants.AssertHold(doc, m.Result, extractor.Options, strict: true);
        output.WriteLine($"50 MB: {m.Elapsed.TotalSeconds:F2} s (budget {budget.TotalSeconds:F0} s), {m.Result.Quotes.Length:N0} quotes, peak heap growth {m.PeakHeapGrowthBytes / (double)Megabyte:F0} MiB");
        m.PeakHeapGrowthBytes.Should().BeLessThan(32L * 2 * doc.Length, "peak memory must stay within a constant factor of the input");
    }

    /// <summary>
    /// Bug 3 (found by the long fuzz run, seed 1011272): "According to X," right before a paragraph break throws
    /// ArgumentOutOfRangeException from ReportedSpeechFinder.CountWords (the record ends before it starts).
    /// </summary>
    [Theory]
    [InlineData("According to D,\ra")]
    [InlineData("According to D,\r\u2019")]
    [InlineData("According to Peskov,\n\nthe talks will go on.")]
    [InlineData("According to Peskov,\r\nthe talks will go on.")]
    public void According_to_before_a_paragraph_break_does_not_throw(string input)
    {
        var result = FluentActions.Invoking(() => new QuoteExtractor().ExtractQuotes(input)).Should().NotThrow().Subject;
        ResultInvariants.AssertHold(input, result, QuoteExtractorOptions.Default, strict: true);
    }

    /// <summary>
    /// Bug 5 (found by a review, thirteenth session): a document whose last token ends an institution's name after "and"
    /// ("… World Travel and Tourism Council", no full stop) read one token past its end: an exception when the pooled
    /// token buffer was exactly full, else a stale token of an earlier document. Every length up to a few buffer sizes,
    /// each after a different document.
    /// </summary>
    [Fact]
    public void An_institution_s_name_ending_the_text_does_not_read_past_it()
    {
        var extractor = new QuoteExtractor();
        for (int words = 0; words < 300; words++)
        {
            string input = string.Concat(Enumerable.Repeat("w ", words)) + "World Travel and Tourism Council";
            _ = extractor.ExtractQuotes(string.Concat(Enumerable.Repeat("Smith said the plan of the Bank of England. ", words % 7)));
            var result = FluentActions.Invoking(() => extractor.ExtractQuotes(input)).Should().NotThrow().Subject;
            ResultInvariants.AssertHold(input, result, QuoteExtractorOptions.Default, strict: true);
        }
    }

    /// <summary>
    /// Bug 4: with an already-cancelled token, ExtractAllAsync still takes a whole window (4 × parallelism) of documents
    /// from the source before it notices; ExtractAll takes at most one. A source with side effects (a queue) loses them.
    /// </summary>
    [Fact]
    public async Task ExtractAllAsync_with_a_cancelled_token_takes_nothing_from_the_source()
    {
        int pulled = 0;
        async IAsyncEnumerable<string> Source([EnumeratorCancellation] CancellationToken token = default)
        {
            for (int i = 0; i < 1000; i++)
            {
                await Task.Yield();
                Interlocked.Increment(ref pulled);
                yield return "text";
            }

            _ = token;
        }

        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { MaxDegreeOfParallelism = 2 });
        var act = async () =>
        {
            await foreach (var _ in extractor.ExtractAllAsync(Source(), cts.Token))
            {
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        pulled.Should().BeLessThanOrEqualTo(1, "like ExtractAll, a cancelled call must not drain the source");
    }
}
