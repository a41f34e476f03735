using System.Collections.Immutable;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>The invariant checker itself catches broken results (built by hand through the internal constructors).</summary>
public sealed class InvariantCheckerTests
{
    private const string Text = "“We will win,” Peskov said.";

    [Fact]
    public void A_sound_result_passes()
    {
        var (result, _) = Build(new TextSpan(1, 12), mention: new SpeakerMention("Peskov", new TextSpan(15, 6)), cue: new Cue("said", new TextSpan(22, 4)));
        ResultInvariants.Violations(Text, result).Should().BeEmpty();
    }

    [Fact]
    public void A_span_outside_the_input_is_caught()
    {
        var (result, _) = Build(new TextSpan(20, 30), speaker: false);
        ResultInvariants.Violations(Text, result).Should().Contain(v => v.Contains("outside the input", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mention_whose_text_differs_from_its_span_is_caught()
    {
        var (result, _) = Build(new TextSpan(1, 12), mention: new SpeakerMention("Putin", new TextSpan(15, 6)));
        ResultInvariants.Violations(Text, result).Should().Contain(v => v.Contains("differs from the input", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whitespace_mention_is_caught()
    {
        var (result, _) = Build(new TextSpan(1, 12), mention: new SpeakerMention(" ", new TextSpan(14, 1)));
        ResultInvariants.Violations(Text, result).Should().Contain(v => v.Contains("empty or whitespace", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cue_whose_text_differs_from_its_span_is_caught()
    {
        var (result, _) = Build(new TextSpan(1, 12), cue: new Cue("said", new TextSpan(20, 4)));
        ResultInvariants.Violations(Text, result).Should().Contain(v => v.Contains("Cue", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void A_confidence_outside_zero_to_one_is_caught(double confidence)
    {
        var (result, _) = Build(new TextSpan(1, 12), confidence: confidence);
        ResultInvariants.Violations(Text, result).Should().Contain(v => v.Contains("Confidence", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_id_that_does_not_index_speakers_is_caught()
    {
        var q = new Quote(Text, QuoteKind.Direct, new TextSpan(1, 12), 3, [3], "Peskov", null, null, AttributionMethod.Explicit, 0.9);
        var result = new QuoteExtractionResult(Text, [q], [], []);
        ResultInvariants.Violations(Text, result).Should().Contain(v => v.Contains("does not index Speakers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_that_does_not_list_its_quote_is_caught()
    {
        var q = new Quote(Text, QuoteKind.Direct, new TextSpan(1, 12), 0, [0], "Peskov", null, null, AttributionMethod.Explicit, 0.9);
        var speaker = new Speaker(0, "Peskov", [], []);
        var result = new QuoteExtractionResult(Text, [q], [speaker], []);
        ResultInvariants.Violations(Text, result).Should().Contain(v => v.Contains("does not list", StringComparison.Ordinal));
    }

    [Fact]
    public void Partially_overlapping_quotes_are_caught_and_nested_ones_are_not()
    {
        var outer = Direct(new TextSpan(0, 10));
        var inner = Direct(new TextSpan(2, 3));
        var crossing = Direct(new TextSpan(5, 10));
        ResultInvariants.Violations(Text, new QuoteExtractionResult(Text, [outer, inner], [], [])).Should().BeEmpty();
        ResultInvariants.Violations(Text, new QuoteExtractionResult(Text, [outer, crossing], [], []))
            .Should().Contain(v => v.Contains("partially overlaps", StringComparison.Ordinal));
    }

    [Fact]
    public void Quotes_out_of_document_order_are_caught()
    {
        var result = new QuoteExtractionResult(Text, [Direct(new TextSpan(10, 2)), Direct(new TextSpan(1, 2))], [], []);
        ResultInvariants.Violations(Text, result).Should().Contain(v => v.Contains("document order", StringComparison.Ordinal));
    }

    [Fact]
    public void A_span_that_cuts_a_surrogate_pair_is_caught()
    {
        const string emoji = "“\uD83D\uDE00”";
        var result = new QuoteExtractionResult(emoji, [new Quote(emoji, QuoteKind.Direct, new TextSpan(1, 1), null, [], null, null, null, AttributionMethod.None, 0.1)], [], []);
        ResultInvariants.Violations(emoji, result).Should().Contain(v => v.Contains("surrogate", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_filters_are_checked()
    {
        var partial = new Quote(Text, QuoteKind.Partial, new TextSpan(1, 2), null, [], null, null, null, AttributionMethod.None, 0.2);
        var result = new QuoteExtractionResult(Text, [partial], [], [new TextSpan(0, 1)]);
        var options = new QuoteExtractorOptions { IncludePartial = false, MinimumConfidence = 0.5 };
        ResultInvariants.Violations(Text, result, options).Should().HaveCount(3);
    }

    [Fact]
    public void Literals_escape_what_cannot_be_pasted()
    {
        Describe.CSharpLiteral("a\"\\\n\r\t\0\uD800“").Should().Be("\"a\\\"\\\\\\n\\r\\t\\u0000\\uD800“\"");
        Describe.Input(new string('x', 1000)).Should().Contain("length 1000");
    }

    private static Quote Direct(TextSpan span) =>
        new(Text, QuoteKind.Direct, span, null, [], null, null, null, AttributionMethod.None, 0.1);

    private static (QuoteExtractionResult Result, Quote Quote) Build(
        TextSpan span, SpeakerMention? mention = null, Cue? cue = null, double confidence = 0.9, bool speaker = true)
    {
        var quote = new Quote(Text, QuoteKind.Direct, span, speaker ? 0 : null, speaker ? [0] : [], speaker ? "Peskov" : null, mention, cue, speaker ? AttributionMethod.Explicit : AttributionMethod.None, confidence);
        var speakers = speaker
            ? ImmutableArray.Create(new Speaker(0, "Peskov", mention is null ? [] : [mention], [quote]))
            : [];
        return (new QuoteExtractionResult(Text, [quote], speakers, []), quote);
    }
}
