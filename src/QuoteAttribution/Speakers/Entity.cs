using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>A named thing of one document that can speak: a person, an organisation or a place. Stored by value in the registry.</summary>
internal struct Entity
{
    /// <summary>Token range of the fullest name seen so far.</summary>
    public int NameFirst;
    public int NameLast;

    public MentionKind Kind;
    public char Gender;
    public int Country;

    /// <summary>Title words the document gave this entity (see <see cref="WordInfo.TitleIndex"/>).</summary>
    public TitleSet Titles;

    public readonly int NameTokens => NameLast - NameFirst + 1;

    public readonly bool HasTitle(WordInfo? title) => title is { IsTitle: true, TitleIndex: >= 0 } && Titles.Contains(title.TitleIndex);
}
