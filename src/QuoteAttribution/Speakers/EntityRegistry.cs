using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>
/// The named entities of one document, with name coreference: a full name, its surname alone (<c>Peskov</c>), the
/// name after a title (<c>President Putin</c>) and transliteration variants (<c>Zelenskyy</c>, <c>Zelensky</c>,
/// <c>Zelenskiy</c>) all reach one entity. Lookups go by span: no string is made per mention.
/// </summary>
internal sealed class EntityRegistry
{
    private const int MaxKey = 128;

    private readonly Document _doc;
    private readonly List<Entity> _entities = [];
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _surnameLookup;

    public EntityRegistry(Document doc)
    {
        _doc = doc;
        _nameLookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _surnameLookup = _bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _entities.Count;

    public Entity this[int id] => _entities[Find(id)];

    /// <summary>Follows merges to the entity that now stands for <paramref name="id"/>.</summary>
    public int Find(int id)
    {
        while (_entities[id].MergedInto >= 0 && _entities[id].MergedInto != id)
        {
            id = _entities[id].MergedInto;
        }

        return id;
    }

    public string NameOf(int id)
    {
        var e = this[id];
        return NormalizeSpaces(_doc.Slice(e.NameFirst, e.NameLast));
    }

    /// <summary>Finds an entity by a name alone, without registering anything; -1 when none.</summary>
    public int Lookup(int first, int last)
    {
        Span<char> key = stackalloc char[MaxKey];
        if (NameKey(first, last, key) is int n && n > 0 && _nameLookup.TryGetValue(key[..n], out int id))
        {
            return Find(id);
        }

        if (SurnameKey(last, key) is int m && m > 0 && _surnameLookup.TryGetValue(key[..m], out id))
        {
            return Find(id);
        }

        return -1;
    }

    /// <summary>Returns the entity for the name in tokens <paramref name="first"/>..<paramref name="last"/>, creating or upgrading it.</summary>
    public int Register(int first, int last, MentionKind kind, char gender, int country)
    {
        Span<char> key = stackalloc char[MaxKey];
        int n = NameKey(first, last, key);
        if (n <= 0)
        {
            return -1;
        }

        int id = -1;
        if (_nameLookup.TryGetValue(key[..n], out int exact))
        {
            id = Find(exact);
        }
        else
        {
            int m = SurnameKey(last, key[n..]);
            if (m > 0 && _surnameLookup.TryGetValue(key.Slice(n, m), out int bySurname))
            {
                var known = this[bySurname];
                bool compatible = last == first || known.NameTokens == 1 || SameToken(known.NameFirst, first);
                if (compatible && (known.Kind == MentionKind.Person || known.Kind == MentionKind.None || kind == MentionKind.Person))
                {
                    id = Find(bySurname);
                }
            }
        }

        if (id < 0)
        {
            id = _entities.Count;
            _entities.Add(new Entity(id, first, last, kind));
        }

        var e = _entities[id];
        if (last - first + 1 > e.NameTokens)
        {
            e.NameFirst = first;
            e.NameLast = last;
        }

        if (e.Kind == MentionKind.None || kind == MentionKind.Person)
        {
            e.Kind = kind == MentionKind.None ? e.Kind : kind;
        }

        if (e.Gender == '\0' && gender is 'm' or 'f')
        {
            e.Gender = gender;
        }

        if (e.Country < 0)
        {
            e.Country = country;
        }

        _nameLookup.TryAdd(key[..n], id);
        if (e.Kind is MentionKind.Person or MentionKind.None && last > first)
        {
            int m = SurnameKey(last, key[n..]);
            if (m > 0)
            {
                _surnameLookup.TryAdd(key.Slice(n, m), id);
            }
        }

        return id;
    }

    private bool SameToken(int a, int b) => _doc.Slice(a).Equals(_doc.Slice(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the name with single spaces into <paramref name="key"/>; returns its length or 0 when too long.</summary>
    private int NameKey(int first, int last, Span<char> key)
    {
        int n = 0;
        for (int i = first; i <= last; i++)
        {
            var word = _doc.Slice(i);
            if (n + word.Length + 1 > key.Length / 2)
            {
                return 0;
            }

            if (i > first && _doc[i].Has(TokenFlags.SpaceBefore))
            {
                key[n++] = ' ';
            }

            word.CopyTo(key[n..]);
            n += word.Length;
        }

        return n;
    }

    /// <summary>
    /// The surname key folds the endings that transliterations disagree on (-y, -yy, -iy, -i), so
    /// Zelenskyy, Zelensky and Zelenskiy share one key.
    /// </summary>
    private int SurnameKey(int token, Span<char> key)
    {
        var word = _doc.Slice(token);
        if (word.Length > key.Length || word.Length < 2)
        {
            return 0;
        }

        int n = word.Length;
        if (n >= 6)
        {
            while (n > 4 && word[n - 1] is 'y' or 'i' or 'Y' or 'I')
            {
                n--;
            }
        }

        word[..n].CopyTo(key);
        return n;
    }

    private static string NormalizeSpaces(ReadOnlySpan<char> name)
    {
        if (name.IndexOfAny("\t\r\n\u00A0") < 0 && !name.Contains("  ", StringComparison.Ordinal))
        {
            return name.ToString();
        }

        var sb = new System.Text.StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
