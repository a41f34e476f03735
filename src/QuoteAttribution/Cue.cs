namespace QuoteAttribution;

/// <summary>The speech verb or phrase that introduces a quote (<c>said</c>, <c>told</c>, <c>wrote on X</c>, <c>according to</c>).</summary>
/// <param name="Text">The cue as written.</param>
/// <param name="Span">Where the cue stands in the input.</param>
public sealed record Cue(string Text, TextSpan Span);
