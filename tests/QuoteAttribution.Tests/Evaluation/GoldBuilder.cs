using System.Collections.Immutable;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

/// <summary>Builds small gold documents and predictions for scorer tests, by finding spans in the text.</summary>
internal static class GoldBuilder
{
    public static GoldEntity Entity(string id, params string[] aliases) => new(id, aliases[0], "person", [.. aliases]);

    public static GoldDocument Document(string text, ScoringMode scoring, IEnumerable<GoldQuote> quotes, params GoldEntity[] entities) =>
        new("d1", text, scoring, [.. entities], [.. quotes]);

    public static GoldQuote Quote(string text, string content, AnnotatedKind kind, params string[] speakers)
    {
        int start = IndexOf(text, content);
        return new GoldQuote(kind, start, start + content.Length, content, [.. speakers], null, null);
    }

    public static GoldSource Source(string text, string mention)
    {
        int start = IndexOf(text, mention);
        return new GoldSource(start, start + mention.Length, mention);
    }

    public static PredictedQuote Predicted(string text, string content, AnnotatedKind kind, string? speaker = null, PredictionSpan? mention = null)
    {
        int start = IndexOf(text, content);
        return new PredictedQuote(kind, start, start + content.Length, speaker, mention, null);
    }

    public static PredictionDocument Prediction(params PredictedQuote[] quotes) => new("d1", [.. quotes]);

    public static EvaluationReport Score(GoldDocument gold, params PredictedQuote[] predicted) => Scorer.Score([gold], [Prediction(predicted)]);

    /// <summary>The gold as a perfect system would predict it: mixed as indirect, entity names, source as mention.</summary>
    public static PredictionDocument AsPrediction(GoldDocument gold) =>
        new(gold.Id, gold.Quotes.Select(q => new PredictedQuote(
            q.Kind == AnnotatedKind.Mixed ? AnnotatedKind.Indirect : q.Kind,
            q.Start,
            q.End,
            q.Speakers.IsEmpty ? null : string.Join(" and ", q.Speakers.Select(id => gold.Entities.Single(e => e.Id == id).Name)),
            q.Source is { } s ? new PredictionSpan(s.Start, Math.Min(s.End, s.Start + 80)) : null,
            null)).ToImmutableArray());

    public static string DataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);

    private static int IndexOf(string text, string part)
    {
        int at = text.IndexOf(part, StringComparison.Ordinal);
        return at >= 0 ? at : throw new ArgumentException($"'{part}' is not in the text", nameof(part));
    }
}
