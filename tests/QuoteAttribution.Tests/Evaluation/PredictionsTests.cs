using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

public class PredictionsTests
{
    private const string Text = "“We are ready,” Kremlin spokesman Dmitry Peskov told reporters.";

    [Fact]
    public void Maps_kind_span_speaker_mention_and_cue()
    {
        var quote = new Quote(
            Text, QuoteKind.Direct, TextSpan.FromBounds(1, 14), 0, [0], "Dmitry Peskov",
            new SpeakerMention("Dmitry Peskov", TextSpan.FromBounds(34, 47)), new Cue("told", TextSpan.FromBounds(48, 52)),
            AttributionMethod.Explicit, 0.9);
        var result = new QuoteExtractionResult(Text, [quote], [], []);

        var prediction = Predictions.FromResult("doc", result);

        prediction.Id.Should().Be("doc");
        prediction.Quotes.Should().Equal(new PredictedQuote(AnnotatedKind.Direct, 1, 14, "Dmitry Peskov", new PredictionSpan(34, 47), new PredictionSpan(48, 52)));
        PredictionJson.ToJsonLine(prediction).Should().Contain("\"kind\":\"direct\"");
    }

    [Theory]
    [InlineData(QuoteKind.Direct, AnnotatedKind.Direct)]
    [InlineData(QuoteKind.Indirect, AnnotatedKind.Indirect)]
    [InlineData(QuoteKind.Partial, AnnotatedKind.Partial)]
    public void Maps_every_kind(QuoteKind kind, AnnotatedKind expected)
    {
        var quote = new Quote(Text, kind, TextSpan.FromBounds(1, 14), null, [], null, null, null, AttributionMethod.None, 0.1);

        var predicted = Predictions.FromQuote(quote);

        predicted.Kind.Should().Be(expected);
        predicted.Speaker.Should().BeNull();
        predicted.Mention.Should().BeNull();
        predicted.Cue.Should().BeNull();
    }

    [Fact]
    public void Clips_a_long_mention_to_80_characters_from_its_start()
    {
        string text = new string('x', 300);
        var quote = new Quote(text, QuoteKind.Indirect, TextSpan.FromBounds(0, 10), null, [], null,
            new SpeakerMention(new string('x', 120), TextSpan.FromBounds(100, 220)), null, AttributionMethod.Explicit, 0.5);

        Predictions.FromQuote(quote).Mention.Should().Be(new PredictionSpan(100, 180));
    }
}
