using System.Collections.Immutable;

namespace QuoteAttribution.Evaluation;

/// <summary>One annotated document of a gold JSONL file.</summary>
/// <param name="Id">The document id that prediction lines refer to.</param>
/// <param name="Text">The whole document; every offset is a UTF-16 index into it.</param>
/// <param name="Scoring">How its quotes are matched.</param>
/// <param name="Entities">The named entities that speak in it.</param>
/// <param name="Quotes">The annotated quotes.</param>
public sealed record GoldDocument(
    string Id,
    string Text,
    ScoringMode Scoring,
    ImmutableArray<GoldEntity> Entities,
    ImmutableArray<GoldQuote> Quotes);

/// <summary>A named entity of a gold document.</summary>
/// <param name="Id">The id that <see cref="GoldQuote.Speakers"/> refer to.</param>
/// <param name="Name">The fullest name.</param>
/// <param name="Type">The entity type as annotated (<c>person</c>, <c>organisation</c>, …), or <see langword="null"/>.</param>
/// <param name="Aliases">Every way the text names the entity; never empty (the name stands in when none are given).</param>
public sealed record GoldEntity(string Id, string Name, string? Type, ImmutableArray<string> Aliases);

/// <summary>The span of a speaker's mention next to the cue (PolNeAR's <c>source</c>).</summary>
/// <param name="Start">Inclusive start offset.</param>
/// <param name="End">Exclusive end offset.</param>
/// <param name="Text">The mention as written.</param>
public sealed record GoldSource(int Start, int End, string Text);

/// <summary>One annotated quote.</summary>
/// <param name="Kind">The kind of quote.</param>
/// <param name="Start">Inclusive start offset of the content span.</param>
/// <param name="End">Exclusive end offset of the content span.</param>
/// <param name="Text">The content as written.</param>
/// <param name="Speakers">
/// The ids of the entities that spoke (the <c>speakers</c> field, or the single <c>speaker</c>); empty when the text
/// does not name who spoke.
/// </param>
/// <param name="Cue">The cue as written, or <see langword="null"/>.</param>
/// <param name="Source">The speaker's mention (PolNeAR), or <see langword="null"/>.</param>
public sealed record GoldQuote(
    AnnotatedKind Kind,
    int Start,
    int End,
    string Text,
    ImmutableArray<string> Speakers,
    string? Cue,
    GoldSource? Source)
{
    /// <summary>Gets the first speaker's id (the <c>speaker</c> field), or <see langword="null"/> when unnamed.</summary>
    public string? Speaker => Speakers.IsDefaultOrEmpty ? null : Speakers[0];
}
