using System.Runtime.InteropServices;
using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>
/// The named entities of one document, with name coreference: a full name, its surname alone (<c>Peskov</c>), the
/// name after a title (<c>President Putin</c>) and transliteration variants (<c>Zelenskyy</c>, <c>Zelensky</c>,
/// <c>Zelenskiy</c>) all reach one entity. Names are keyed by a 64-bit hash of their case-folded text, so no string
/// is made per mention; the registry is reset and reused between documents.
/// </summary>
internal sealed class EntityRegistry
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    private readonly List<Entity> _entities = [];
    private readonly Dictionary<ulong, int> _byName = [];
    private readonly Dictionary<ulong, int> _bySurname = [];
    private readonly Dictionary<ulong, int> _byFamilyFirst = [];
    private readonly Dictionary<ulong, int> _byShortName = [];
    private Document _doc = null!;

    public int Count => _entities.Count;

    public void Reset(Document doc)
    {
        _doc = doc;
        // After one huge document, give the memory back instead of keeping it for the thread's lifetime.
        bool huge = _entities.Count > 1 << 18;
        _entities.Clear();
        _byName.Clear();
        _bySurname.Clear();
        _byFamilyFirst.Clear();
        _byShortName.Clear();
        if (huge)
        {
            _entities.TrimExcess();
            _byName.TrimExcess(64);
            _bySurname.TrimExcess(64);
            _byFamilyFirst.TrimExcess(64);
            _byShortName.TrimExcess(64);
        }
    }

    public ref Entity this[int id] => ref CollectionsMarshal.AsSpan(_entities)[id];

    public string NameOf(int id)
    {
        ref var e = ref this[id];
        return NormalizeSpaces(_doc.Slice(e.NameFirst, e.NameLast));
    }

    /// <summary>Finds an entity by a name alone, without registering anything; -1 when none.</summary>
    public int Lookup(int first, int last)
    {
        if (_byName.TryGetValue(NameKey(first, last), out int id))
        {
            return id;
        }

        return _bySurname.TryGetValue(SurnameKey(last), out id) || (first == last && _byShortName.TryGetValue(NameKey(first, first), out id)) ? id : -1;
    }

    /// <summary>Returns the entity for the name in tokens <paramref name="first"/>..<paramref name="last"/>, creating or upgrading it.</summary>
    /// <remarks>
    /// <paramref name="personEvidence"/>: 1 when this mention proves a person (a title, a known first name), -1 when it
    /// argues against one ("the Computer Crime Unit"), 0 otherwise. The entity keeps the strongest evidence of its mentions.
    /// <paramref name="familyNameFirst"/>: a name of two words whose first is no known first name ("Kim Yungmin"), which
    /// an honorific and that first word reach later ("Mr Kim").
    /// </remarks>
    public int Register(int first, int last, MentionKind kind, char gender, int country, sbyte personEvidence = 0, bool familyNameFirst = false)
    {
        ulong key = NameKey(first, last);
        ulong surname = SurnameKey(last);
        int id = -1;
        if (_byName.TryGetValue(key, out int exact)
            && !(kind == MentionKind.Person && first == last && this[exact].Kind == MentionKind.Org && _bySurname.TryGetValue(surname, out int person) && person != exact))
        {
            id = exact; // but "Dr Fox" is the "Liam Fox" the text named, not the headline's network "Fox"
        }
        else if (_bySurname.TryGetValue(surname, out int bySurname))
        {
            ref var known = ref this[bySurname];
            // "Baroness Boothroyd" and "Lady Boothroyd", "Neil Kinnock" and "Lord Kinnock" are one person.
            bool compatible = last == first || known.NameTokens == 1 || SameToken(known.NameFirst, first)
                || _doc[first].Info is { IsPeerage: true } || _doc[known.NameFirst].Info is { IsPeerage: true };
            if (compatible && (known.Kind is MentionKind.Person or MentionKind.None || kind == MentionKind.Person))
            {
                id = bySurname;
            }
        }

        // "Kim Yungmin" … "Mr Kim": a name written family name first is addressed by its first word.
        if (id < 0 && first == last && first > 0 && _doc[first - 1].Info is { IsHonorific: true } && _byFamilyFirst.TryGetValue(NameKey(first, first), out int family))
        {
            id = family;
        }

        // "Marsh & McLennan" … "Marsh said", either way round: a company's first word names it alone.
        if (id < 0 && first == last && personEvidence <= 0 && kind != MentionKind.Person && _byShortName.TryGetValue(key, out int company))
        {
            id = company;
        }

        bool hasShortName = kind == MentionKind.Org && HasShortName(first, last);
        if (id < 0 && hasShortName && _byName.TryGetValue(NameKey(first, first), out int shortFirst)
            && this[shortFirst].NameTokens == 1 && this[shortFirst].Kind is MentionKind.Org or MentionKind.None && this[shortFirst].PersonEvidence <= 0)
        {
            id = shortFirst;
        }

        bool isNew = id < 0;
        if (id < 0)
        {
            id = _entities.Count;
            _entities.Add(new Entity { NameFirst = first, NameLast = last, Kind = kind, Country = -1 });
        }

        ref var e = ref this[id];
        e.Mentions++;
        // The fullest name wins; of two as long, a first name over a peer's title ("Neil Kinnock" over "Lord Kinnock").
        if (last - first + 1 > e.NameTokens || (last - first + 1 == e.NameTokens && _doc[e.NameFirst].Info is { IsPeerage: true } && _doc[first].Info is null))
        {
            e.NameFirst = first;
            e.NameLast = last;
        }

        if (kind != MentionKind.None && (e.Kind == MentionKind.None || kind == MentionKind.Person))
        {
            e.Kind = kind;
        }

        // Proof is kept once given; doubt holds only while every mention doubts ("chanted at Arsene Wenger … Wenger told").
        e.PersonEvidence = isNew ? personEvidence : Math.Max(e.PersonEvidence, personEvidence);

        if (e.Gender == '\0' && gender is 'm' or 'f')
        {
            e.Gender = gender;
        }

        if (e.Country < 0)
        {
            e.Country = country;
        }

        _byName.TryAdd(key, id);
        if (hasShortName)
        {
            _byShortName.TryAdd(NameKey(first, first), id);
        }
        if (isNew && familyNameFirst && e.Kind == MentionKind.Person)
        {
            _byFamilyFirst.TryAdd(NameKey(first, first), id);
        }

        if (e.Kind is MentionKind.Person or MentionKind.None)
        {
            _bySurname.TryAdd(surname, id); // "Peskov" first, "Dmitry Peskov" later: one entity
        }

        return id;
    }

    /// <summary>
    /// Whether an organisation's name is one word of its own and a company's words ("Marsh &amp; McLennan", "Unilever plc",
    /// "Deutsche Bank", "Labour Party"; org-words.txt, "company"), so that its first word alone names it too; not a
    /// place's or a nationality's word ("British Airways", "Bank of England"), nor a product's ("Microsoft Office").
    /// </summary>
    private bool HasShortName(int first, int last)
    {
        if (last == first || !_doc[first].IsCapitalizedWord || _doc[first].Info is { Function: not FunctionWord.None } or { IsOrgWord: true } or { Country: >= 0 } or { IsDemonym: true } or { IsTitle: true })
        {
            return false;
        }

        for (int k = first + 1; k <= last; k++)
        {
            bool ampersandName = k > first + 1 && _doc.IsChar(k - 1, '&') && _doc[k].IsCapitalizedWord;
            if (!(_doc[k].Info is { NamesCompany: true } || _doc.IsChar(k, '&') && k < last || ampersandName))
            {
                return false;
            }
        }

        return true;
    }

    private bool SameToken(int a, int b) => _doc.Slice(a).Equals(_doc.Slice(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Hash of the name's words, case-folded, as if joined by single spaces.</summary>
    private ulong NameKey(int first, int last)
    {
        ulong h = FnvOffset;
        for (int i = first; i <= last; i++)
        {
            if (i > first)
            {
                h = (h ^ ' ') * FnvPrime;
            }

            h = Hash(h, _doc.Slice(i));
        }

        return h;
    }

    /// <summary>
    /// The surname key folds the endings that transliterations disagree on (-y, -yy, -iy, -i), so
    /// Zelenskyy, Zelensky and Zelenskiy share one key. A different seed keeps it apart from full-name keys.
    /// </summary>
    private ulong SurnameKey(int token)
    {
        var word = _doc.Slice(token);
        int n = word.Length;
        if (n >= 6)
        {
            while (n > 4 && word[n - 1] is 'y' or 'i' or 'Y' or 'I')
            {
                n--;
            }
        }

        return Hash(FnvOffset ^ 0x5EED, word[..n]);
    }

    private static ulong Hash(ulong h, ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            char f = c < 128 ? (char)(c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : char.ToLowerInvariant(c);
            h = (h ^ f) * FnvPrime;
        }

        return h;
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
