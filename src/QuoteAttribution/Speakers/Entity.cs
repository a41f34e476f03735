using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>A named thing of one document that can speak: a person, an organisation or a place.</summary>
internal sealed class Entity
{
    public Entity(int id, int nameFirst, int nameLast, MentionKind kind)
    {
        Id = id;
        NameFirst = nameFirst;
        NameLast = nameLast;
        Kind = kind;
    }

    public int Id { get; }

    /// <summary>Gets or sets the token range of the fullest name seen so far.</summary>
    public int NameFirst { get; set; }

    public int NameLast { get; set; }

    public int NameTokens => NameLast - NameFirst + 1;

    public MentionKind Kind { get; set; }

    public char Gender { get; set; }

    public int Country { get; set; } = -1;

    /// <summary>Gets or sets the title words (lower case) the document gave this entity, space separated.</summary>
    public string? Titles { get; set; }

    /// <summary>Gets or sets the id this entity was merged into, or its own id.</summary>
    public int MergedInto { get; set; } = -1;

    public bool HasTitle(ReadOnlySpan<char> title)
    {
        if (Titles is null)
        {
            return false;
        }

        foreach (var range in Titles.AsSpan().Split(' '))
        {
            if (Titles.AsSpan(range).Equals(title, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public void AddTitle(ReadOnlySpan<char> title)
    {
        if (!HasTitle(title))
        {
            Titles = Titles is null ? title.ToString().ToLowerInvariant() : string.Concat(Titles, " ", title.ToString().ToLowerInvariant());
        }
    }
}
