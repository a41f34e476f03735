using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>
/// Resolves pronouns and descriptions to named entities. A pronoun prefers the speaker of the quote just before
/// (news keeps one speaker across a passage), then the nearest compatible name outside quotation marks; a definite
/// description (<c>the Ukrainian leader</c>) goes to the entity introduced with that nationality or title. Indefinite
/// descriptions (<c>a defense lawyer</c>, <c>one man</c>) stay unnamed: no guess is better than a wrong one.
/// </summary>
internal sealed class CoreferenceResolver
{
    private const int MaxParagraphsBack = 3;
    private const int MaxNamesBack = 80;

    private readonly Document _doc;
    private readonly List<Mention> _names;
    private readonly EntityRegistry _registry;
    private readonly Func<int, bool> _insideQuote;

    public CoreferenceResolver(Document doc, List<Mention> names, EntityRegistry registry, Func<int, bool> insideQuote)
    {
        _doc = doc;
        _names = names;
        _registry = registry;
        _insideQuote = insideQuote;
    }

    /// <summary>Fills <see cref="Mention.Entity"/> of a pronoun or description; names are resolved already.</summary>
    public void Resolve(ref Mention m, int recentSpeaker, int recentParagraph, int recentAnchor)
    {
        if (m.IsNone || m.Type == MentionType.Name)
        {
            return;
        }

        int paragraph = _doc[m.First].Paragraph;
        if (m.Type == MentionType.Pronoun)
        {
            var word = _doc.Slice(m.First);
            if (word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.Equals("i", StringComparison.OrdinalIgnoreCase) || word.Equals("you", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            bool person = m.Kind == MentionKind.Person;
            var pronoun = m;

            // A compatible subject introduced since the last quote is the likelier antecedent than that quote's speaker.
            int subject = NearestName(m.First, paragraph, e => Compatible(e, pronoun, person), subjectsAfter: recentAnchor);
            if (subject >= 0)
            {
                m.Entity = subject;
                return;
            }

            if (recentSpeaker >= 0 && paragraph - recentParagraph <= 2 && Compatible(_registry[recentSpeaker], m, person))
            {
                m.Entity = _registry.Find(recentSpeaker);
                return;
            }

            m.Entity = NearestName(m.First, paragraph, e => Compatible(e, pronoun, person));
            return;
        }

        // "Russia’s defence ministry": an institution named by its owner is a name in its own right.
        if (_doc[m.First].IsCapitalizedWord && m.Head > m.First && _doc[m.Head].Info is { GroupKind: MentionKind.Org } && HasPossessive(m.First, m.Head))
        {
            m.Entity = _registry.Register(m.First, m.Last, MentionKind.Org, '\0', m.Country);
            return;
        }

        // Descriptions: only definite ones ("the …") name someone.
        var first = _doc.Slice(m.First);
        bool definite = first.Equals("the", StringComparison.OrdinalIgnoreCase) || _doc[m.First].IsCapitalizedWord && !IsIndefinite(first);
        if (!definite || m.Head < 0)
        {
            return;
        }

        var head = _doc.Slice(m.Head);
        var headInfo = _doc[m.Head].Info;
        bool leaderWord = head.Equals("leader", StringComparison.OrdinalIgnoreCase) || head.Equals("head", StringComparison.OrdinalIgnoreCase);
        int country = m.Country;
        if (headInfo is { IsTitle: true } || leaderWord)
        {
            int title = m.Head;
            m.Entity = NearestName(m.First, paragraph, e =>
                e.Kind == MentionKind.Person
                && (country < 0 || e.Country == country)
                && (e.HasTitle(_doc.Slice(title)) || (leaderWord && e.Titles is not null) || (country >= 0 && e.Country == country && e.Titles is not null)));
        }
    }

    private bool HasPossessive(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (_doc[k].Has(TokenFlags.Possessive))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name that opens its sentence, or follows only an introductory phrase ending in a comma.</summary>
    private bool IsSubject(in Mention m)
    {
        int k = m.First - 1;
        if (k < 0 || _doc[m.First].Has(TokenFlags.SentenceStart))
        {
            return true;
        }

        return _doc.IsChar(k, ',') && _doc[k].Sentence == _doc[m.First].Sentence && !_doc.IsWord(k + 1, "and");
    }

    private static bool IsIndefinite(ReadOnlySpan<char> w) =>
        w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("one", StringComparison.OrdinalIgnoreCase)
        || w.Equals("another", StringComparison.OrdinalIgnoreCase) || w.Equals("some", StringComparison.OrdinalIgnoreCase) || w.Equals("several", StringComparison.OrdinalIgnoreCase);

    private static bool Compatible(Entity e, in Mention pronoun, bool person)
    {
        if (person)
        {
            return e.Kind is MentionKind.Person && (e.Gender == '\0' || pronoun.Gender is 'x' or '\0' || e.Gender == pronoun.Gender);
        }

        return e.Kind is MentionKind.Org or MentionKind.Group or MentionKind.None || pronoun.Plural;
    }

    /// <summary>The entity of the nearest name before <paramref name="token"/> (outside quotation marks) that satisfies <paramref name="accept"/>.</summary>
    /// <remarks>With <paramref name="subjectsAfter"/> ≥ 0, only names after that token that open their sentence's subject count.</remarks>
    private int NearestName(int token, int paragraph, Func<Entity, bool> accept, int subjectsAfter = -1)
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

        for (int k = lo - 1, seen = 0; k >= 0 && seen < MaxNamesBack; k--, seen++)
        {
            var m = _names[k];
            if (paragraph - _doc[m.First].Paragraph > MaxParagraphsBack)
            {
                break;
            }

            if (subjectsAfter >= 0 && m.First <= subjectsAfter)
            {
                break;
            }

            if (m.Entity < 0 || _insideQuote(m.First) || (subjectsAfter >= 0 && !IsSubject(m)))
            {
                continue;
            }

            var e = _registry[m.Entity];
            if (accept(e))
            {
                return e.Id;
            }
        }

        return -1;
    }
}
