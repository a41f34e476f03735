namespace QuoteAttribution;

/// <summary>How a quote's speaker was found; it drives <see cref="Quote.Confidence"/>.</summary>
public enum AttributionMethod
{
    /// <summary>No speaker was found.</summary>
    None,

    /// <summary>An explicit cue with its speaker next to the quote (<c>“…,” Peskov said</c>).</summary>
    Explicit,

    /// <summary>A label without a verb (<c>Kubiak: “…”</c>, <c>“…” — Commissioner X</c>).</summary>
    Label,

    /// <summary>A quote with no cue that continues the previous quote's speaker.</summary>
    Continuation,

    /// <summary>The speaker of the sentence or clause that contains a partial quote.</summary>
    Enclosing,

    /// <summary>A headline of the form <c>Subject …: ‘quote’</c>.</summary>
    Headline,

    /// <summary>
    /// A partial quote in a sentence with no speech cue, given to the subject of a verb of wanting or believing there
    /// (<c>He wants to see “proper health checks”</c>): the person the sentence is about.
    /// </summary>
    Subject,
}
