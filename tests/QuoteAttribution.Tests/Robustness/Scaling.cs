using System.Diagnostics;
using System.Globalization;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Timing- and memory-sensitive tests run in this collection, one at a time and after the parallel ones, so that
/// other tests do not disturb their measurements.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScalingGroup
{
    public const string Name = "Robustness scaling (not parallel)";
}

/// <summary>One measured extraction.</summary>
internal readonly record struct Measurement(QuoteExtractionResult Result, TimeSpan Elapsed, long AllocatedBytes, long PeakHeapGrowthBytes);

/// <summary>
/// Measures extractions and checks that time and memory grow linearly: doubling the input may at most triple the
/// median time and the allocations. No wall-clock constant is asserted; a generous watchdog only turns a hang into a failure.
/// </summary>
internal static class Scaling
{
    /// <summary>How long one extraction may run before the watchdog calls it a hang (env QUOTEATTRIBUTION_WATCHDOG_SECONDS).</summary>
    public static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("QUOTEATTRIBUTION_WATCHDOG_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) && s > 0 ? s : 180);

    /// <summary>The largest ratio allowed between the measure of a doubled input and the measure of the input.</summary>
    public const double MaxRatio = 3.0;

    /// <summary>Times below this floor count as the floor, so that sub-millisecond noise cannot fail a ratio.</summary>
    private static readonly TimeSpan TimeFloor = TimeSpan.FromMilliseconds(10);

    private const long AllocationFloor = 1 << 20;

    /// <summary>Runs one extraction under the watchdog, measuring time, allocations and peak managed-heap growth.</summary>
    public static Measurement Measure(QuoteExtractor extractor, string text, bool samplePeak = false, TimeSpan? watchdog = null) =>
        Measure(extractor.ExtractQuotes, text, samplePeak, watchdog);

    /// <summary>Runs one extraction under the watchdog, measuring time, allocations and peak managed-heap growth.</summary>
    public static Measurement Measure(Func<string, QuoteExtractionResult> extract, string text, bool samplePeak = false, TimeSpan? watchdog = null)
    {
        var limit = watchdog ?? Watchdog;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long baseline = GC.GetTotalMemory(forceFullCollection: false);
        long peak = baseline;
        using var done = new ManualResetEventSlim();
        Thread? sampler = null;
        if (samplePeak)
        {
            sampler = new Thread(() =>
            {
                while (!done.Wait(2))
                {
                    long now = GC.GetTotalMemory(forceFullCollection: false);
                    if (now > Volatile.Read(ref peak))
                    {
                        Volatile.Write(ref peak, now);
                    }
                }
            })
            { IsBackground = true, Name = "heap sampler" };
            sampler.Start();
        }

        QuoteExtractionResult? result = null;
        Exception? error = null;
        long allocated = 0;
        var elapsed = TimeSpan.Zero;
        var worker = new Thread(() =>
        {
            try
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                result = extract(text);
                elapsed = clock.Elapsed;
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
#pragma warning disable CA1031 // The worker hands any failure back to the test thread.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                error = ex;
            }
        }, maxStackSize: 0)
        { IsBackground = true, Name = "extraction under watchdog" };
        worker.Start();
        bool finished = worker.Join(limit);
        done.Set();
        sampler?.Join();
        if (!finished)
        {
            throw new TimeoutException(
                $"Extraction of {text.Length:N0} code units did not finish within the {limit.TotalSeconds:N0} s watchdog (a hang or super-linear time). Input: {Describe.Input(text, 120)}");
        }

        if (error is not null)
        {
            throw new InvariantViolationException($"Extraction threw {error.GetType().Name}: {error.Message} for input {Describe.Input(text, 120)}{Environment.NewLine}{error}");
        }

        return new Measurement(result!, elapsed, allocated, Math.Max(0, Volatile.Read(ref peak) - baseline));
    }

    /// <summary>
    /// Asserts that extraction time and allocations grow linearly: <paramref name="make"/>(2n) may take at most
    /// <see cref="MaxRatio"/> times the median time and allocations of <paramref name="make"/>(n), over repeated, interleaved runs after a warm-up.
    /// Checks the invariants on both results too.
    /// </summary>
    public static LinearityReport AssertLinear(Func<int, string> make, int n, QuoteExtractor? extractor = null, int repeats = 3)
    {
        extractor ??= new QuoteExtractor();
        return AssertLinear(make, n, extractor.ExtractQuotes, extractor.Options, repeats, minimumLength: 1_000_000);
    }

    /// <summary>As above, for any extraction function; <paramref name="minimumLength"/> guards against inputs too small to measure.</summary>
    public static LinearityReport AssertLinear(
        Func<int, string> make, int n, Func<string, QuoteExtractionResult> extractor, QuoteExtractorOptions options, int repeats, int minimumLength)
    {
        string small = make(n);
        string large = make(2 * n);
        small.Length.Should().BeGreaterThanOrEqualTo(minimumLength, "the inputs of a linearity check must be big enough to measure");

        // Warm-up: JIT, tiering and caches.
        _ = Measure(extractor, make(Math.Max(1, n / 8)));
        _ = Measure(extractor, small);
        var report = Run(extractor, small, large, repeats, options);
        if (report.TimeRatio > MaxRatio)
        {
            // One retry with more runs, comparing the fastest of each (noise only ever adds time), so a burst of load on a
            // shared machine cannot fail the test; a real super-linear cost fails both.
            report = Run(extractor, small, large, repeats * 2, options: null, fastest: true);
        }

        report.TimeRatio.Should().BeLessThanOrEqualTo(MaxRatio, $"doubling the input ({small.Length:N0} → {large.Length:N0} code units) may at most triple the median time; {report}");
        report.AllocationRatio.Should().BeLessThanOrEqualTo(MaxRatio, $"doubling the input may at most triple the allocations; {report}");
        return report;
    }

    private static LinearityReport Run(Func<string, QuoteExtractionResult> extractor, string small, string large, int repeats, QuoteExtractorOptions? options, bool fastest = false)
    {
        var smallTimes = new List<TimeSpan>();
        var largeTimes = new List<TimeSpan>();
        long smallAlloc = 0;
        long largeAlloc = 0;
        for (int i = 0; i < repeats; i++)
        {
            var s = Measure(extractor, small);
            var l = Measure(extractor, large);
            if (i == 0 && options is not null)
            {
                ResultInvariants.AssertHold(small, s.Result, options);
                ResultInvariants.AssertHold(large, l.Result, options);
            }

            smallTimes.Add(s.Elapsed);
            largeTimes.Add(l.Elapsed);
            smallAlloc = s.AllocatedBytes;
            largeAlloc = l.AllocatedBytes;
        }

        return fastest
            ? new LinearityReport(small.Length, large.Length, smallTimes.Min(), largeTimes.Min(), smallAlloc, largeAlloc, TimeFloor, AllocationFloor, "fastest")
            : new LinearityReport(small.Length, large.Length, Median(smallTimes), Median(largeTimes), smallAlloc, largeAlloc, TimeFloor, AllocationFloor);
    }

    private static TimeSpan Median(List<TimeSpan> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }
}

internal sealed record LinearityReport(int SmallLength, int LargeLength, TimeSpan SmallMedian, TimeSpan LargeMedian, long SmallAllocated, long LargeAllocated, TimeSpan TimeFloor, long AllocationFloor, string Statistic = "median")
{
    public double TimeRatio => Math.Max(LargeMedian.TotalMilliseconds, TimeFloor.TotalMilliseconds) / Math.Max(SmallMedian.TotalMilliseconds, TimeFloor.TotalMilliseconds);

    public double AllocationRatio => (double)Math.Max(LargeAllocated, AllocationFloor) / Math.Max(SmallAllocated, AllocationFloor);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Statistic} {SmallMedian.TotalMilliseconds:F1} ms for {SmallLength:N0} vs {LargeMedian.TotalMilliseconds:F1} ms for {LargeLength:N0} (ratio {TimeRatio:F2}); allocated {SmallAllocated / 1024.0 / 1024:F1} MiB vs {LargeAllocated / 1024.0 / 1024:F1} MiB (ratio {AllocationRatio:F2})");
}
