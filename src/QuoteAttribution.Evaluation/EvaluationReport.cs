using System.Collections.Immutable;

namespace QuoteAttribution.Evaluation;

/// <summary>The outcome of scoring predictions against gold: one row per kind, one for all, and every error.</summary>
/// <param name="Direct">Quotes whose gold (misses, recall) or predicted (false positives, precision) kind is direct.</param>
/// <param name="Indirect">The same for indirect quotes.</param>
/// <param name="Partial">The same for partial quotes.</param>
/// <param name="All">Every quote, gold <c>mixed</c> quotes included; the row to read under overlap scoring.</param>
/// <param name="Errors">Every missed gold quote, false quote and wrong speaker, in document order.</param>
public sealed record EvaluationReport(ScoreRow Direct, ScoreRow Indirect, ScoreRow Partial, ScoreRow All, ImmutableArray<EvaluationError> Errors)
{
    /// <summary>Gets the rows in the order they are printed: direct, indirect, partial, all.</summary>
    public IReadOnlyList<ScoreRow> Rows => [Direct, Indirect, Partial, All];
}

/// <summary>
/// The counts and figures of one row. A figure whose denominator is zero (precision with no predictions, recall with
/// no gold, speaker accuracy with nothing to judge) is <see langword="null"/> rather than a made-up 0 or 1.
/// </summary>
/// <param name="Name">The row name: <c>direct</c>, <c>indirect</c>, <c>partial</c> or <c>all</c>.</param>
/// <param name="Gold">Gold quotes of the row.</param>
/// <param name="Pred">Predicted quotes of the row (partial predictions left out under overlap scoring).</param>
/// <param name="MatchedGold">Gold quotes of the row that a prediction matched.</param>
/// <param name="MatchedPred">Predictions of the row that matched a gold quote.</param>
/// <param name="Judged">Matched gold quotes of the row whose speaker can be judged.</param>
/// <param name="SpeakerCorrect">Of those, the ones whose predicted speaker is correct.</param>
/// <param name="AttributionGold">Gold quotes that count for attribution: <see cref="Gold"/> less those that cannot be judged.</param>
/// <param name="AttributionPred">Predictions that count for attribution: <see cref="Pred"/> less those matched to a gold quote that cannot be judged.</param>
/// <param name="AttributedGold">Gold quotes of the row matched with a correct speaker.</param>
/// <param name="AttributedPred">Predictions of the row matched with a correct speaker.</param>
public sealed record ScoreRow(
    string Name,
    int Gold,
    int Pred,
    int MatchedGold,
    int MatchedPred,
    int Judged,
    int SpeakerCorrect,
    int AttributionGold,
    int AttributionPred,
    int AttributedGold,
    int AttributedPred)
{
    /// <summary>Gets the quote precision: matched predictions / predictions.</summary>
    public double? Precision => Ratio(MatchedPred, Pred);

    /// <summary>Gets the quote recall: matched gold quotes / gold quotes.</summary>
    public double? Recall => Ratio(MatchedGold, Gold);

    /// <summary>Gets the quote F1; 0 when there is something to find or predict but nothing matched, <see langword="null"/> for an empty row.</summary>
    public double? F1 => HarmonicMean(Precision, Recall, Gold + Pred);

    /// <summary>Gets the speaker accuracy: correct speakers / matched quotes that can be judged.</summary>
    public double? SpeakerAccuracy => Ratio(SpeakerCorrect, Judged);

    /// <summary>Gets the attribution F1: as <see cref="F1"/>, but a match counts only when its speaker is also correct. The headline figure.</summary>
    public double? AttributionF1 => HarmonicMean(Ratio(AttributedPred, AttributionPred), Ratio(AttributedGold, AttributionGold), AttributionGold + AttributionPred);

    private static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;

    private static double? HarmonicMean(double? precision, double? recall, int population)
    {
        if (population == 0)
        {
            return null;
        }

        double p = precision ?? 0;
        double r = recall ?? 0;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

/// <summary>What went wrong with one quote.</summary>
public enum EvaluationErrorType
{
    /// <summary>A gold quote that no prediction matched.</summary>
    Missed,

    /// <summary>A prediction that matched no gold quote (a span outside the text included).</summary>
    FalseQuote,

    /// <summary>A matched quote whose predicted speaker is not correct.</summary>
    WrongSpeaker,
}

/// <summary>One error of a scoring run, for reading what to fix.</summary>
/// <param name="Type">What went wrong.</param>
/// <param name="DocumentId">The document.</param>
/// <param name="Kind">The gold kind (misses, wrong speakers) or the predicted kind (false quotes).</param>
/// <param name="Start">Start of the gold span (misses, wrong speakers) or the predicted span (false quotes).</param>
/// <param name="End">End of that span.</param>
/// <param name="Snippet">The text of the span, or empty when the span lies outside the text.</param>
/// <param name="GoldSpeaker">The gold speaker (entity names joined with <c> and </c>, <c>(source: …)</c>, or <c>null</c>); <see langword="null"/> for false quotes.</param>
/// <param name="PredictedSpeaker">The predicted speaker; <see langword="null"/> for misses or when none was predicted.</param>
public sealed record EvaluationError(
    EvaluationErrorType Type,
    string DocumentId,
    AnnotatedKind Kind,
    int Start,
    int End,
    string Snippet,
    string? GoldSpeaker,
    string? PredictedSpeaker);
