using System.Collections.Immutable;

namespace QuoteAttribution;

/// <summary>A named speaker of a document: a person, an organisation or a place that speaks.</summary>
/// <param name="Id">The id that <see cref="Quote.SpeakerId"/> refers to; unique within one result.</param>
/// <param name="Name">The fullest name the document gives (<c>Dmitry Peskov</c>).</param>
/// <param name="Mentions">Every mention resolved to this speaker, names, pronouns and descriptions, in document order.</param>
/// <param name="Quotes">This speaker's quotes in document order.</param>
public sealed record Speaker(int Id, string Name, ImmutableArray<SpeakerMention> Mentions, ImmutableArray<Quote> Quotes);
