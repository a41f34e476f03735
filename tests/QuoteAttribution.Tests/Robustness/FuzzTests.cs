using System.Globalization;
using Xunit.Abstractions;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// The fuzzer in every test run: a short run over fixed seeds, and a longer run bounded in time
/// (QUOTEATTRIBUTION_FUZZ_SECONDS; 60 s when CI=true, 3 s otherwise) from QUOTEATTRIBUTION_FUZZ_SEED (default 1,000,000).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly QuoteExtractor Extractor = new();

    [Fact]
    public void Short_fuzz_run_over_fixed_seeds_finds_no_failure()
    {
        var report = FuzzHarness.Run(Extractor, firstSeed: 0, maxSeeds: 300, duration: TimeSpan.FromMinutes(2));
        output.WriteLine(report.ToString());
        report.Failures.Should().BeEmpty(report.ToString());
    }

    [Fact]
    public void Long_fuzz_run_bounded_in_time_finds_no_failure()
    {
        var report = FuzzHarness.Run(Extractor, FirstSeed(), maxSeeds: int.MaxValue, duration: Duration(), size: 40);
        output.WriteLine(report.ToString());
        report.Runs.Should().BePositive();
        report.Failures.Should().BeEmpty(report.ToString());
    }

    [Fact]
    public void The_harness_reports_seed_and_a_shrunk_input_for_a_failure()
    {
        // A stand-in bug: documents with a guillemet fail. The harness must find it, say the seed and shrink it to the mark alone.
        var fragments = FuzzHarness.Document(0, 24);
        fragments.Insert(fragments.Count / 2, "\u00AB");
        string minimal = Shrinker.Minimize(fragments, t => t.Contains('\u00AB', StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        minimal.Should().Be("\u00AB");
        new FuzzFailure(42, "stand-in", NewsTextGrammar.Join(fragments), minimal, "stand-in").ToString()
            .Should().Contain("seed 42").And.Contain("add to FuzzRegressionTests.Cases: \"\u00AB\",");
    }

    private static TimeSpan Duration()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("QUOTEATTRIBUTION_FUZZ_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? TimeSpan.FromSeconds(60) : TimeSpan.FromSeconds(3);
    }

    private static int FirstSeed() =>
        int.TryParse(Environment.GetEnvironmentVariable("QUOTEATTRIBUTION_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed) ? seed : 1_000_000;
}
