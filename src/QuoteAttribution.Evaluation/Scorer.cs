using System.Collections.Immutable;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// The scoring protocol of ANNOTATION.md, in one place: the command line and the tests both call it.
/// </summary>
/// <remarks>
/// Kinds and rows: a gold quote counts in its gold kind's row, a prediction in its predicted kind's row, so a match
/// between different kinds (possible under overlap scoring) adds to the recall of one row and the precision of
/// another. PolNeAR's gold <c>mixed</c> quotes belong to no per-kind row (no system predicts that kind) and count in
/// <c>all</c> only, the row to read under overlap scoring; under exact scoring a <c>mixed</c> gold quote matches nothing.
/// </remarks>
public static class Scorer
{
    /// <summary>The least intersection over union of a fuzzy match.</summary>
    public const double MinimumOverlap = 0.5;

    /// <summary>Scores <paramref name="predictions"/> against <paramref name="gold"/>.</summary>
    /// <param name="gold">The gold documents.</param>
    /// <param name="predictions">
    /// The prediction lines, in any order. A gold document without one counts all its quotes as missed; a line whose
    /// id is not in the gold is ignored; of several lines for one id, the first is used.
    /// </param>
    /// <returns>The rows and the error list.</returns>
    public static EvaluationReport Score(IEnumerable<GoldDocument> gold, IEnumerable<PredictionDocument> predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predictions);

        var byId = new Dictionary<string, PredictionDocument>(StringComparer.Ordinal);
        foreach (var prediction in predictions)
        {
            byId.TryAdd(prediction.Id, prediction);
        }

        var rows = new RowCounter[4];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new RowCounter();
        }

        var errors = ImmutableArray.CreateBuilder<EvaluationError>();
        foreach (var document in gold)
        {
            var predicted = byId.TryGetValue(document.Id, out var line) ? line.Quotes : [];
            ScoreDocument(document, predicted, rows, errors);
        }

        return new EvaluationReport(
            rows[(int)AnnotatedKind.Direct].ToRow("direct"),
            rows[(int)AnnotatedKind.Indirect].ToRow("indirect"),
            rows[(int)AnnotatedKind.Partial].ToRow("partial"),
            rows[AllRow].ToRow("all"),
            errors.ToImmutable());
    }

    // Mixed has no row of its own, so its slot in the array is the 'all' row.
    private const int AllRow = (int)AnnotatedKind.Mixed;

    private static void ScoreDocument(GoldDocument document, ImmutableArray<PredictedQuote> allPredicted, RowCounter[] rows, ImmutableArray<EvaluationError>.Builder allErrors)
    {
        var errors = new List<EvaluationError>();
        bool overlap = document.Scoring == ScoringMode.Overlap;
        string text = document.Text;
        var judge = new SpeakerJudge(document);
        var goldQuotes = document.Quotes;

        // PolNeAR annotates no partial quotes on their own, so under overlap scoring they are neither right nor wrong.
        var predicted = overlap ? [.. allPredicted.Where(p => p.Kind != AnnotatedKind.Partial)] : allPredicted;

        var matches = Match(document, predicted);
        var predForGold = new int[goldQuotes.Length];
        Array.Fill(predForGold, -1);
        var goldForPred = new int[predicted.Length];
        Array.Fill(goldForPred, -1);
        foreach (var (g, p) in matches)
        {
            predForGold[g] = p;
            goldForPred[p] = g;
        }

        for (int g = 0; g < goldQuotes.Length; g++)
        {
            var gold = goldQuotes[g];
            bool judgeable = judge.CanJudge(gold);
            foreach (var row in RowsOf(rows, gold.Kind))
            {
                row.Gold++;
                row.AttributionGold += judgeable ? 1 : 0;
            }

            if (predForGold[g] < 0)
            {
                errors.Add(new EvaluationError(EvaluationErrorType.Missed, document.Id, gold.Kind, gold.Start, gold.End, text[gold.Start..gold.End], SpeakerJudge.Describe(document, gold), null));
                continue;
            }

            var prediction = predicted[predForGold[g]];
            bool correct = judgeable && judge.IsCorrect(gold, prediction);
            foreach (var row in RowsOf(rows, gold.Kind))
            {
                row.MatchedGold++;
                row.Judged += judgeable ? 1 : 0;
                row.SpeakerCorrect += correct ? 1 : 0;
                row.AttributedGold += correct ? 1 : 0;
            }

            if (judgeable && !correct)
            {
                errors.Add(new EvaluationError(EvaluationErrorType.WrongSpeaker, document.Id, gold.Kind, gold.Start, gold.End, text[gold.Start..gold.End], SpeakerJudge.Describe(document, gold), prediction.Speaker));
            }
        }

        for (int p = 0; p < predicted.Length; p++)
        {
            var prediction = predicted[p];
            int g = goldForPred[p];
            bool judgeable = g < 0 || judge.CanJudge(goldQuotes[g]);
            bool correct = g >= 0 && judgeable && judge.IsCorrect(goldQuotes[g], prediction);
            foreach (var row in RowsOf(rows, prediction.Kind))
            {
                row.Pred++;
                row.AttributionPred += judgeable ? 1 : 0;
                row.MatchedPred += g >= 0 ? 1 : 0;
                row.AttributedPred += correct ? 1 : 0;
            }

            if (g < 0)
            {
                string snippet = SpanMath.IsInside(prediction.Start, prediction.End, text.Length) ? text[prediction.Start..prediction.End] : string.Empty;
                errors.Add(new EvaluationError(EvaluationErrorType.FalseQuote, document.Id, prediction.Kind, prediction.Start, prediction.End, snippet, null, prediction.Speaker));
            }
        }

        // Reading order: a miss and the false quote next to it (often the same quote, cut differently) sit together.
        allErrors.AddRange(errors.OrderBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Type));
    }

    /// <summary>Pairs gold and predicted quotes one to one, greedily, highest intersection over union first.</summary>
    internal static List<(int Gold, int Pred)> Match(GoldDocument document, ImmutableArray<PredictedQuote> predicted)
    {
        bool overlap = document.Scoring == ScoringMode.Overlap;
        string text = document.Text;
        var gold = document.Quotes.Select(q => SpanMath.Trim(text, q.Start, q.End, overlap)).ToArray();
        var candidates = new List<(double Score, int Gold, int Pred)>();
        for (int p = 0; p < predicted.Length; p++)
        {
            var prediction = predicted[p];

            // A span outside the text can match nothing: it stays a false positive.
            if (!SpanMath.IsInside(prediction.Start, prediction.End, text.Length))
            {
                continue;
            }

            var span = SpanMath.Trim(text, prediction.Start, prediction.End, overlap);
            for (int g = 0; g < gold.Length; g++)
            {
                double score = SpanMath.IntersectionOverUnion(gold[g], span);
                if (Matches(document.Quotes[g].Kind, prediction.Kind, gold[g], span, score, overlap))
                {
                    candidates.Add((score, g, p));
                }
            }
        }

        // Ties go to the earlier gold quote, then the earlier prediction, so a run is reproducible.
        candidates.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Pred.CompareTo(b.Pred));
        var goldUsed = new bool[gold.Length];
        var predUsed = new bool[predicted.Length];
        var matches = new List<(int Gold, int Pred)>();
        foreach (var (_, g, p) in candidates)
        {
            if (!goldUsed[g] && !predUsed[p])
            {
                goldUsed[g] = predUsed[p] = true;
                matches.Add((g, p));
            }
        }

        return matches;
    }

    private static bool Matches(AnnotatedKind goldKind, AnnotatedKind predKind, (int Start, int End) gold, (int Start, int End) pred, double score, bool overlap)
    {
        if (overlap)
        {
            return score >= MinimumOverlap;
        }

        if (goldKind != predKind)
        {
            return false;
        }

        return goldKind switch
        {
            AnnotatedKind.Direct or AnnotatedKind.Partial => gold == pred && gold.End > gold.Start,
            AnnotatedKind.Indirect => score >= MinimumOverlap,
            _ => false,
        };
    }

    private static IEnumerable<RowCounter> RowsOf(RowCounter[] rows, AnnotatedKind kind) =>
        kind == AnnotatedKind.Mixed ? [rows[AllRow]] : [rows[(int)kind], rows[AllRow]];

    /// <summary>The running counts of one row while documents are scored.</summary>
    private sealed class RowCounter
    {
        public int Gold { get; set; }

        public int Pred { get; set; }

        public int MatchedGold { get; set; }

        public int MatchedPred { get; set; }

        public int Judged { get; set; }

        public int SpeakerCorrect { get; set; }

        public int AttributionGold { get; set; }

        public int AttributionPred { get; set; }

        public int AttributedGold { get; set; }

        public int AttributedPred { get; set; }

        public ScoreRow ToRow(string name) =>
            new(name, Gold, Pred, MatchedGold, MatchedPred, Judged, SpeakerCorrect, AttributionGold, AttributionPred, AttributedGold, AttributedPred);
    }
}
