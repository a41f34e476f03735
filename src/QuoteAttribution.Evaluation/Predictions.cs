using System.Collections.Immutable;

namespace QuoteAttribution.Evaluation;

/// <summary>Turns the library's output into prediction lines.</summary>
public static class Predictions
{
    /// <summary>The longest mention a prediction line may carry (ANNOTATION.md).</summary>
    public const int MaxMentionLength = 80;

    /// <summary>Maps one extraction result to the prediction line of document <paramref name="id"/>.</summary>
    /// <param name="id">The gold document's id.</param>
    /// <param name="result">The library's result for that document's text.</param>
    /// <returns>The prediction line: kinds in lower case, speaker = <see cref="Quote.SpeakerName"/>, mention clipped to <see cref="MaxMentionLength"/> characters.</returns>
    public static PredictionDocument FromResult(string id, QuoteExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(result);
        return new PredictionDocument(id, result.Quotes.Select(FromQuote).ToImmutableArray());
    }

    /// <summary>Maps one quote to a predicted quote.</summary>
    /// <param name="quote">The quote.</param>
    /// <returns>The predicted quote.</returns>
    public static PredictedQuote FromQuote(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new PredictedQuote(
            KindNames.FromQuoteKind(quote.Kind),
            quote.Span.Start,
            quote.Span.End,
            quote.SpeakerName,
            quote.Mention is { } mention ? ClipMention(mention.Span) : null,
            quote.Cue is { } cue ? new PredictionSpan(cue.Span.Start, cue.Span.End) : null);
    }

    // The format allows at most 80 characters. We keep the start, where the mention is anchored in the text:
    // a cut-off mention still overlaps the gold source it began at.
    private static PredictionSpan ClipMention(TextSpan span) =>
        new(span.Start, span.Start + Math.Min(span.Length, MaxMentionLength));
}
