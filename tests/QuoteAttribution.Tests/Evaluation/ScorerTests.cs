using QuoteAttribution.Evaluation;
using static QuoteAttribution.Tests.Evaluation.GoldBuilder;

namespace QuoteAttribution.Tests.Evaluation;

public class ScorerTests
{
    [Fact]
    public void The_dev_gold_scored_against_itself_gives_1_everywhere()
    {
        var gold = GoldReader.ReadFile(DataPath("dev.jsonl"));

        var report = Scorer.Score(gold, gold.Select(AsPrediction));

        foreach (var row in report.Rows)
        {
            row.Pred.Should().Be(row.Gold, row.Name);
            new[] { row.Precision, row.Recall, row.F1, row.SpeakerAccuracy, row.AttributionF1 }.Should().OnlyContain(f => f == 1.0, row.Name);
        }

        report.All.Gold.Should().Be(66);
        report.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Peskov said: “ We will win. ” and left.", 0, 0, true)]
    [InlineData("Peskov said: “ We will win. ” and left.", -1, 1, true)]
    [InlineData("Peskov said: “\u00A0We will win.\n” and left.", -1, 1, true)]
    [InlineData("Peskov said: “ We will win. ” and left.", -2, 2, false)]
    [InlineData("Peskov said: “ We will win. ” and left.", 0, -1, false)]
    [InlineData("Peskov said: “ We will win. ” and left.", 1, 0, false)]
    public void Exact_direct_and_partial_spans_match_only_when_equal_after_trimming_white_space(string text, int startDelta, int endDelta, bool matches)
    {
        foreach (var kind in new[] { AnnotatedKind.Direct, AnnotatedKind.Partial })
        {
            var quote = Quote(text, "We will win.", kind, "p");
            var gold = Document(text, ScoringMode.Exact, [quote], Entity("p", "Peskov"));

            var report = Score(gold, new PredictedQuote(kind, quote.Start + startDelta, quote.End + endDelta, "Peskov", null, null));

            report.All.MatchedGold.Should().Be(matches ? 1 : 0, kind.ToString());
            report.All.AttributionF1.Should().Be(matches ? 1 : 0);
        }
    }

    [Fact]
    public void Exact_scoring_never_matches_different_kinds()
    {
        const string text = "He called it “harsh” today.";
        var gold = Document(text, ScoringMode.Exact, [Quote(text, "harsh", AnnotatedKind.Partial)]);

        var report = Score(gold, Predicted(text, "harsh", AnnotatedKind.Direct));

        report.All.MatchedGold.Should().Be(0);
        report.Partial.Recall.Should().Be(0);
        report.Direct.Precision.Should().Be(0);
    }

    [Theory]
    [InlineData(0, 5, true)] // 5 / 10
    [InlineData(0, 4, false)] // 4 / 10
    [InlineData(5, 15, false)] // 5 / 15
    [InlineData(0, 20, true)] // 10 / 20
    [InlineData(0, 21, false)] // 10 / 21
    [InlineData(3, 13, true)] // 7 / 13
    public void Exact_indirect_spans_match_at_intersection_over_union_of_at_least_one_half(int start, int end, bool matches)
    {
        string text = new string('a', 10) + new string('b', 20);
        var gold = new GoldDocument("d1", text, ScoringMode.Exact, [], [new GoldQuote(AnnotatedKind.Indirect, 0, 10, text[..10], [], null, null)]);

        var report = Score(gold, new PredictedQuote(AnnotatedKind.Indirect, start, end, null, null, null));

        report.Indirect.MatchedGold.Should().Be(matches ? 1 : 0);
    }

    [Theory]
    [InlineData("“x”", AnnotatedKind.Mixed, "x", AnnotatedKind.Direct, true)] // untrimmed 1 / 3
    [InlineData("x", AnnotatedKind.Direct, "“x” ", AnnotatedKind.Indirect, true)] // untrimmed 1 / 4
    [InlineData("yz", AnnotatedKind.Indirect, "n “yz”", AnnotatedKind.Indirect, false)] // trimmed 'n “yz': 2 / 5
    [InlineData("“yz”", AnnotatedKind.Direct, "yz", AnnotatedKind.Direct, true)]
    public void Overlap_scoring_trims_quotation_marks_and_white_space_and_matches_any_kinds(
        string goldSpan, AnnotatedKind goldKind, string predictedSpan, AnnotatedKind predictedKind, bool matches)
    {
        const string text = "He told “x” then “yz” here.";
        var gold = Document(text, ScoringMode.Overlap, [Quote(text, goldSpan, goldKind)]);

        var report = Score(gold, Predicted(text, predictedSpan, predictedKind));

        report.All.MatchedGold.Should().Be(matches ? 1 : 0);
        report.All.MatchedPred.Should().Be(matches ? 1 : 0);
    }

    [Fact]
    public void Gold_mixed_quotes_count_in_the_all_row_only_and_match_nothing_under_exact_scoring()
    {
        const string text = "He told “x” then “yz” here.";
        var gold = Document(text, ScoringMode.Overlap, [Quote(text, "“x”", AnnotatedKind.Mixed)]);

        var overlap = Score(gold, Predicted(text, "x", AnnotatedKind.Direct));
        var exact = Score(gold with { Scoring = ScoringMode.Exact }, Predicted(text, "x", AnnotatedKind.Direct));

        overlap.Direct.Should().Match<ScoreRow>(r => r.Gold == 0 && r.Pred == 1 && r.MatchedPred == 1);
        overlap.Indirect.Gold.Should().Be(0);
        overlap.All.F1.Should().Be(1);
        exact.All.MatchedGold.Should().Be(0);
    }

    [Fact]
    public void Overlap_scoring_leaves_partial_predictions_out()
    {
        const string text = "His “harsh” rhetoric.";
        var gold = Document(text, ScoringMode.Overlap, [Quote(text, "harsh", AnnotatedKind.Direct)]);

        var report = Score(gold, Predicted(text, "harsh", AnnotatedKind.Partial));

        report.All.Pred.Should().Be(0);
        report.Partial.Pred.Should().Be(0);
        report.All.MatchedGold.Should().Be(0);
        report.Errors.Should().ContainSingle(e => e.Type == EvaluationErrorType.Missed);
    }

    [Fact]
    public void Matching_is_greedy_by_highest_intersection_over_union_not_by_order()
    {
        string text = new string('x', 30);
        var gold = new GoldDocument("d1", text, ScoringMode.Exact, [], [
            new GoldQuote(AnnotatedKind.Indirect, 0, 10, text[..10], [], null, null),
            new GoldQuote(AnnotatedKind.Indirect, 6, 16, text[6..16], [], null, null),
        ]);

        // In order, [3, 13) would take the first gold quote (7 / 13) and leave [0, 10) nothing but 4 / 16.
        var report = Score(
            gold,
            new PredictedQuote(AnnotatedKind.Indirect, 3, 13, null, null, null),
            new PredictedQuote(AnnotatedKind.Indirect, 0, 10, null, null, null));

        report.All.MatchedGold.Should().Be(2);
        report.All.MatchedPred.Should().Be(2);
    }

    [Fact]
    public void Matching_is_one_to_one()
    {
        const string text = "“Go,” he said.";
        var gold = Document(text, ScoringMode.Exact, [Quote(text, "Go,", AnnotatedKind.Direct)]);

        var report = Score(gold, Predicted(text, "Go,", AnnotatedKind.Direct), Predicted(text, "Go,", AnnotatedKind.Direct));

        report.Direct.Should().Match<ScoreRow>(r => r.Gold == 1 && r.Pred == 2 && r.MatchedGold == 1 && r.MatchedPred == 1);
        report.Direct.Precision.Should().Be(0.5);
        report.Errors.Should().ContainSingle(e => e.Type == EvaluationErrorType.FalseQuote);
    }

    [Theory]
    [InlineData(5, 999)]
    [InlineData(-1, 3)]
    [InlineData(4, 2)]
    public void A_span_outside_the_text_is_a_false_positive(int start, int end)
    {
        const string text = "“Go,” he said.";
        var gold = Document(text, ScoringMode.Exact, [Quote(text, "Go,", AnnotatedKind.Direct)]);

        var report = Score(gold, new PredictedQuote(AnnotatedKind.Direct, start, end, null, null, null));

        report.Direct.Pred.Should().Be(1);
        report.Direct.MatchedPred.Should().Be(0);
        report.Errors.Should().ContainSingle(e => e.Type == EvaluationErrorType.FalseQuote).Which.Snippet.Should().BeEmpty();
    }

    [Fact]
    public void A_gold_document_without_a_prediction_line_counts_all_its_quotes_as_missed_and_unknown_ids_are_ignored()
    {
        const string text = "“Go,” he said. “Now.”";
        var gold = Document(text, ScoringMode.Exact, [Quote(text, "Go,", AnnotatedKind.Direct), Quote(text, "Now.", AnnotatedKind.Direct)]);
        var stranger = new PredictionDocument("not-in-gold", [new PredictedQuote(AnnotatedKind.Direct, 1, 4, null, null, null)]);

        var report = Scorer.Score([gold], [stranger]);

        report.All.Should().Match<ScoreRow>(r => r.Gold == 2 && r.Pred == 0 && r.MatchedGold == 0);
        report.All.Recall.Should().Be(0);
        report.All.Precision.Should().BeNull();
        report.All.F1.Should().Be(0);
        report.Errors.Should().HaveCount(2).And.OnlyContain(e => e.Type == EvaluationErrorType.Missed);
    }

    [Fact]
    public void A_miss_counts_in_the_gold_kinds_row_and_a_false_positive_in_the_predicted_kinds_row()
    {
        const string text = "“Go,” he said, calling it “harsh”.";
        var gold = Document(text, ScoringMode.Exact, [Quote(text, "Go,", AnnotatedKind.Direct)]);

        var report = Score(gold, Predicted(text, "harsh", AnnotatedKind.Partial));

        report.Direct.Should().Match<ScoreRow>(r => r.Gold == 1 && r.Pred == 0);
        report.Partial.Should().Match<ScoreRow>(r => r.Gold == 0 && r.Pred == 1);
        report.Indirect.F1.Should().BeNull("an empty row has no figures");
        report.All.Should().Match<ScoreRow>(r => r.Gold == 1 && r.Pred == 1);
    }

    [Fact]
    public void Attribution_needs_the_right_speaker_and_speaker_accuracy_counts_matched_quotes()
    {
        const string text = "“Go,” Peskov said. “Stop,” Putin said.";
        var gold = Document(
            text,
            ScoringMode.Exact,
            [Quote(text, "Go,", AnnotatedKind.Direct, "peskov"), Quote(text, "Stop,", AnnotatedKind.Direct, "putin")],
            Entity("peskov", "Dmitry Peskov", "Peskov"),
            Entity("putin", "Vladimir Putin", "Putin"));

        var report = Score(gold, Predicted(text, "Go,", AnnotatedKind.Direct, "Dmitry Peskov"), Predicted(text, "Stop,", AnnotatedKind.Direct, "Dmitry Peskov"));

        report.All.F1.Should().Be(1);
        report.All.SpeakerAccuracy.Should().Be(0.5);
        report.All.AttributionF1.Should().Be(0.5);
        report.Errors.Should().ContainSingle().Which.Should().Match<EvaluationError>(e =>
            e.Type == EvaluationErrorType.WrongSpeaker && e.GoldSpeaker == "Vladimir Putin" && e.PredictedSpeaker == "Dmitry Peskov" && e.Snippet == "Stop,");
    }
}
