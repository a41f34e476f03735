using QuoteAttribution.Cues;
using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>
/// Reads the speaker mention next to a cue: a name (found earlier by <see cref="NameFinder"/>), a pronoun, or a
/// description (<c>the Ukrainian leader</c>, <c>a defense lawyer</c>, <c>officials</c>, <c>Russia’s defence ministry</c>).
/// </summary>
internal sealed class MentionReader
{
    private const int MaxDescriptionTokens = 7;
    private const int MaxNameTokens = 12;

    private Document _doc = null!;
    private List<Mention> _names = [];

    public void Reset(Document doc, List<Mention> names)
    {
        _doc = doc;
        _names = names;
    }

    /// <summary>Reads a mention whose last token is <paramref name="end"/> (a subject before its verb).</summary>
    public Mention ReadBackward(int end)
    {
        var doc = _doc;
        if (end < 0 || end >= doc.Count || doc[end].Kind != TokenKind.Word)
        {
            return Mention.None;
        }

        var m = ReadBackwardSingle(end);
        if (m.IsNone)
        {
            return m;
        }

        // Joint speakers: "Trump and Rubio warned".
        if (m.Type == MentionType.Name && doc.IsWord(m.First - 1, "and"))
        {
            var other = ReadBackwardSingle(m.First - 2);
            if (!other.IsNone && other.Type == MentionType.Name && other.Entity >= 0 && other.Entity != m.Entity)
            {
                other.Entity2 = m.Entity;
                other.Last = m.Last;
                other.Plural = true;
                return other;
            }
        }

        return m;
    }

    /// <summary>Reads a mention that starts at <paramref name="start"/> (a speaker after an inverted verb or "according to").</summary>
    public Mention ReadForward(int start)
    {
        var doc = _doc;
        if (start < 0 || start >= doc.Count || doc[start].Kind != TokenKind.Word)
        {
            return Mention.None;
        }

        int idx = NameStartingAt(start);
        if (idx >= 0)
        {
            var m = _names[idx];
            if (doc.IsWord(m.Last + 1, "and") && NameStartingAt(m.Last + 2) is int j and >= 0 && _names[j].Entity != m.Entity)
            {
                m.Entity2 = _names[j].Entity;
                m.Last = _names[j].Last;
                m.Plural = true;
            }

            return m;
        }

        if (doc[start].Info is { IsPronoun: true } p)
        {
            return Pronoun(start, p);
        }

        // "news agency Reuters", "state broadcaster CCTV": a role in lower case before a name.
        for (int r = start; r < start + 3 && r + 1 < doc.Count && doc[r].IsWord && !doc[r].Has(TokenFlags.Capitalized); r++)
        {
            if (doc[r].Info is { GroupKind: not MentionKind.None } or { IsTitle: true } && NameStartingAt(r + 1) is int named and >= 0)
            {
                var m = _names[named];
                m.First = start;
                return m;
            }
        }

        // Description: determiner or possessive name, words, head noun.
        int k = start;
        int country = -1;
        if (IsDeterminer(doc, k))
        {
            k++;
        }
        else if (NameStartingAt(k) is int name and >= 0 && _names[name].Last + 1 < doc.Count && doc[_names[name].Last + 1].Has(TokenFlags.Possessive))
        {
            country = _doc[_names[name].Last].Info?.Country ?? -1;
            k = _names[name].Last + 2;
        }
        else if (!(doc[k].Info is { GroupKind: not MentionKind.None } && !doc[k].Has(TokenFlags.Capitalized)))
        {
            return Mention.None;
        }

        int head = -1;
        for (int j = k; j < doc.Count && j < start + MaxDescriptionTokens && doc[j].Kind == TokenKind.Word && !doc[j].Has(TokenFlags.SentenceStart); j++)
        {
            var info = doc[j].Info;
            if (info is { Cue: not CueClass.None, GroupKind: MentionKind.None, IsTitle: false } || IsStopWord(doc, j))
            {
                break;
            }

            if (info is { Country: >= 0 })
            {
                country = info.Country;
            }

            head = j;
        }

        return head < 0 ? Mention.None : Description(start, head, country);
    }

    /// <summary>Index in the name list of the longest name mention that starts at <paramref name="token"/>, or -1.</summary>
    public int NameStartingAt(int token)
    {
        int idx = LowerBound(token);
        return idx < _names.Count && _names[idx].First == token ? idx : -1;
    }

    /// <summary>Index in the name list of the longest name mention that ends at <paramref name="token"/>, or -1.</summary>
    public int NameEndingAt(int token)
    {
        int best = -1;
        for (int k = LowerBound(token + 1) - 1; k >= 0 && _names[k].First >= token - MaxNameTokens; k--)
        {
            if (_names[k].Last == token)
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>Index of the first name mention whose first token is at or after <paramref name="token"/>.</summary>
    private int LowerBound(int token)
    {
        int lo = 0, hi = _names.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_names[mid].First < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private Mention ReadBackwardSingle(int end)
    {
        var doc = _doc;
        if (end < 0 || doc[end].Kind != TokenKind.Word)
        {
            return Mention.None;
        }

        if (doc[end].Info is { IsPronoun: true } p && !doc.Slice(end).Equals("her", StringComparison.OrdinalIgnoreCase) && !doc.Slice(end).Equals("him", StringComparison.OrdinalIgnoreCase)
            && !doc.Slice(end).Equals("them", StringComparison.OrdinalIgnoreCase))
        {
            return Pronoun(end, p);
        }

        int idx = NameEndingAt(end);
        if (idx >= 0)
        {
            return _names[idx];
        }

        // Description ending here: walk back to a determiner or a possessive name.
        var info = doc[end].Info;
        bool headOk = info is { GroupKind: not MentionKind.None } || info is { IsTitle: true };
        if (!headOk)
        {
            return Mention.None;
        }

        int country = info?.Country ?? -1;
        for (int j = end; j >= 0 && j > end - MaxDescriptionTokens; j--)
        {
            if (doc[j].Kind != TokenKind.Word)
            {
                break;
            }

            if (j < end && doc[j].Info is { Country: >= 0 } ci)
            {
                country = ci.Country;
            }

            if (IsDeterminer(doc, j))
            {
                return Description(j, end, country);
            }

            if (doc[j].Has(TokenFlags.Possessive))
            {
                int owner = NameEndingAt(j - 1);
                int first = owner >= 0 ? _names[owner].First : j - 1;
                if (owner >= 0 && doc[_names[owner].Last].Info is { Country: >= 0 } oc)
                {
                    country = oc.Country;
                }

                return Description(first, end, country);
            }

            if (j < end && (IsStopWord(doc, j) || doc[j].Info is { Cue: not CueClass.None, GroupKind: MentionKind.None, IsTitle: false }))
            {
                break;
            }

            if (doc[j].Has(TokenFlags.SentenceStart))
            {
                // A bare group noun opening the sentence: "Officials said", "Police said".
                return j == end && info is { GroupKind: not MentionKind.None } ? Description(j, end, country) : Mention.None;
            }
        }

        // A bare plural group noun: "officials said", "prosecutors say", "experts say".
        return info is { GroupKind: MentionKind.Group or MentionKind.People } ? Description(end, end, country) : Mention.None;
    }

    private static Mention Pronoun(int at, WordInfo info) => new()
    {
        First = at,
        Last = at,
        Type = MentionType.Pronoun,
        Kind = info.Gender == 'n' ? MentionKind.Org : info.PronounPlural ? MentionKind.Group : MentionKind.Person,
        Entity = -1,
        Entity2 = -1,
        Gender = info.Gender,
        Plural = info.PronounPlural,
        Country = -1,
        Head = at,
    };

    private Mention Description(int first, int head, int country) => new()
    {
        First = first,
        Last = head,
        Type = MentionType.Description,
        Kind = _doc[head].Info?.GroupKind is { } g and not MentionKind.None ? g : _doc[head].Info is { IsTitle: true } ? MentionKind.Person : MentionKind.None,
        Entity = -1,
        Entity2 = -1,
        Gender = _doc[head].Info?.Gender ?? '\0',
        Plural = _doc[head].Info?.GroupKind is MentionKind.Group or MentionKind.People,
        Country = country,
        Head = head,
    };

    private static bool IsDeterminer(Document doc, int i) =>
        doc[i].Kind == TokenKind.Word && doc.Slice(i) is "the" or "The" or "a" or "A" or "an" or "An" or "one" or "One" or "his" or "His" or "her" or "Her"
            or "its" or "Its" or "their" or "Their" or "another" or "Another" or "two" or "Two" or "three" or "Three" or "several" or "Several"
            or "some" or "Some" or "many" or "Many" or "other" or "Other";

    private static bool IsStopWord(Document doc, int i) =>
        doc[i].Kind != TokenKind.Word || doc.Slice(i) is "who" or "which" or "that" or "in" or "on" or "at" or "to" or "for" or "with" or "by" or "from"
            or "of" or "and" or "or" or "but" or "as" or "was" or "is" or "has" or "had" or "have" or "were" or "are" or "will" or "would" or "said";
}
