namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// The linearity check itself: it passes a linear extraction and fails a quadratic one. The stand-ins sleep for a
/// time that grows linearly or quadratically with the input, so the self-test does not depend on how busy the machine is.
/// </summary>
[Collection(ScalingGroup.Name)]
public sealed class ScalingSelfTests
{
    [Fact]
    public void A_quadratic_extraction_fails_the_linearity_check()
    {
        // 3,000 code units sleep 100 ms; 6,000 sleep 400 ms.
        static QuoteExtractionResult Quadratic(string text)
        {
            Thread.Sleep(TimeSpan.FromMilliseconds((double)text.Length * text.Length / 90_000));
            return QuoteExtractionResult.Empty(text);
        }

        FluentActions.Invoking(() => Scaling.AssertLinear(n => new string('\u201C', n), 3_000, Quadratic, QuoteExtractorOptions.Default, repeats: 2, minimumLength: 1))
            .Should().Throw<Exception>().WithMessage("*may at most triple*");
    }

    [Fact]
    public void A_linear_extraction_passes_the_linearity_check()
    {
        // 1 MiB sleeps about 100 ms; 2 MiB about 200 ms.
        static QuoteExtractionResult Linear(string text)
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(text.Length / 10_000.0));
            return QuoteExtractionResult.Empty(text);
        }

        Scaling.AssertLinear(n => new string('\u201C', n), 1 << 20, Linear, QuoteExtractorOptions.Default, repeats: 3, minimumLength: 1_000_000)
            .TimeRatio.Should().BeLessThanOrEqualTo(Scaling.MaxRatio);
    }
}
