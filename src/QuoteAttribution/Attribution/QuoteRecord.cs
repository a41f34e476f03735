using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>A quote being attributed: content span, speaker mention, cue tokens and how it was found.</summary>
internal struct QuoteRecord
{
    public QuoteKind Kind;
    public int Start;
    public int End;

    /// <summary>Token that anchors the quote in reading order: the opening mark or the cue.</summary>
    public int Anchor;

    public int Paragraph;

    /// <summary>First and last token of the content.</summary>
    public int FirstToken;
    public int LastToken;

    /// <summary>The speaker as written near the cue, or none (a continuation).</summary>
    public Mention Mention;

    /// <summary>The resolved speaker entity (-1: unnamed), and a second one for joint speakers.</summary>
    public int Entity;
    public int Entity2;

    public int CueFirst;
    public int CueLast;

    /// <summary>The characters of <see cref="Mention"/> and of the cue, read from the tokens while they are in the cache.</summary>
    public TextSpan MentionSpan;
    public TextSpan CueSpan;
    public AttributionMethod Method;
    public double Confidence;

    /// <summary>Index of the quotation candidate for direct and partial quotes, or -1.</summary>
    public int Candidate;

}

/// <summary>The cue tokens that quotes have taken.</summary>
internal static class UsedCues
{
    /// <summary>Flags the cue tokens of the records from index <paramref name="from"/> on, so no later quote takes them.</summary>
    public static void Mark(Document doc, List<QuoteRecord> records, int from)
    {
        foreach (ref readonly var r in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(records)[from..])
        {
            for (int k = r.CueFirst; k >= 0 && k <= r.CueLast; k++)
            {
                doc[k].Flags |= TokenFlags.UsedCue;
            }
        }
    }
}

/// <summary>Orders records by their anchor token, as the pipeline sorts them.</summary>
internal readonly struct ByAnchor : ISortKey<QuoteRecord>
{
    public static int Of(in QuoteRecord item) => item.Anchor;
}
