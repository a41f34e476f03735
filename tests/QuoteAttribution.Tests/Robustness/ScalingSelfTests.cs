namespace QuoteAttribution.Tests.Robustness;

/// <summary>The linearity check itself: it passes a linear extraction and fails a quadratic one.</summary>
[Collection(ScalingGroup.Name)]
public sealed class ScalingSelfTests
{
    [Fact]
    public void A_quadratic_extraction_fails_the_linearity_check()
    {
        static QuoteExtractionResult Quadratic(string text)
        {
            // Every position scans the rest of the text for a closing mark: the classic pairing mistake.
            int found = 0;
            for (int i = 0; i < text.Length; i++)
            {
                for (int j = i + 1; j < text.Length; j++)
                {
                    if (text[j] == '\u201D')
                    {
                        found++;
                        break;
                    }
                }
            }

            return found < 0 ? null! : QuoteExtractionResult.Empty(text);
        }

        FluentActions.Invoking(() => Scaling.AssertLinear(n => new string('\u201C', n), 6_000, Quadratic, QuoteExtractorOptions.Default, repeats: 2, minimumLength: 1))
            .Should().Throw<Exception>().WithMessage("*may at most triple*");
    }

    [Fact]
    public void A_linear_extraction_passes_the_linearity_check()
    {
        static QuoteExtractionResult Linear(string text)
        {
            int marks = 0;
            for (int round = 0; round < 4; round++)
            {
                foreach (char c in text)
                {
                    marks += c == '\u201C' ? 1 : 0;
                }
            }

            return marks < 0 ? null! : QuoteExtractionResult.Empty(text);
        }

        Scaling.AssertLinear(n => new string('\u201C', n), 1 << 20, Linear, QuoteExtractorOptions.Default, repeats: 5, minimumLength: 1_000_000)
            .TimeRatio.Should().BeLessThanOrEqualTo(Scaling.MaxRatio);
    }
}
