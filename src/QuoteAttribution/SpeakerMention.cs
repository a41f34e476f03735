namespace QuoteAttribution;

/// <summary>A place where the text refers to a speaker: a name, a pronoun or a description (<c>Peskov</c>, <c>he</c>, <c>the Ukrainian president</c>).</summary>
/// <param name="Text">The mention as written.</param>
/// <param name="Span">Where the mention stands in the input.</param>
public sealed record SpeakerMention(string Text, TextSpan Span);
