using System.Collections.Immutable;

namespace QuoteAttribution.Evaluation;

/// <summary>One prediction line: the quotes a system found in one document.</summary>
/// <param name="Id">The gold document's id.</param>
/// <param name="Quotes">The predicted quotes.</param>
public sealed record PredictionDocument(string Id, ImmutableArray<PredictedQuote> Quotes);

/// <summary>One predicted quote of a prediction line.</summary>
/// <param name="Kind">The kind; never <see cref="AnnotatedKind.Mixed"/>.</param>
/// <param name="Start">Inclusive start offset of the content span.</param>
/// <param name="End">Exclusive end offset of the content span.</param>
/// <param name="Speaker">The resolved speaker name (joint speakers joined with <c> and </c>), or <see langword="null"/>.</param>
/// <param name="Mention">The span of the speaker as written (at most 80 characters), or <see langword="null"/>.</param>
/// <param name="Cue">The span of the cue, or <see langword="null"/>.</param>
public sealed record PredictedQuote(
    AnnotatedKind Kind,
    int Start,
    int End,
    string? Speaker,
    PredictionSpan? Mention,
    PredictionSpan? Cue);

/// <summary>A <c>{"start": …, "end": …}</c> span of a prediction line.</summary>
/// <param name="Start">Inclusive start offset.</param>
/// <param name="End">Exclusive end offset.</param>
public sealed record PredictionSpan(int Start, int End);
