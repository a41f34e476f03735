using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>
/// Resolves pronouns and descriptions to named entities. A pronoun prefers a compatible subject introduced since
/// the last quote, then that quote's speaker (news keeps one speaker across a passage), then the nearest compatible
/// name outside quotation marks; a definite description (<c>the Ukrainian leader</c>) goes to the entity introduced
/// with that nationality or title. Indefinite descriptions (<c>a defense lawyer</c>, <c>one man</c>) stay unnamed:
/// no guess is better than a wrong one.
/// </summary>
internal sealed class CoreferenceResolver
{
    private const int MaxParagraphsBack = 3;
    private const int MaxNamesBack = 80;
    private const int MaxRoleTokens = 8;
    private const int MaxInstitutionTokens = 3;
    private const int MaxPronounReachTokens = 200;
    private const int MaxDocumentReachTokens = 400;

    private Document _doc = null!;
    private List<Mention> _names = null!;
    private EntityRegistry _registry = null!;
    private QuoteIndex _quotes = null!;
    private int _contentFirst = -1;
    private int _contentLast = -1;

    public void Reset(Document doc, List<Mention> names, EntityRegistry registry, QuoteIndex quotes)
    {
        _doc = doc;
        _names = names;
        _registry = registry;
        _quotes = quotes;

        // A first name gives a person's gender where no title did ("Kate Bush": "he" is someone else). Once per entity,
        // with every name in, rather than once per mention.
        var lexicon = Lexicon.Shared;
        for (int id = 0; id < registry.Count; id++)
        {
            ref var e = ref registry[id];
            if (e.Kind == MentionKind.Person && e.Gender == '\0' && e.NameLast > e.NameFirst)
            {
                e.Gender = lexicon.FirstNameGender(doc.Slice(e.NameFirst));
            }
        }
    }

    /// <summary>Fills <see cref="Mention.Entity"/> of a pronoun or description; names are resolved already.</summary>
    /// <remarks>
    /// <paramref name="recentUnnamed"/> is the last speaker's mention when the text described that speaker without a name
    /// ("analysts said"): a pronoun that fits it ("They expect …") stands for it and stays unnamed.
    /// </remarks>
    public void Resolve(ref Mention m, int recentSpeaker, int recentParagraph, int recentAnchor, in Mention recentUnnamed, int contentFirst = -1, int contentLast = -1)
    {
        // The words a speaker reports name others, not the speaker: in "Nations such as Ireland would …, it said" the
        // pronoun after the content stands for someone before it. A description may name a company the content is
        // about ("Nintendo's new console will launch in March, the company announced").
        bool exclude = m.Type == MentionType.Pronoun && contentLast < m.First;
        _contentFirst = exclude ? contentFirst : -1;
        _contentLast = exclude ? contentLast : -1;
        if (m.IsNone || m.Type == MentionType.Name || m.Entity >= 0)
        {
            return; // Names, and relative pronouns read with their antecedent, are resolved already.
        }

        int paragraph = _doc.ParagraphOf(m.First);
        if (m.Type == MentionType.Pronoun)
        {
            var word = _doc.Slice(m.First);
            if (word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.Equals("i", StringComparison.OrdinalIgnoreCase) || word.Equals("you", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var filter = new Filter { Person = m.Kind == MentionKind.Person, Gender = m.Gender, Plural = m.Plural, Country = -1 };
            // "But a recent report from Continental Research reflects the battle. It said …": "it" opening the sentence
            // after one whose subject is a document by a named author stands for that author.
            if (!filter.Person && !filter.Plural && _doc[m.First].Has(TokenFlags.SentenceStart) && DocumentSubjectAuthor(m.First) is int issuer and >= 0)
            {
                m.Entity = issuer;
                return;
            }

            m.Entity = Antecedent(m.First, paragraph, filter, recentSpeaker, recentParagraph, recentAnchor, recentUnnamed);

            // "it" for a name only guessed a person: not when "he" or "she" came in this sentence or the one before, who may
            // well stand for it
            // ("Barclays has appointed Kwabena Mensah … He will start in May. It said …").
            if (m.Entity >= 0 && !filter.Person && _registry[m.Entity].Kind == MentionKind.Person && PersonPronounBefore(m.First))
            {
                m.Entity = -1;
            }

            return;
        }

        // "said the 36-year-old", "the Frenchman said", "The 41-year-old chart-topper said": an age or a nationality stands
        // for a person as a pronoun does.
        // So does "man" or "woman" after a place: "says the Waterford man".
        bool placed = m.Head > m.First + 1 && _doc.Slice(m.Head) is "man" or "woman" && IsCapitalRun(m.First + 1, m.Head - 1);
        if (m.Head >= 0 && m.Head == m.Last && _doc.IsWord(m.First, "the")
            && (_doc.Slice(m.Head).EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) || _doc[m.Head].Info is { IsPersonDemonym: true } || placed
                || IsAged(m) && _doc[m.Head].Info is not ({ GroupKind: not MentionKind.None } or { IsTitle: true })))
        {
            char gender = placed ? (_doc.Slice(m.Head) is "man" ? 'm' : 'f') : _doc[m.Head].Info?.Gender ?? '\0';
            gender = gender is 'm' or 'f' ? gender : 'x';
            m.Entity = Antecedent(m.First, paragraph, new Filter { Person = true, Gender = gender, Country = -1 }, recentSpeaker, recentParagraph, recentAnchor, recentUnnamed);
            return;
        }

        // "ScanSoft and Gracenote are developing it. The companies estimate …", "Lee and Cole … the pair said": a plural
        // description of a pair or of firms stands for the two names the text just joined with "and".
        if (m.Head == m.Last && m.Head == m.First + 1 && _doc.IsWord(m.First, "the") && _doc.Slice(m.Head) is "companies" or "firms" or "pair" or "couple" or "duo" or "two"
            && JoinedBefore(m.First, organisations: _doc.Slice(m.Head) is "companies" or "firms") is var (one, two) && one >= 0)
        {
            m.Entity = one;
            m.Entity2 = two;
            return;
        }

        // "A Norbank statement said", "the World Bank report": a document speaks for the name that issued it.
        // A capitalised word opening the sentence before a plural is no author ("Press reports suggest", "Initial reports
        // said"), unless it is an organisation's name ("Reuters reports said").
        if (m.Head > m.First && _doc[m.Head].Info is { IsDocument: true }
            && !(m.Head == m.First + 1 && _doc[m.First].Has(TokenFlags.SentenceStart) && !_doc[m.First].Has(TokenFlags.AllCaps) && _doc.Slice(m.Head).EndsWith("s", StringComparison.Ordinal)
                && (_doc[m.First].Info is not { IsOrgWord: true } || _doc.Slice(m.First) is "Press" or "Media" or "News"))
            && NameWithin(m.First, m.Head - 1) is int author and >= 0)
        {
            m.Entity = author;
            return;
        }

        // "Oxfam says in a report … The report said", "the OECD's twice-yearly report … the report warned": "the" and a
        // document's noun stand for the author of the one the text brought in.
        if (m.Head == m.First + 1 && m.Head == m.Last && _doc.IsWord(m.First, "the") && _doc[m.Head].Info is { IsDocument: true }
            && DocumentAuthorBefore(m.First, paragraph) is int documentAuthor and >= 0)
        {
            m.Entity = documentAuthor;
            return;
        }

        // "a report by the Audit Commission", "a study from Oxford University": the author after the document.
        if (m.Head >= 0 && _doc[m.Head].Info is { IsDocument: true } && AuthorStart(m.Head) is int by and >= 0
            && AuthorFrom(by, m.Last) is int byAuthor and >= 0)
        {
            m.Entity = byAuthor;
            return;
        }

        // "the firm said", "The Australian company said", "The UK's biggest mortgage lender said": the organisation the
        // text named last, found as "it" is, but never a place or a person; "the NBC network" and "the Labour party" name
        // it themselves. "the government", "the party" stay unnamed (speaking-groups.txt, "refers", "inside").
        // Without the article the name must open the phrase: "Reuters news agency said".
        if (m.Head >= 0 && _doc[m.Head].Info is { RefersToOrganisation: true } or { RefersToNamedOrganisation: true } or { NamedInside: true } && !m.Plural
            && (_doc.IsWord(m.First, "the") || (m.First > 0 && _doc.IsWord(m.First - 1, "the")) || m.Head == m.Last && !HasPossessive(m.First, m.Head) && NameOpening(m.First, m.Head - 1) >= 0 && NameBefore(m.First, m.Head) >= 0))
        {
            int within = NameBefore(_doc.IsWord(m.First, "the") ? m.First + 1 : m.First, m.Head);
            if (within >= 0)
            {
                m.Entity = within;
                return;
            }

            // "the magazine", "the ministry", "the group": an organisation the text introduced with that noun ("US magazine
            // Mobile PC", "the Ministry of Communications", "group James Hardie"); "the group" may stand for the company
            // named last too, a publication or a ministry never (a ministry may still be named by its state below).
            var info = _doc[m.Head].Info!;
            int introduced = info.RefersToNamedOrganisation ? IntroducedAs(m.First, m.Head, far: !info.RefersToOrganisation) : -1;
            if (introduced < 0 && info.IsPressNoun)
            {
                introduced = PaperBefore(m.First, paragraph);
            }

            if (introduced >= 0 || info.RefersToOrganisation)
            {
                m.Entity = introduced >= 0 ? introduced
                    : Antecedent(m.First, paragraph, new Filter { Organisation = true, Country = -1 }, recentSpeaker, recentParagraph, recentAnchor, recentUnnamed);
                return;
            }
        }

        // "Russia’s defence ministry": an institution named by its owner is a name in its own right.
        if (_doc[m.First].IsCapitalizedWord && m.Head > m.First && _doc[m.Head].Info is { GroupKind: MentionKind.Org } && HasPossessive(m.First, m.Head))
        {
            m.Entity = _registry.Register(m.First, m.Last, MentionKind.Org, '\0', m.Country);
            return;
        }

        // "the Russian government", "the British defence ministry": a nationality names a body of its state as "Russia's"
        // does; "the government" alone stays unnamed.
        if (_doc.IsWord(m.First, "the") && m.Head == m.Last && m.Head > m.First + 1 && _doc[m.First + 1].IsCapitalizedWord
            && _doc[m.First + 1].Info is { Country: >= 0 } && _doc[m.Head].Info is { IsStateBody: true } && !_doc.HasCapitalWithin(m.First + 2, m.Head))
        {
            m.Entity = _registry.Register(m.First + 1, m.Last, MentionKind.Org, '\0', _doc[m.First + 1].Info!.Country);
            return;
        }

        // "Prosecutors said", "police said": institutional groups are named as the text names them.
        if (m.First == m.Head && _doc[m.Head].Info is { GroupKind: MentionKind.Group })
        {
            m.Entity = _registry.Register(m.First, m.Last, MentionKind.Group, '\0', m.Country);
            return;
        }

        // "Tulsa police said", "Kremlin officials said", "the Senate Republicans said": so is such a group when its
        // institution or place names it; the name comes without the article, as "the Kremlin" is "Kremlin".
        int from = _doc.IsWord(m.First, "the") ? m.First + 1 : m.First;
        if (m.Head == m.Last && m.Head > from && m.Head - from <= MaxInstitutionTokens && _doc[m.Head].Info is { GroupKind: MentionKind.Group } && NamesInstitution(from, m.Head - 1))
        {
            m.Entity = _registry.Register(from, m.Last, MentionKind.Group, '\0', m.Country);
            return;
        }

        // A speaker read from a Title-Case headline ("…, Lindsey Graham Says"), where names name nobody new: the
        // name, once the body has given it; a role ("Former White House Doctor") stays unnamed.
        if (m.IsHeadlineName)
        {
            m.Entity = _registry.Lookup(m.First, m.Last);
            return;
        }

        // Other descriptions name someone only when definite ("the …").
        var first = _doc.Slice(m.First);
        bool definite = first.Equals("the", StringComparison.OrdinalIgnoreCase) || (_doc[m.First].IsCapitalizedWord && !IsIndefinite(first));
        if (!definite || m.Head < 0)
        {
            return;
        }

        var head = _doc.Slice(m.Head);
        var headInfo = _doc[m.Head].Info;
        bool leader = head.Equals("leader", StringComparison.OrdinalIgnoreCase) || head.Equals("head", StringComparison.OrdinalIgnoreCase);
        if (headInfo is { IsTitle: true } || leader)
        {
            // "the Tory leader": the nearest person the text called a leader, else one it calls "Mr" or "Ms" (BBC style
            // gives politicians an honorific and foreigners none).
            var filter = new Filter { Person = true, Description = true, Country = m.Country, Title = headInfo, Leader = leader, Role = leader };
            m.Entity = NearestName(m.First, paragraph, filter, 0, subjectsOnly: false);
            if (m.Entity < 0 && leader)
            {
                filter.Role = false;
                m.Entity = NearestName(m.First, paragraph, filter, 0, subjectsOnly: false);
            }

            // "Trade and Industry Secretary Patricia Hewitt … The minister told delegates": a secretary of state is a
            // minister.
            if (m.Entity < 0 && head.Equals("minister", StringComparison.OrdinalIgnoreCase) && m.Head == m.First + 1 && Lexicon.Shared.Find("secretary") is { IsTitle: true } secretary)
            {
                filter.Title = secretary;
                m.Entity = NearestName(m.First, paragraph, filter, 0, subjectsOnly: false);
            }

            // "Gardener clocked 6.56 seconds. … The world indoor champion said": a standing no one was given stands for
            // the person the text is about, as "he" would ("the youngster", "the European cross-country champion").
            // So may an office of one holder ("Alun Michael has said … The rural affairs minister said"), but only for the
            // subject or speaker just before, and not when a name other than a country's qualifies it ("the M&S chairman",
            // "the lord chancellor" is someone else).
            // An age makes any role stand for the person just spoken of ("the 28-year-old host").
            bool office = headInfo is { IsOffice: true } && OnlyCountriesWithin(m.First + 1, m.Head - 1) && !QualifiedAfter(m.Head);
            bool standing = headInfo is { IsEpithet: true } || IsAged(m);
            if (m.Entity < 0 && headInfo is { IsTitle: true } && (standing || office) && _doc.IsWord(m.First, "the"))
            {
                char gender = headInfo.Gender is 'm' or 'f' ? headInfo.Gender : 'x';
                m.Entity = Antecedent(m.First, paragraph, new Filter { Person = true, Gender = gender, Country = -1, ProvenPerson = true, Recent = !standing }, recentSpeaker, recentParagraph, recentAnchor, recentUnnamed);
            }
        }
    }

    /// <summary>The antecedent of a pronoun (or of a word that stands for a person as one does), or -1.</summary>
    private int Antecedent(int first, int paragraph, in Filter filter, int recentSpeaker, int recentParagraph, int recentAnchor, in Mention recentUnnamed)
    {
        // The speaker just quoted may have been described, not named ("Analysts said … They expect", "A spokesman said …
        // He added"): a pronoun that fits stands for that speaker, whom the text never names, unless a fitting name came
        // up since ("A spokesman said Mr Galloway had friends … who he described").
        bool unnamed = !recentUnnamed.IsNone && recentUnnamed.First < first && paragraph - _doc.ParagraphOf(recentUnnamed.First) <= 2 && Fits(recentUnnamed, filter);

        // "Business leaders had opposed the plan as they said …": "they" after an unnamed plural subject of its own
        // sentence stands for that group, which the text does not name (no entity), not for a name in between ("the
        // Department of Trade and Industry").
        if (filter.Plural && !filter.Person && UnnamedPluralSubject(first))
        {
            return -1;
        }

        // A compatible subject introduced since the last quote is the likelier antecedent than that quote's speaker.
        int subject = NearestName(first, paragraph, filter, unnamed ? Math.Max(recentAnchor, recentUnnamed.Last) : recentAnchor, subjectsOnly: true);
        if (subject >= 0)
        {
            return subject;
        }

        if (unnamed)
        {
            return filter.Recent ? -1 : NearestName(first, paragraph, filter, recentUnnamed.Last + 1, subjectsOnly: false);
        }

        // "Tim Dean said … But a spokesman for the Home Office defended it. He said": a person the text brings in unnamed
        // as a subject since the last quote is whom "he" stands for, not the speaker before.
        if (filter.Person && !filter.Plural && recentAnchor >= 0 && UnnamedSubjectSince(recentAnchor, first, filter.Gender))
        {
            return -1;
        }

        // The speaker just quoted; a bare surname ("Berg") is a person once it has spoken.
        if (recentSpeaker >= 0 && paragraph - recentParagraph <= 2
            && (Accept(_registry[recentSpeaker], filter) || (filter.Person && !filter.ProvenPerson && _registry[recentSpeaker].Kind == MentionKind.None)))
        {
            return recentSpeaker;
        }

        if (filter.Recent)
        {
            return -1;
        }

        // "they" most often stands for a group the text describes without a name ("analysts said … They expect"): a
        // name counts only in this sentence or the one before ("… opposed by the Liberal Democrats. They have said").
        int nearest = NearestName(first, paragraph, filter, filter.Plural ? PreviousSentenceStart(first) : 0, subjectsOnly: false);
        return filter.Organisation && nearest >= 0 ? Salient(nearest, first, filter) : nearest;
    }

    /// <summary>
    /// The company the article is about, over the nearest one when that is an aside: "the company" after a quote stands
    /// for "Unilever", named ten times, not for "Oil giant Shell", named once in passing. Only an organisation named at
    /// least three times and twice as often as the nearest wins.
    /// </summary>
    private int Salient(int nearest, int token, in Filter filter)
    {
        int best = nearest;
        int lo = SortedSearch.LowerBound<Mention, ByFirstToken>(_names, token);
        for (int k = lo - 1, seen = 0; k >= 0 && seen < MaxNamesBack; k--, seen++)
        {
            int e = _names[k].Entity;
            if (e >= 0 && e != best && _registry[e].Kind is MentionKind.Org or MentionKind.None && _registry[e].Mentions > _registry[best].Mentions && Accept(_registry[e], filter))
            {
                best = e;
            }
        }

        int count = _registry[best].Mentions;
        return count >= 3 && count >= 2 * _registry[nearest].Mentions ? best : nearest;
    }

    /// <summary>
    /// Whether a sentence after token <paramref name="after"/> and before the one of <paramref name="token"/> opens (after
    /// a conjunction or adverb) with "a", "an" or "another" and a person's role of a fitting gender ("But a spokesman for
    /// the Home Office defended it").
    /// </summary>
    private bool UnnamedSubjectSince(int after, int token, char gender)
    {
        int sentence = _doc[token].Sentence;
        int paragraph = _doc.ParagraphOf(token);
        for (int k = token - 1; k > after && token - k < MaxPronounReachTokens; k--)
        {
            if (_doc[k].Sentence == sentence || !_doc[k].Has(TokenFlags.SentenceStart))
            {
                continue;
            }

            if (paragraph - _doc.ParagraphOf(k) > 1)
            {
                return false;
            }

            int s = k;
            while (s < token && s < k + 3 && _doc[s].IsWord && (_doc.Slice(s) is "But" or "And" or "However" or "Meanwhile" or "Yet" || _doc.IsChar(s + 1, ',')))
            {
                s += _doc.IsChar(s + 1, ',') ? 2 : 1;
            }

            if (!(_doc.IsWord(s, "a") || _doc.IsWord(s, "an") || _doc.IsWord(s, "another")))
            {
                continue;
            }

            for (int j = s + 1; j < token && j <= s + 4 && _doc[j].IsWord; j++)
            {
                if (_doc[j].Info is { } role && (role.IsTitle || role.GroupKind == MentionKind.Person))
                {
                    return role.Gender is not ('m' or 'f') || gender is not ('m' or 'f') || role.Gender == gender;
                }
            }
        }

        return false;
    }

    /// <summary>Whether "he", "she", "her" or the like stands in this sentence or the one before, before token <paramref name="token"/>.</summary>
    private bool PersonPronounBefore(int token)
    {
        for (int k = token - 1, from = PreviousSentenceStart(token); k >= from; k--)
        {
            if (_doc[k].IsWord && _doc[k].Info is { IsPronoun: true, Gender: 'm' or 'f' })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The two entities of the last pair of names joined by "and" in this sentence or the one before token
    /// <paramref name="token"/> ("ScanSoft and Gracenote", "Ann Lee and Tom Cole"): organisations or persons as asked, never
    /// places; (-1, -1) if none. Names of unknown kind count as organisations only as the sentence's subject ("the use of
    /// both Tysabri and Avonex" names drugs); the last two of a longer list ("Microsoft, IBM and Google") are no pair.
    /// </summary>
    private (int One, int Two) JoinedBefore(int token, bool organisations)
    {
        int from = PreviousSentenceStart(token);
        for (int k = SortedSearch.LowerBound<Mention, ByFirstToken>(_names, token) - 1, seen = 0; k > 0 && seen < MaxNamesBack && _names[k].First >= from; k--, seen++)
        {
            var a = _names[k - 1];
            var b = _names[k];
            if (_doc.IsWord(a.Last + 1, "and") && OnlyTitlesWithin(a.Last + 2, b.First - 1) && a.Entity >= 0 && !_doc.IsChar(a.First - 1, ',') && b.Entity >= 0 && a.Entity != b.Entity
                && Fits(_registry[a.Entity], organisations) && Fits(_registry[b.Entity], organisations)
                && (!organisations || _registry[a.Entity].Kind == MentionKind.Org && _registry[b.Entity].Kind == MentionKind.Org || IsSubject(a)))
            {
                return (a.Entity, b.Entity);
            }
        }

        return (-1, -1);

        // "Singer Ann Lee and actor Tom Cole": the second name's role may stand between.
        bool OnlyTitlesWithin(int first, int last)
        {
            for (int j = first; j <= last; j++)
            {
                if (last - first >= 3 || _doc[j].Info is not { IsTitle: true })
                {
                    return false;
                }
            }

            return true;
        }

        bool Fits(in Entity e, bool org) => !IsPlace(e) && !IsCountryPhrase(e) && (org ? e.Kind is MentionKind.Org or MentionKind.None : e.Kind == MentionKind.Person);
    }

    /// <summary>
    /// The author of a document that is the subject of the sentence before token <paramref name="token"/>: "(But) a
    /// recent report from Continental Research …", "A survey by the CBI …"; -1 if that sentence opens otherwise.
    /// </summary>
    private int DocumentSubjectAuthor(int token)
    {
        int k = PreviousSentenceStart(token);
        if (k >= token || _doc[k].Sentence == _doc[token].Sentence)
        {
            return -1;
        }

        k += IsOpeningWord(k) ? 1 : 0;
        if (!_doc.IsDeterminer(k))
        {
            return -1;
        }

        for (int j = k + 1; j < token && j <= k + 4 && _doc[j].IsWord; j++)
        {
            if (_doc[j].Info is { IsDocument: true })
            {
                return AuthorStart(j) is int by and >= 0 ? AuthorFrom(by, by) : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the sentence of token <paramref name="token"/> opens, before it and after an opening word, with a plural
    /// noun phrase that names nobody and its verb ("Business leaders had opposed", "Many analysts expected").
    /// </summary>
    private bool UnnamedPluralSubject(int token)
    {
        int sentence = _doc[token].Sentence;
        int k = token;
        while (k > 0 && _doc[k - 1].Sentence == sentence && token - k < MaxPronounReachTokens)
        {
            k--;
        }

        k += IsOpeningWord(k) ? 1 : 0;
        k += _doc.IsDeterminer(k) || _doc[k].Info is { IsQuantifier: true } ? 1 : 0;
        for (int j = k; j < token && j < k + 3; j++)
        {
            if (!_doc[j].IsWord || _doc[j].Info is { Function: not FunctionWord.None } or { IsPronoun: true } || j > k && _doc[j].Has(TokenFlags.Capitalized)
                || NameOpening(j, token) >= 0)
            {
                return false;
            }

            var w = _doc.Slice(j);
            if (w.Length > 3 && w[^1] == 's' && j + 1 < token && _doc[j + 1].IsWord && _doc[j + 1].Info is { IsAuxiliary: true } or { IsFiniteVerb: true })
            {
                return !Lexicon.Shared.IsNonSpeaker(w); // "Shares had risen at Microsoft after they said" is Microsoft's
            }
        }

        return false;
    }

    /// <summary>The first token of the sentence before the one of token <paramref name="token"/> (a bounded walk back).</summary>
    private int PreviousSentenceStart(int token)
    {
        int previous = _doc[token].Sentence - 1;
        int k = token;
        while (k > 0 && token - k < MaxPronounReachTokens && _doc[k - 1].Sentence >= previous)
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// Whether a description names nobody in particular: "a spokesman", "one source", "analysts", "some experts" — not
    /// "the minister", who is someone the text has named.
    /// </summary>
    public bool IsIndefinite(in Mention m)
    {
        if (m.Type != MentionType.Description)
        {
            return false;
        }

        var first = _doc.Slice(m.First);
        return IsIndefinite(first) || (m.Plural && m.First == m.Head) || (m.Plural && _doc[m.First].Info is { IsQuantifier: true });
    }

    /// <summary>Whether a described speaker can be what a pronoun of the filter stands for: number, person or thing, gender.</summary>
    private static bool Fits(in Mention described, in Filter f)
    {
        if (f.Plural)
        {
            return described.Plural;
        }

        if (described.Plural)
        {
            return false;
        }

        return f.Person
            ? described.Kind == MentionKind.Person && (described.Gender is not ('m' or 'f') || f.Gender is 'x' or '\0' || described.Gender == f.Gender)
            : described.Kind is MentionKind.Org;
    }

    private static bool IsIndefinite(ReadOnlySpan<char> w) =>
        w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("one", StringComparison.OrdinalIgnoreCase)
        || w.Equals("another", StringComparison.OrdinalIgnoreCase) || w.Equals("some", StringComparison.OrdinalIgnoreCase) || w.Equals("several", StringComparison.OrdinalIgnoreCase);

    private bool Accept(in Entity e, in Filter f)
    {
        if (f.Description)
        {
            // "the Ukrainian leader": a titled person of that country; "the president": a person with that title.
            return e.Kind == MentionKind.Person && !e.Titles.IsEmpty && (!f.Role || e.HasTitle(f.Title))
                && (f.Country < 0 || e.Country == f.Country)
                && (e.HasTitle(f.Title) || f.Leader || f.Country >= 0);
        }

        if (f.Organisation)
        {
            return e.Kind is MentionKind.Org or MentionKind.None && !IsPlace(e) && !IsCountryPhrase(e);
        }

        if (f.Person)
        {
            return e.Kind is MentionKind.Person && (f.ProvenPerson ? e.PersonEvidence > 0 && !e.Titles.Overlaps(Lexicon.Shared.OfficeTitles) : e.PersonEvidence >= 0)
                && (e.Gender == '\0' || f.Gender is 'x' or '\0' || e.Gender == f.Gender);
        }

        // "it": an organisation, a group or a name of unknown kind; "they" the same, but not a country or a city. Never
        // one person, except one only guessed from the name's shape ("Borussia Dortmund posted a loss. It said …").
        return e.Kind is MentionKind.Org or MentionKind.Group or MentionKind.None && !(f.Plural && IsPlace(e))
            || !f.Plural && e.Kind == MentionKind.Person && e.PersonEvidence <= 0 && e.Gender == '\0' && e.Titles.IsEmpty;
    }

    /// <summary>
    /// Whether tokens <paramref name="first"/>..<paramref name="last"/> name an institution or a place: capitalised words
    /// that are no function words or titles, not one word capitalised only because it opens the sentence ("Senior
    /// officials") unless it is an acronym ("FBI agents"), names a country ("Russian officials") or is a name the
    /// document gives elsewhere.
    /// </summary>
    private bool NamesInstitution(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            // A title counts only inside the sentence, where its capital is the institution's ("said Duke coaches").
            if (!_doc[k].IsCapitalizedWord || _doc[k].Has(TokenFlags.Possessive) || _doc[k].Info is { Function: not FunctionWord.None } or { IsPronoun: true }
                || _doc[k].Info is { IsTitle: true } && _doc[k].Has(TokenFlags.SentenceStart))
            {
                return false;
            }
        }

        // At the sentence start one capital proves nothing; two words, an acronym, a country or the same name seen
        // elsewhere do ("… in Tulsa. Tulsa police said").
        if (!_doc[first].Has(TokenFlags.SentenceStart) || last > first || _doc[first].Has(TokenFlags.AllCaps) || _doc[first].Info is { Country: >= 0 })
        {
            return true;
        }

        int known = _registry.Lookup(first, last);
        return known >= 0 && !_doc[_registry[known].NameFirst].Has(TokenFlags.SentenceStart);
    }

    /// <summary>Whether name mention <paramref name="k"/> and the one before or after it are joined by "and".</summary>
    private bool IsJoined(int k)
    {
        var m = _names[k];
        return (k > 0 && _names[k - 1].Last == m.First - 2 && _doc.IsWord(m.First - 1, "and"))
            || (k + 1 < _names.Count && _names[k + 1].First == m.Last + 2 && _doc.IsWord(m.Last + 1, "and"));
    }

    /// <summary>Whether the entity is a country or a city of the word lists ("Britain", "Kyiv"), named by one word.</summary>
    private bool IsPlace(in Entity e) => e.NameFirst == e.NameLast && _doc[e.NameFirst].Info is { Country: >= 0 };

    /// <summary>Whether the entity is a place named by a phrase of the word lists ("Saudi Arabia", "United States").</summary>
    private bool IsCountryPhrase(in Entity e) =>
        e.NameLast > e.NameFirst && _doc[e.NameFirst].Info is { StartsPhrase: true }
        && Lexicon.Shared.FindPhrase(_doc.Text.AsSpan(_doc[e.NameFirst].Start, _doc[e.NameLast].End - _doc[e.NameFirst].Start)) is { Country: >= 0 };

    /// <summary>The entity of the last name mention lying within tokens <paramref name="first"/>..<paramref name="last"/>, or -1.</summary>
    private int NameWithin(int first, int last)
    {
        int found = -1;
        for (int k = SortedSearch.LowerBound<Mention, ByFirstToken>(_names, first); k < _names.Count && _names[k].First <= last; k++)
        {
            // Not a place ("A new Iraq study", "a South Korean report").
            if (_names[k].Last <= last && _names[k].Entity >= 0 && _doc[_names[k].Last].Info is not ({ IsDemonym: true } or { Country: >= 0 }) && !IsPlace(_registry[_names[k].Entity]))
            {
                found = _names[k].Entity;
            }
        }

        return found;
    }

    /// <summary>
    /// The entity of an organisation's name that ends right before or at <paramref name="head"/> and starts at or after
    /// <paramref name="first"/> ("the NBC network", "the State Planning Organisation"), or -1. A name of unknown kind
    /// there is a modifier more often than the company ("the Detroit carmaker", "the Windows maker", "London-based").
    /// </summary>
    private int NameBefore(int first, int head)
    {
        int k = SortedSearch.LowerBound<Mention, ByFirstToken>(_names, first);
        for (; k < _names.Count && _names[k].First <= head; k++)
        {
            var n = _names[k];
            // "the NBC network", "the Interfax news agency": an organisation's name right before the noun, or before the
            // lower-case words that end with it, names the organisation the phrase describes; so does a name of unknown
            // kind before a noun that names what it is ("The Middle Way group"), not before others ("The Detroit carmaker").
            if (n.Last <= head && n.Entity >= 0 && (n.Last >= head - 1 || !_doc.HasCapitalWithin(n.Last + 1, head) && !HasAnd(n.Last + 1, head) && OnlyContentWordsWithin(n.Last + 1, head - 1))
                && (_registry[n.Entity].Kind == MentionKind.Org || _registry[n.Entity].Kind == MentionKind.None && _doc[head].Info is { RefersToNamedOrganisation: true } or { NamedInside: true })
                && !IsPlace(_registry[n.Entity]) && !IsCountryPhrase(_registry[n.Entity]) && _doc[n.Last].Info is not { IsDemonym: true }
                && _doc.Slice(n.Last).IndexOf('-') < 0)
            {
                return n.Entity;
            }
        }

        return -1;
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are all words and none a function word ("news" in "the Interfax news agency", not "at 16" in "The Votes at 16 alliance").</summary>
    private bool OnlyContentWordsWithin(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (!_doc[k].IsWord || _doc[k].Info is { Function: not FunctionWord.None })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The organisation named last before <paramref name="before"/> (within the paragraphs a pronoun reaches, or with
    /// <paramref name="far"/> the only one further back) whose name holds the noun at <paramref name="head"/> or has it
    /// right before or after ("US magazine Mobile PC", "the Telegraph newspaper", "the Ministry of Communications"); -1 if
    /// none.
    /// </summary>
    private int IntroducedAs(int before, int head, bool far)
    {
        var noun = _doc.Slice(head);
        int paragraph = _doc.ParagraphOf(before);
        int lo = SortedSearch.LowerBound<Mention, ByFirstToken>(_names, before);

        // The nearest such name within a few paragraphs; past them, when asked (a noun that falls back to no other
        // antecedent), one only if the text introduced no other with that noun ("the ministry said" five paragraphs after
        // "the Finance and Economy Ministry", with "the ministry" between).
        int only = -1;
        for (int k = lo - 1, seen = 0; k >= 0 && seen < MaxNamesBack; k--, seen++)
        {
            var n = _names[k];
            bool near = paragraph - _doc.ParagraphOf(n.First) <= MaxParagraphsBack;
            if (!near && !far)
            {
                break;
            }

            if (n.Entity < 0 || _registry[n.Entity].Kind == MentionKind.Person || n.Entity == only || IsPlace(_registry[n.Entity]))
            {
                continue; // "the US court" introduces no court named "US"
            }

            // "The Commons transport committee": the noun after lower-case nouns that qualify it names the body, which the
            // name and those words together name.
            int after = LowerCaseNounsEnd(n.Last + 1);
            if (after > n.Last + 1 && after < before && _doc[after].IsWord && _doc.Slice(after).Equals(noun, StringComparison.OrdinalIgnoreCase)
                && !_doc[after].Has(TokenFlags.Capitalized) && !NounSince(noun, after + 1, before - 1) && near)
            {
                return _registry.Register(n.First, after, MentionKind.Org, '\0', -1);
            }

            // The noun heads the name ("Low Pay Commission", "the Ministry of Communications", "Joint Committee on Human
            // Rights") or stands beside it ("US magazine Mobile PC"); "Charity Commission" is no charity.
            for (int j = n.First - 1; j <= n.Last + 1; j++)
            {
                if (j >= 0 && j < _doc.Count && _doc[j].IsWord && _doc.Slice(j).Equals(noun, StringComparison.OrdinalIgnoreCase)
                    && (j < n.First || j >= n.Last || _doc.IsWord(j + 1, "of") || _doc.IsWord(j + 1, "on") || _doc.IsWord(j + 1, "for")))
                {
                    // "… the European Court of Human Rights … a Paris court rejected an appeal. The court said": an unnamed
                    // one since is the one meant.
                    if (NounSince(noun, n.Last + 2, before - 1))
                    {
                        return -1;
                    }

                    if (near)
                    {
                        return n.Entity;
                    }

                    if (only >= 0)
                    {
                        return -1; // two of them: too far to tell which
                    }

                    only = n.Entity;
                    break;
                }
            }
        }

        return only;
    }

    /// <summary>
    /// The token after the "by" or "from" that follows the document noun at <paramref name="head"/>, perhaps over a comma
    /// and a participle of making it ("a report by X", "research carried out by X", "The study, commissioned by X"); -1 if
    /// none.
    /// </summary>
    private int AuthorStart(int head)
    {
        int k = head + 1;
        if (_doc.IsChar(k, ','))
        {
            k++;
        }

        // Only a verb of making the document makes its author ("carried out by", "commissioned by"; document-makers.txt);
        // "criticised by X" does not.
        if (k < _doc.Count && _doc[k].IsWord && Lexicon.Shared.IsDocumentMaker(_doc.Slice(k)))
        {
            k += _doc.IsWord(k + 1, "out") || _doc.IsWord(k + 1, "up") ? 2 : 1;
        }
        else if (k > head + 1)
        {
            return -1; // "the report, by then, …" is no author
        }

        return _doc.IsWord(k, "by") || (k == head + 1 && _doc.IsWord(k, "from")) ? k + 1 : -1;
    }

    /// <summary>
    /// The entity of the author named after "by" or "from" from token <paramref name="k"/> on: the last name up to
    /// <paramref name="last"/>, or one that starts at <paramref name="k"/> (after "the") however far it runs; -1 if none.
    /// </summary>
    private int AuthorFrom(int k, int last)
    {
        // "filed by the Securities and Exchange Commission": a name that "and" and a capital go on from was cut short.
        int end = AuthorNameEnd(k);
        return end >= 0 && _doc.IsWord(end + 1, "and") && end + 2 < _doc.Count && _doc[end + 2].IsCapitalizedWord ? -1 : NameWithin(k, Math.Max(last, end));
    }

    /// <summary>
    /// The last token of a name that starts at <paramref name="k"/>, after "the" or after up to three lower-case nouns that
    /// say what the author is ("from Chelsea", "by the Audit Commission", "from analysts Gartner", "by telecoms giant BT");
    /// -1 if none.
    /// </summary>
    private int AuthorNameEnd(int k)
    {
        int start = _doc.IsWord(k, "the") ? k + 1 : k;
        int end = NameEndFrom(start);
        for (int role = start; end < 0 && role < start + 3 && role + 1 < _doc.Count && IsRoleNoun(role); role++)
        {
            end = _doc[role + 1].IsCapitalizedWord ? NameEndFrom(role + 1) : -1;
        }

        return end;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a lower-case noun that says what an author is: a plain noun ("telecoms"), a
    /// group's or a company's word ("analysts", "giant") or a title; not a verb ("A report by analysts said Microsoft …").
    /// </summary>
    private bool IsRoleNoun(int k) =>
        _doc[k].IsWord && !_doc[k].Has(TokenFlags.Capitalized)
        && (_doc.IsPlainNoun(k) || _doc[k].Info is { GroupKind: not MentionKind.None, Cue: Cues.CueClass.None } or { IsTitle: true, Cue: Cues.CueClass.None } or { RefersToOrganisation: true, Cue: Cues.CueClass.None } or { IsOrgWord: true, Cue: Cues.CueClass.None });

    /// <summary>The last token of a name mention that starts at token <paramref name="start"/>, or -1.</summary>
    private int NameEndFrom(int start) => NameIndexAt(start) is int i and >= 0 ? _names[i].Last : -1;

    /// <summary>The index of the first name mention that starts at token <paramref name="start"/>, or -1.</summary>
    private int NameIndexAt(int start)
    {
        int i = SortedSearch.LowerBound<Mention, ByFirstToken>(_names, start);
        return i < _names.Count && _names[i].First == start ? i : -1;
    }

    /// <summary>The token after at most three lower-case plain nouns from <paramref name="k"/> on ("transport", "home affairs"); <paramref name="k"/> when none.</summary>
    private int LowerCaseNounsEnd(int k)
    {
        int j = k;
        while (j < _doc.Count && j < k + 3 && _doc.IsPlainNoun(j))
        {
            j++;
        }

        return j < _doc.Count ? j : k;
    }

    /// <summary>
    /// The newspaper named last before <paramref name="before"/>, within the paragraphs a pronoun reaches: a name that ends
    /// in a paper's word ("the local Evening Post", "Arab News") or follows a paper's noun ("Spanish daily ABC"); -1 if none.
    /// </summary>
    private int PaperBefore(int before, int paragraph)
    {
        for (int k = SortedSearch.LowerBound<Mention, ByFirstToken>(_names, before) - 1, seen = 0; k >= 0 && seen < MaxNamesBack; k--, seen++)
        {
            var n = _names[k];
            if (paragraph - _doc.ParagraphOf(n.First) > MaxParagraphsBack)
            {
                break;
            }

            // Not a broadcaster's news ("BBC News", "ITV News").
            if (n.Entity >= 0 && _registry[n.Entity].Kind != MentionKind.Person
                && (_doc[n.Last].Info is { NamesPaper: true } && !_doc[n.First].Has(TokenFlags.AllCaps) && (n.Last > n.First || _doc.IsWord(n.First - 1, "the")) // "the Observer", not "Post" alone
                    || n.First > 0 && _doc[n.First - 1].Info is { IsPressNoun: true }))
            {
                return n.Entity;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether an unnamed one of the noun's kind was introduced within tokens <paramref name="first"/>..<paramref name="last"/>:
    /// the noun in lower case after "a", "an" or "another" and at most two words ("a Paris court"); "the ministry" refers back.
    /// </summary>
    private bool NounSince(ReadOnlySpan<char> noun, int first, int last)
    {
        for (int k = Math.Max(first, last - MaxPronounReachTokens); k <= last; k++)
        {
            if (!_doc[k].IsWord || _doc[k].Has(TokenFlags.Capitalized) || !_doc.Slice(k).Equals(noun, StringComparison.Ordinal))
            {
                continue;
            }

            for (int j = k - 1; j >= first && j >= k - 3 && _doc[j].IsWord; j--)
            {
                if (_doc.IsWord(j, "a") || _doc.IsWord(j, "an") || _doc.IsWord(j, "another"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether "and" lies within tokens <paramref name="first"/>..<paramref name="last"/>: "the Commons standards and privileges committee" is no body named "Commons".</summary>
    private bool HasAnd(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (_doc.IsWord(k, "and"))
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>
    /// The author of the document of the same noun as the one after token <paramref name="the"/> that the text brought in
    /// within the paragraphs a pronoun reaches: "Oxfam's report", "the Oxfam report", "a report by Oxfam", or "Oxfam
    /// says in a report"; -1 when the nearest such document names no author.
    /// </summary>
    private int DocumentAuthorBefore(int the, int paragraph)
    {
        var noun = _doc.Slice(the + 1);
        for (int j = the - 1; j > 0 && the - j < MaxDocumentReachTokens && paragraph - _doc.ParagraphOf(j) <= MaxParagraphsBack; j--)
        {
            if (!_doc[j].IsWord || !_doc.Slice(j).Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int before = _doc.IsWord(j - 1, "new") || _doc.Slice(j - 1).EndsWith("ly", StringComparison.Ordinal) ? j - 2 : j - 1;
            // A name right before the noun is its author only when it is an organisation's ("the Oxfam report", not
            // "Oxfam's Paying the Price report").
            // The possessive is its own "'s" token or the name's last word ("Bankers'").
            int author = before >= 0 && _doc[before].Has(TokenFlags.Possessive) ? NameEndingAt(_doc.Slice(before).Length <= 2 ? before - 1 : before)
                : NameEndingAt(before) is int named and >= 0 && _registry[named].Kind is MentionKind.Org or MentionKind.Group ? named : -1;
            if (author < 0 && AuthorStart(j) is int by and >= 0)
            {
                author = AuthorFrom(by, by);
            }

            if (author < 0 && before > 1 && (_doc.IsWord(before, "a") || _doc.IsWord(before, "its")) && _doc.IsWord(before - 1, "in"))
            {
                author = SentenceSubjectName(before - 1);
            }

            return author; // the nearest document of that noun decides
        }

        return -1;
    }

    /// <summary>The entity of a name mention that starts at token <paramref name="first"/> and ends by <paramref name="last"/>, or -1.</summary>
    private int NameOpening(int first, int last)
    {
        for (int k = NameIndexAt(first) is int i and >= 0 ? i : _names.Count; k < _names.Count && _names[k].First == first; k++)
        {
            if (_names[k].Last <= last && _names[k].Entity >= 0)
            {
                return _names[k].Entity;
            }
        }

        return -1;
    }

    /// <summary>The entity of a name mention that ends at token <paramref name="last"/>, not a place; -1 if none.</summary>
    private int NameEndingAt(int last)
    {
        if (last < 0)
        {
            return -1;
        }

        for (int k = SortedSearch.LowerBound<Mention, ByFirstToken>(_names, last + 1) - 1; k >= 0 && _names[k].First >= last - NameFinder.MaxRunTokens; k--)
        {
            if (_names[k].Last == last && _names[k].Entity >= 0 && !IsPlace(_registry[_names[k].Entity]))
            {
                return _names[k].Entity;
            }
        }

        return -1;
    }

    /// <summary>The entity of a name that opens the sentence of token <paramref name="k"/> ("Oxfam says in a report"), before <paramref name="k"/>; -1 if none.</summary>
    private int SentenceSubjectName(int k)
    {
        int sentence = _doc[k].Sentence;
        int i = SortedSearch.LowerBound<Mention, ByFirstToken>(_names, k) - 1;
        int found = -1;
        for (; i >= 0 && _doc[_names[i].First].Sentence == sentence; i--)
        {
            found = i;
        }

        return found >= 0 && IsSubject(_names[found]) && _names[found].Entity >= 0 ? _names[found].Entity : -1;
    }

    /// <summary>Whether the words after a title qualify it ("the minister for civil aviation Praful Patel"): then it names someone else.</summary>
    private bool QualifiedAfter(int head) => _doc.IsWord(head + 1, "for") || _doc.IsWord(head + 1, "of") || head + 1 < _doc.Count && _doc[head + 1].IsCapitalizedWord;

    /// <summary>
    /// Whether tokens <paramref name="first"/>..<paramref name="last"/> are all capitalised words inside the sentence that
    /// may name a place ("Waterford"): no acronym or word of the lists ("the BBC man", "the Labour man").
    /// </summary>
    private bool IsCapitalRun(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (!_doc[k].IsCapitalizedWord || _doc[k].Has(TokenFlags.SentenceStart) || _doc[k].Has(TokenFlags.AllCaps) || _doc[k].Info is not (null or { Country: >= 0 }))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether an age stands right after the article of a description ("the 41-year-old chart-topper").</summary>
    private bool IsAged(in Mention m) => m.Head > m.First + 1 && _doc.Slice(m.First + 1).EndsWith("-year-old", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> hold no capitalised word but a country's ("the Scottish first minister").</summary>
    private bool OnlyCountriesWithin(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (_doc[k].Has(TokenFlags.Capitalized) && _doc[k].Info is not { Country: >= 0 } || _doc[k].Info is { IsPeerage: true } || _doc.IsWord(k, "deputy") || _doc.IsWord(k, "vice"))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>
    /// A name that opens its sentence, after its role at most ("Spain's minister of sport Jaime Lissavetzky was …"), or
    /// follows only an introductory phrase ending in a comma.
    /// </summary>
    private bool IsSubject(in Mention m)
    {
        int k = m.First - 1;
        if (k < 0 || _doc[m.First].Has(TokenFlags.SentenceStart))
        {
            return true;
        }

        // "But Daniela Hantuchova won …", "Earlier Mr Kennedy criticised …": a conjunction or adverb may open the sentence;
        // so may an article ("The Ministry of Defence opened …").
        if (_doc[k].Has(TokenFlags.SentenceStart) && (IsOpeningWord(k) || _doc.IsWord(k, "the") && !ModifiesNounAfter(m)))
        {
            return true;
        }

        return (_doc.IsChar(k, ',') && _doc[k].Sentence == _doc[m.First].Sentence) || OnlyRoleBefore(m.First);
    }

    /// <summary>Whether a lower-case noun follows the name, which then modifies it ("The UK economy", "The US firm").</summary>
    private bool ModifiesNounAfter(in Mention m)
    {
        int after = m.Last + 1;
        return after < _doc.Count && (_doc.IsPlainNoun(after)
            || _doc[after].IsWord && !_doc[after].Has(TokenFlags.Capitalized) && _doc[after].Info is { GroupKind: not MentionKind.None } or { IsTitle: true });
    }

    /// <summary>
    /// Whether the words from the sentence start to <paramref name="first"/> are the name's role: a title or a company's
    /// noun right before the name or opening its mention (or "of" and its noun after one), with names, possessives,
    /// titles and the nouns that qualify them before it ("Wada chairman Dick Pound", "Spain's minister of sport Jaime
    /// Lissavetzky", "But team chief Max Jones", "German investment bank Deutsche Bank", "The Guardian critic Peter
    /// Marsh"); not "The UK's biggest lender" nor "Only the Liberal Democrats".
    /// </summary>
    private bool OnlyRoleBefore(int first)
    {
        int before = first - 1;
        // The mention may open with its role, perhaps after the role's country ("Screen International's US editor Mike
        // Goodridge"); a name owned by another is no subject otherwise ("Microsoft's Windows operating system").
        // A ranking is a role: "British number one Tim Henman".
        if (!IsRoleHead(before) && !IsRanking(before) && _doc[first].Info is not { IsTitle: true } && !(before > 1 && _doc[before].Info is null && _doc.Slice(before - 1) is "of" or "for" && _doc[before - 2].Info is { IsTitle: true })
            && !(_doc[first].Info is { Country: >= 0 } && first + 1 < _doc.Count && _doc[first + 1].Info is { IsTitle: true }))
        {
            return false;
        }

        for (int k = before; k >= 0 && first - k <= MaxRoleTokens; k--)
        {
            ref readonly var t = ref _doc[k];
            var w = _doc.Slice(k);
            bool role = IsRanking(k) || _doc.IsWord(k, "number") && IsRanking(k + 1)
                || t.Kind == TokenKind.Word && ((t.Has(TokenFlags.Capitalized) && t.Info is not { Function: not FunctionWord.None }) || t.Has(TokenFlags.Possessive) || IsRoleHead(k)
                || w is "of" or "the" or "The" or "for" || (t.Info is null && k > 0 && _doc.Slice(k - 1) is "of" or "for")
                || _doc.IsPlainNoun(k));
            if (t.Has(TokenFlags.SentenceStart))
            {
                // A conjunction may open the sentence: "But team chief Max Jones believes …"; not an adverb, or
                // "Earlier the Archbishop of Canterbury wrote" would make the place in a title its subject.
                return role || w is "But" or "And" or "Yet" or "So";
            }

            if (!role)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is the numeral of a ranking ("number one", "number 2").</summary>
    private bool IsRanking(int k) =>
        k > 0 && _doc.IsWord(k - 1, "number") && (_doc[k].Kind == TokenKind.Number || _doc.Slice(k) is "one" or "two" or "three" or "four" or "five");

    /// <summary>A conjunction or adverb that may open a sentence before its subject ("But", "Earlier", "Separately").</summary>
    private bool IsOpeningWord(int k) =>
        _doc[k].IsWord && (_doc.Slice(k) is "But" or "And" or "Yet" or "So" or "Earlier" or "Later" or "Meanwhile" or "Now" or "Then" or "Instead" or "Still"
            || (_doc[k].Info is null && _doc.Slice(k).EndsWith("ly", StringComparison.Ordinal)));

    /// <summary>A title or an organisation's noun that may stand right before a name as its role ("chief", "bank", "firm").</summary>
    private bool IsRoleHead(int k) => k >= 0 && _doc[k].IsWord && _doc[k].Info is { IsTitle: true } or { GroupKind: MentionKind.Org, IsDocument: false };

    /// <summary>
    /// The entity of the nearest name before <paramref name="token"/> (outside quotation marks) that the filter
    /// accepts; with <paramref name="subjectsOnly"/>, only sentence subjects after token <paramref name="after"/> count,
    /// otherwise any name from token <paramref name="after"/> on.
    /// </summary>
    private int NearestName(int token, int paragraph, in Filter filter, int after, bool subjectsOnly)
    {
        int lo = SortedSearch.LowerBound<Mention, ByFirstToken>(_names, token);
        var quotes = _quotes.ReadBackward(token); // names are read backwards: one pass over the quotations
        for (int k = lo - 1, seen = 0; k >= 0 && seen < MaxNamesBack; k--, seen++)
        {
            var m = _names[k];
            if (paragraph - _doc.ParagraphOf(m.First) > MaxParagraphsBack || (subjectsOnly ? m.First <= after : m.First < after))
            {
                break;
            }

            if (m.Entity < 0 || quotes.InsideAny(m.First) || (m.First >= _contentFirst && m.First <= _contentLast) || (subjectsOnly && !IsSubject(m)) || (filter.Organisation && IsPlaceOrListener(m))
                || IsNounModifier(m))
            {
                continue;
            }

            // "Tony Blair and Gordon Brown said … They added": two names joined by "and" as a subject are what "they"
            // stands for (not "… in the USA, Norway and Switzerland").
            if (Accept(_registry[m.Entity], filter) || (filter.Plural && IsJoined(k) && IsSubject(_names[k > 0 && _names[k - 1].Last == m.First - 2 ? k - 1 : k])))
            {
                return m.Entity;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a name of unknown kind modifies a plain noun after it inside a noun phrase ("the new Wembley stadium"), where
    /// it names what the phrase is about, not what a pronoun later stands for ("a Lufthansa spokesman" still names the
    /// company).
    /// </summary>
    private bool IsNounModifier(in Mention m)
    {
        // "UK mobile owners", "UK advertising giant WPP", "US officials": a country before a noun names where the phrase
        // is, not who speaks ("Russia rejected the offer", "Russia rejects the offer": a verb follows).
        if (IsPlace(_registry[m.Entity]))
        {
            int next = m.Last + 1;
            if (next + 1 >= _doc.Count || !_doc[next].IsWord || _doc[next].Has(TokenFlags.Capitalized))
            {
                return false;
            }

            bool sForm = _doc.Slice(next).EndsWith("s", StringComparison.Ordinal) && (_doc.IsDeterminer(next + 1) || _doc[next + 1].Info is { IsPronoun: true });
            return !sForm && (_doc.IsPlainNoun(next) || _doc[next].Info is { GroupKind: not MentionKind.None } or { IsTitle: true }
                || _doc.Slice(next).EndsWith("ing", StringComparison.Ordinal) && (_doc.IsPlainNoun(next + 1) || _doc[next + 1].Info is { IsTitle: true } or { GroupKind: not MentionKind.None }));
        }

        if (_registry[m.Entity].Kind != MentionKind.None)
        {
            return false; // a known company may name its product and still speak: "Orders for the Nordvale Corp phone rose, the company said"
        }

        int before = _doc.IsDeterminer(m.First - 1) ? m.First - 1 : m.First - 2;
        int after = m.Last + 1;
        return before >= 0 && _doc.IsDeterminer(before) && (before == m.First - 1 || _doc.IsPlainNoun(m.First - 1) || _doc[m.First - 1].Info is { Function: FunctionWord.None, Cue: Cues.CueClass.None })
            && after < _doc.Count && _doc.IsPlainNoun(after) && !_doc.Slice(after).EndsWith("s", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a name stands where a place, a listener or a source does ("in Europe", "an analyst at Petercam", "told the
    /// BBC", "reported by the Financial Times", "according to Bloomberg"): what "the firm" refers to is a company the text
    /// has named, not these.
    /// </summary>
    private bool IsPlaceOrListener(in Mention m)
    {
        int k = m.First - 1;
        if (k > 0 && _doc.IsWord(k, "the"))
        {
            k--;
        }

        // A known organisation after "in" is one ("a stake in IBM"); an unknown name there is most often a place. A
        // passive's agent or a source ("reported by the Financial Times", "according to Bloomberg") reports on the company.
        return k >= 0 && _doc[k].Info is { } info
            && ((info.CueFlags & Cues.CueFlags.ListenerAfter) != 0 || ((info.Function & FunctionWord.Place) != 0 && _registry[m.Entity].Kind != MentionKind.Org)
                || _doc.IsWord(k, "by") || _doc.IsWord(k, "to") && k > 0 && _doc.IsWord(k - 1, "according"));
    }

    /// <summary>What an antecedent must be: a person of a gender, a group, or a titled person of a country.</summary>
    private struct Filter
    {
        public bool Person;
        public char Gender;
        public bool Plural;
        public bool Description;
        public int Country;
        public WordInfo? Title;
        public bool Leader;
        public bool Role;
        public bool Organisation;

        /// <summary>
        /// Only a name proved to be a person's (a first name, a title) who holds no office ("the youngster" is no coach):
        /// not a guess from its shape, nor a bare surname of unknown kind that has spoken.
        /// </summary>
        public bool ProvenPerson;

        /// <summary>Only a subject since the last quote or that quote's speaker, not any name further back.</summary>
        public bool Recent;
    }
}
