using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>How a mention refers to its entity.</summary>
internal enum MentionType : byte
{
    Name,
    Pronoun,
    Description,
}

/// <summary>A reference to a (possible) speaker: token range as written, the name inside it, and what it resolved to.</summary>
internal struct Mention
{
    /// <summary>First token of the mention as written (titles and roles included).</summary>
    public int First;

    /// <summary>Last token of the mention as written.</summary>
    public int Last;

    public MentionType Type;
    public MentionKind Kind;

    /// <summary>The entity this mention resolved to, or -1 (unnamed or unresolved).</summary>
    public int Entity;

    /// <summary>The second entity of a joint mention ("Trump and Rubio"), or -1.</summary>
    public int Entity2;

    public char Gender;
    public bool Plural;

    /// <summary>Country a description or title points to, or -1.</summary>
    public int Country;

    /// <summary>Head noun of a description or the last title of a name, as a token index, or -1.</summary>
    public int Head;

    public static Mention None => new() { First = -1, Last = -1, Entity = -1, Entity2 = -1, Country = -1, Head = -1 };

    public readonly bool IsNone => First < 0;

    /// <summary>
    /// Whether this is a speaker written in a Title-Case headline, where names name nobody new ("…, Lindsey Graham Says",
    /// "Pence: …"): the resolver looks its words up once the body has given every name.
    /// </summary>
    public readonly bool IsHeadlineName => !IsNone && Type == MentionType.Description && Head < 0;

    /// <summary>A speaker in tokens <paramref name="first"/>..<paramref name="last"/> of a Title-Case headline (see <see cref="IsHeadlineName"/>).</summary>
    public static Mention HeadlineName(int first, int last)
    {
        var m = None;
        m.First = first;
        m.Last = last;
        m.Type = MentionType.Description;
        return m;
    }
}

/// <summary>Orders mentions by their first token, as the name list is kept.</summary>
internal readonly struct ByFirstToken : ISortKey<Mention>
{
    public static int Of(in Mention item) => item.First;
}
