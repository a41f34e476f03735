using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>A named thing of one document that can speak: a person, an organisation or a place. Stored by value in the registry.</summary>
internal struct Entity
{
    /// <summary>Token range of the fullest name seen so far.</summary>
    public int NameFirst;
    public int NameLast;

    public MentionKind Kind;

    /// <summary>
    /// For a person: 1 when a mention proved it (a title, a known first name), -1 when every mention argued against it
    /// ("at Scotland Yard": no "he" or "she" stands for it), 0 for a guess from the name's shape.
    /// </summary>
    public sbyte PersonEvidence;

    public char Gender;
    public int Country;

    /// <summary>How many mentions registered this entity in the whole document (names, and bodies a description named): how much the text is about it.</summary>
    public int Mentions;

    /// <summary>Title words the document gave this entity (see <see cref="WordInfo.TitleIndex"/>).</summary>
    public TitleSet Titles;

    public readonly int NameTokens => NameLast - NameFirst + 1;

    public readonly bool HasTitle(WordInfo? title) => title is { IsTitle: true, TitleIndex: >= 0 } && Titles.Contains(title.TitleIndex);
}
