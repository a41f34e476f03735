using QuoteAttribution.Evaluation;
using static QuoteAttribution.Tests.Evaluation.GoldBuilder;

namespace QuoteAttribution.Tests.Evaluation;

public class SpeakerRuleTests
{
    private const string Text = "“We are ready,” Kremlin spokesman Dmitry Peskov told reporters, as Russia’s defence ministry and Jean-Pierre agreed.";

    private static readonly GoldEntity[] Entities =
    [
        Entity("peskov", "Dmitry Peskov", "Peskov"),
        Entity("putin", "Vladimir Putin", "Putin"),
        Entity("kremlin", "Kremlin"),
        Entity("mod", "Russia’s defence ministry"),
        Entity("jp", "Jean-Pierre"),
    ];

    [Theory]
    [InlineData("Dmitry Peskov", true)] // alias equality
    [InlineData("Peskov", true)]
    [InlineData("dmitry PESKOV", true)] // case
    [InlineData("  Dmitry \u00A0 Peskov ", true)] // white space
    [InlineData("Ｐｅｓｋｏｖ", true)] // NFKC: full-width letters
    [InlineData("Ｄｍｉｔｒｙ　Ｐｅｓｋｏｖ", true)] // NFKC: full-width letters and ideographic space
    [InlineData("Spokesman Dmitry Peskov", true)] // whole-word containment
    [InlineData("Dmitry Peskov's office", true)]
    [InlineData("Peskova", false)] // not a whole word
    [InlineData("Dmitry", false)]
    [InlineData("Peskov and Putin", false)] // names more entities than the gold has speakers
    [InlineData("Kremlin spokesman Dmitry Peskov", false)] // Kremlin is one of this document's entities too
    [InlineData("he", false)] // a pronoun is never correct
    [InlineData("He", false)]
    [InlineData("", false)] // nor an empty name
    [InlineData(null, false)]
    [InlineData("Vladimir Putin", false)]
    public void A_named_gold_speaker_needs_an_alias_by_equality_or_whole_word_containment(string? predicted, bool correct)
    {
        AssertSpeaker(["peskov"], predicted, correct);
    }

    [Theory]
    [InlineData("Russia's defence ministry", true)] // typographic apostrophe folded
    [InlineData("RUSSIA’S DEFENCE MINISTRY", true)]
    [InlineData("Russia`s defence ministry", true)]
    [InlineData("Russias defence ministry", false)]
    public void Apostrophes_are_folded(string predicted, bool correct) => AssertSpeaker(["mod"], predicted, correct);

    [Theory]
    [InlineData("Jean–Pierre", true)] // en dash
    [InlineData("Jean—Pierre", true)] // em dash
    [InlineData("Jean‑Pierre", true)] // non-breaking hyphen
    [InlineData("Jean Pierre", false)]
    [InlineData("JEAN-PIERRE", true)]
    public void Dashes_are_folded(string predicted, bool correct) => AssertSpeaker(["jp"], predicted, correct);

    [Theory]
    [InlineData("Dmitry Peskov and Vladimir Putin", true)]
    [InlineData("Putin", true)]
    [InlineData("Peskov, Putin and the Kremlin", false)]
    public void Joint_speakers_allow_as_many_entities_as_the_gold_has_speakers(string predicted, bool correct) =>
        AssertSpeaker(["peskov", "putin"], predicted, correct);

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("a defense lawyer", false)]
    [InlineData("Dmitry Peskov", false)]
    public void An_unnamed_gold_speaker_wants_no_name(string? predicted, bool correct) => AssertSpeaker([], predicted, correct);

    [Fact]
    public void Overlap_scoring_without_speaker_or_source_counts_for_quote_figures_only()
    {
        var gold = Document(Text, ScoringMode.Overlap, [Quote(Text, "We are ready,", AnnotatedKind.Direct)], Entities);

        var report = Score(gold, Predicted(Text, "We are ready,", AnnotatedKind.Direct, "Dmitry Peskov"));

        report.All.F1.Should().Be(1);
        report.All.Judged.Should().Be(0);
        report.All.SpeakerAccuracy.Should().BeNull();
        report.All.AttributionF1.Should().BeNull("the only gold quote cannot be judged, so nothing counts for attribution");
        report.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Kremlin spokesman", true)] // the source text, as written
    [InlineData("the Kremlin spokesman", true)] // contains it as whole words
    [InlineData("spokesman", false)]
    public void Overlap_scoring_accepts_the_source_text_as_a_name(string predicted, bool correct)
    {
        var quote = Quote(Text, "We are ready,", AnnotatedKind.Direct) with { Source = Source(Text, "Kremlin spokesman") };
        var gold = Document(Text, ScoringMode.Overlap, [quote], Entities);

        Score(gold, Predicted(Text, "We are ready,", AnnotatedKind.Direct, predicted)).All.SpeakerCorrect.Should().Be(correct ? 1 : 0);
    }

    [Theory]
    [InlineData("Peskov", 0, true)] // the mention overlaps the source
    [InlineData("told", 0, false)] // the mention is elsewhere
    [InlineData("Peskov", 81, false)] // a mention longer than 80 characters does not count
    public void Overlap_scoring_accepts_a_mention_that_overlaps_a_pronoun_source(string mentionText, int mentionLength, bool correct)
    {
        string text = "“We are ready,” he told reporters. " + new string('.', 100);
        var quote = Quote(text, "We are ready,", AnnotatedKind.Direct) with { Source = Source(text, "he") };
        var gold = Document(text, ScoringMode.Overlap, [quote]);
        int at = mentionText == "Peskov" ? text.IndexOf("he", StringComparison.Ordinal) : text.IndexOf(mentionText, StringComparison.Ordinal);
        var mention = new PredictionSpan(at, at + (mentionLength > 0 ? mentionLength : 2));

        // The name is wrong (or a pronoun): only the mention's position can make it right.
        var report = Score(gold, Predicted(text, "We are ready,", AnnotatedKind.Direct, "Vladimir Putin", mention));

        report.All.SpeakerCorrect.Should().Be(correct ? 1 : 0);
        report.All.Judged.Should().Be(1);
    }

    [Fact]
    public void A_pronoun_matching_a_pronoun_source_is_still_wrong()
    {
        string text = "“We are ready,” he told reporters.";
        var quote = Quote(text, "We are ready,", AnnotatedKind.Direct) with { Source = Source(text, "he") };
        var gold = Document(text, ScoringMode.Overlap, [quote]);

        Score(gold, Predicted(text, "We are ready,", AnnotatedKind.Direct, "he")).All.SpeakerCorrect.Should().Be(0);
    }

    [Fact]
    public void An_alias_inside_a_longer_alias_of_another_entity_does_not_count_as_a_second_entity()
    {
        // PolNeAR lists surface forms as separate entities: 'Trump' and 'Donald Trump'.
        const string text = "“No,” said Donald Trump.";
        var gold = Document(text, ScoringMode.Exact, [Quote(text, "No,", AnnotatedKind.Direct, "trump")], Entity("trump", "Trump"), Entity("dtrump", "Donald Trump"));

        Score(gold, Predicted(text, "No,", AnnotatedKind.Direct, "Donald Trump")).All.SpeakerCorrect.Should().Be(1);
    }

    private static void AssertSpeaker(string[] goldSpeakers, string? predicted, bool correct)
    {
        var gold = Document(Text, ScoringMode.Exact, [Quote(Text, "We are ready,", AnnotatedKind.Direct, goldSpeakers)], Entities);

        var report = Score(gold, Predicted(Text, "We are ready,", AnnotatedKind.Direct, predicted));

        report.All.MatchedGold.Should().Be(1);
        report.All.SpeakerCorrect.Should().Be(correct ? 1 : 0);
        report.All.AttributionF1.Should().Be(correct ? 1 : 0);
    }
}
