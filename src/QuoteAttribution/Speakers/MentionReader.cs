using QuoteAttribution.Cues;
using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>
/// Reads the speaker mention next to a cue: a name (found earlier by <see cref="NameFinder"/>), a pronoun, or a
/// description (<c>the Ukrainian leader</c>, <c>a defense lawyer</c>, <c>officials</c>, <c>Russia’s defence ministry</c>).
/// </summary>
internal sealed class MentionReader
{
    private const int MaxRelativeHop = 6;
    private const int MaxDescriptionTokens = 7;
    private const int MaxNameTokens = 12;
    private const int MaxSubjectPhraseTokens = 9;
    private const int MaxComplementTokens = 5;
    private const int MaxDocumentComplementTokens = 8;

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
            return RoleWithComplement(end, m);
        }

        // "a spokesman for Mr. Trump", "attorneys for the family", "advisers to Mr. Obama": the speaker is the role or
        // the group before the preposition, unnamed; the name after it is whom they speak for.
        if (m.Type != MentionType.Pronoun && RoleWithComplement(end, m) is { IsNone: false } role)
        {
            return role;
        }

        // Joint speakers: "Trump and Rubio warned".
        if (m.Type == MentionType.Name && doc.IsWord(m.First - 1, "and"))
        {
            var other = ReadBackwardSingle(m.First - 2);
            // "former Spurs and England defender Gary Stevens": a club or company before a country and a role holds that
            // role too; it is no second speaker.
            bool sharedRole = other.Kind != MentionKind.Person && doc[m.First].Info is { Country: >= 0 } && m.First < m.Last
                && doc[m.First + 1].IsWord && !doc[m.First + 1].Has(TokenFlags.Capitalized) && doc[m.First + 1].Info is { IsTitle: true };
            if (!other.IsNone && other.Type == MentionType.Name && other.Entity >= 0 && other.Entity != m.Entity && !sharedRole)
            {
                other.Entity2 = m.Entity;
                other.Last = m.Last;
                other.Plural = true;
                return other;
            }
        }

        return m;
    }

    /// <summary>
    /// Reads "role or group + for/to/of/at/with + short phrase" ending at <paramref name="end"/>, when the phrase is not
    /// longer than the mention <paramref name="m"/> read there (or none was): a description headed by the role.
    /// </summary>
    private Mention RoleWithComplement(int end, in Mention m)
    {
        var doc = _doc;
        int from = m.IsNone ? end : m.First - 1;
        for (int j = from; j >= 2 && j > end - MaxDocumentComplementTokens; j--)
        {
            // A name is the complement only right after its preposition ("a spokesman for (the) X"); in "Director of
            // rugby Warren Gatland" the name is the speaker and the role its title.
            if (!doc[j].IsWord || doc[j].Has(TokenFlags.SentenceStart) || !m.IsNone && m.Type == MentionType.Name && j < from && !(j == from - 1 && doc.IsWord(from, "the")))
            {
                return Mention.None;
            }

            // "a report by the government's finance watchdog", "a study from Oxford University": a document and its author,
            // who may take more words.
            bool author = doc.Slice(j) is "by" or "from" && doc[j - 1].IsWord && doc[j - 1].Info is { IsDocument: true };
            if (!author && j <= end - MaxComplementTokens)
            {
                return Mention.None;
            }

            if (doc.Slice(j) is "for" or "to" or "of" or "at" or "with" || author)
            {
                if (j == end)
                {
                    return Mention.None; // the phrase needs a complement
                }

                // "sources close to the family", "those close to him": the group, unnamed.
                if (doc.IsWord(j, "to") && doc.IsWord(j - 1, "close") && j >= 2 && doc[j - 2].IsWord
                    && (doc[j - 2].Info is { GroupKind: MentionKind.Group or MentionKind.People } || doc.Slice(j - 2) is "those" or "Those"))
                {
                    var group = Description(j - 2, j - 2, -1);
                    group.Kind = MentionKind.People;
                    group.Plural = true;
                    if (ReadBackwardSingle(j - 2) is { IsNone: false, Type: MentionType.Description } d)
                    {
                        group.First = d.First;
                    }

                    group.Last = end;
                    return group;
                }

                ref readonly var h = ref doc[j - 1];
                if (!h.IsWord || (h.Has(TokenFlags.Capitalized) && !h.Has(TokenFlags.SentenceStart)) || h.Info is not ({ IsTitle: true } or { GroupKind: not MentionKind.None }))
                {
                    return Mention.None;
                }

                var role = ReadBackwardSingle(j - 1);
                if (role.IsNone || role.Type != MentionType.Description)
                {
                    return Mention.None;
                }

                role.Last = end;
                return role;
            }

            if (m.IsNone && (IsStopWord(doc, j) || j < end && doc[j].Info is { IsPronoun: true, IsPossessivePronoun: false } || CueWords.IsCueVerb(doc, j)))
            {
                return Mention.None;
            }
        }

        return Mention.None;
    }

    /// <summary>
    /// Reads any noun phrase that ends at <paramref name="end"/> and opens its clause, as the subject of a speech verb
    /// whose head the word lists do not know: "Several cast members said", "Political observers in Virginia say",
    /// "63 percent said". The mention stays unnamed; it tells the reader who spoke without guessing a name.
    /// </summary>
    public Mention ReadSubjectPhrase(int end)
    {
        var doc = _doc;
        if (end < 0 || end >= doc.Count || doc[end].Kind is not (TokenKind.Word or TokenKind.Number) || !IsPhraseWord(doc, end) || doc[end].Info is { IsPronoun: true })
        {
            return Mention.None;
        }

        int sentence = doc[end].Sentence;
        int lastAnd = -1;
        for (int j = end; j >= 0 && j > end - MaxSubjectPhraseTokens; j--)
        {
            ref readonly var t = ref doc[j];
            bool boundary = t.Sentence != sentence || t.Kind is TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Dash;
            if (!boundary && t.Kind == TokenKind.Word && !IsPhraseWord(doc, j))
            {
                // A clause word: the phrase starts after it ("…, because experts say"), or after the last "and"
                // when a verb stands before it ("Clinton won and many Democrats say").
                boundary = true;
                if (doc[j].Info is not { OpensClause: true } && lastAnd < 0)
                {
                    return Mention.None;
                }
            }

            if (boundary)
            {
                int first = lastAnd >= 0 && doc[j].Info is not { OpensClause: true } && t.Kind == TokenKind.Word ? lastAnd + 1 : j + 1;
                return first <= end ? SubjectPhrase(first, end) : Mention.None;
            }

            if (doc.IsWord(j, "and"))
            {
                lastAnd = j;
            }

            if (t.Has(TokenFlags.SentenceStart))
            {
                return SubjectPhrase(j, end);
            }
        }

        return Mention.None;
    }

    /// <summary>
    /// Reads "who" as the subject of a verb ("Trump, who says he is honored"; "an architect who said"): the mention is
    /// the relative pronoun as written, and it refers to the name before it, or to nobody named.
    /// </summary>
    public Mention ReadRelative(int who)
    {
        var doc = _doc;
        int end = doc.IsChar(who - 1, ',') ? who - 2 : who - 1;
        var antecedent = end >= 0 ? ReadBackward(end) : Mention.None;

        // "a survey from the British Bankers' Association, which said": the name next to the relative, not its document.
        if (antecedent is { IsNone: false, Type: MentionType.Description, Head: >= 0 } && antecedent.Last > antecedent.Head && doc[antecedent.Head].Info is { IsDocument: true }
            && ReadBackwardSingle(end) is { IsNone: false, Type: MentionType.Name } author)
        {
            antecedent = author;
        }

        // "said Nicky Driscoll, 24, from Manchester, who said …": "who" is the person, past the place and the age.
        if (!antecedent.IsNone && antecedent.Kind != MentionKind.Person && doc.IsWord(who, "who"))
        {
            int k = antecedent.First - 1;
            while (k > 0 && k >= antecedent.First - MaxRelativeHop && (doc.IsChar(k, ',') || doc[k].Kind == TokenKind.Number || doc[k].Info is { IsPreposition: true } || doc.IsWord(k, "the")))
            {
                k--;
            }

            if (k < antecedent.First - 1 && ReadBackward(k) is { IsNone: false, Type: MentionType.Name, Kind: MentionKind.Person } person)
            {
                antecedent = person;
            }
        }

        var m = Description(who, who, antecedent.Country);
        if (!antecedent.IsNone && antecedent.Type == MentionType.Name)
        {
            m.Type = MentionType.Pronoun;
            m.Kind = antecedent.Kind;
            m.Entity = antecedent.Entity;
            m.Entity2 = antecedent.Entity2;
            m.Gender = antecedent.Gender;
            m.Plural = antecedent.Plural;
        }

        return m;
    }

    /// <summary>
    /// Reads "many of whom", "some of whom" as the subject of a verb: an unnamed part of the group named before it. The
    /// mention is the phrase as written; it names nobody.
    /// </summary>
    public Mention ReadPartitive(int whom)
    {
        var doc = _doc;
        int q = whom - 2;
        if (q < 0 || !doc[q].IsWord || !(doc[q].Info is { IsQuantifier: true } || IsDeterminer(doc, q) || doc.Slice(q) is "most" or "all" or "none" or "each" or "both" or "few"))
        {
            return Mention.None;
        }

        var m = Description(q, whom, -1);
        m.Kind = MentionKind.People;
        m.Plural = true;
        return m;
    }

    /// <summary>A phrase found by <see cref="ReadSubjectPhrase"/>, unless it starts or ends with a function word.</summary>
    private Mention SubjectPhrase(int first, int head)
    {
        var doc = _doc;
        while (first < head && doc.IsWord(first, "and"))
        {
            first++;
        }

        if (doc[first].Kind == TokenKind.Word && doc[first].Info is { IsPreposition: true } || doc[head].Info is { IsPreposition: true } or { Function: not FunctionWord.None and not FunctionWord.Time and not FunctionWord.Quantifier })
        {
            return Mention.None;
        }

        // "chairman and chief executive Richard Parsons": roles joined before a person's name are the person's; not a
        // phrase whose preposition makes the name its object ("lawyers acting for Martha Stewart").
        if (NameEndingAt(head) is int named and >= 0 && _names[named].Kind == MentionKind.Person && _names[named].First > first && !HasPreposition(doc, first, _names[named].First - 1))
        {
            var person = _names[named];
            person.First = first;
            return person;
        }

        return Description(first, head, -1);
    }

    /// <summary>Whether a word can stand inside a subject noun phrase: not a verb, an auxiliary or a clause word.</summary>
    private static bool IsPhraseWord(Document doc, int j)
    {
        ref readonly var t = ref doc[j];
        if (t.Kind == TokenKind.Number)
        {
            return true;
        }

        var info = t.Info;
        if (info is { OpensClause: true } or { IsAuxiliary: true } or { IsFiniteVerb: true } or { StartsCuePhrase: true } || info is { Cue: not CueClass.None, GroupKind: MentionKind.None, IsTitle: false }
            || info is { IsPronoun: true } && !info.IsPossessivePronoun)
        {
            return false;
        }

        if (t.Has(TokenFlags.Capitalized) || info is not null)
        {
            return true;
        }

        // "-ly" is an adverb; "-ed" is a verb ("Clinton visited Ohio and …") unless it opens the phrase as an
        // adjective ("elected officials", "the unnamed sources").
        var w = doc.Slice(j);
        if (w.Length > 3 && w.EndsWith("ly", StringComparison.Ordinal))
        {
            return false;
        }

        return !(w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal))
            || j == 0 || doc[j - 1].Kind != TokenKind.Word || doc[j].Has(TokenFlags.SentenceStart) || doc[j - 1].Info is { Function: not FunctionWord.None };
    }

    /// <summary>Reads a mention that starts at <paramref name="start"/> (a speaker after an inverted verb or "according to").</summary>
    public Mention ReadForward(int start)
    {
        var doc = _doc;
        if (start < 0 || start >= doc.Count || doc[start].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return Mention.None;
        }

        int idx = NameStartingAt(start);
        if (idx >= 0)
        {
            var m = _names[idx];

            // "said Venn's lawyer Peter Holt", "said Smith and Jones executive producer Jane Orme": the name modifies the
            // role of the person who speaks.
            if (PersonAfterModifier(m.Last + 1) is int modified and >= 0)
            {
                var spoken = _names[modified];
                spoken.First = start;
                return spoken;
            }

            // "White House press secretary Josh Earnest", "Tulsa police Chief Chuck Jordan": an institution, its role
            // words, then the person who speaks.
            int bridge = m.Last + 1;
            while (bridge < doc.Count && bridge <= m.Last + 3 && Continues(doc, bridge) && IsRoleWord(doc, bridge))
            {
                bridge++;
            }

            int person = -1;
            if (bridge < doc.Count && Continues(doc, bridge)
                && ((bridge > m.Last + 1 && ((person = NameWithHeadAt(bridge)) >= 0 || IsTitleRunAt(bridge, out person))) || (bridge == m.Last + 1 && IsTitleRunAt(m.Last + 1, out person))))
            {
                var spoken = _names[person];
                spoken.First = start;
                m = spoken;
            }
            else if (m.Last + 1 < doc.Count && Continues(doc, m.Last + 1) && doc[m.Last + 1].IsWord && !doc[m.Last + 1].Has(TokenFlags.Capitalized)
                && doc[m.Last + 1].Info is { GroupKind: MentionKind.Group })
            {
                // "said Duke coaches", "told Tulsa police": the institution's group, as "Tulsa police said" reads backward.
                return Description(start, m.Last + 1, doc[m.Last].Info?.Country ?? -1);
            }

            if (m.Last + 2 < doc.Count && Continues(doc, m.Last + 1) && Continues(doc, m.Last + 2) && doc.IsWord(m.Last + 1, "and") && NameStartingAt(m.Last + 2) is int j and >= 0 && _names[j].Entity != m.Entity)
            {
                m.Entity2 = _names[j].Entity;
                m.Last = _names[j].Last;
                m.Plural = true;
            }

            return m;
        }

        // "said one of those advisers", "One of his aides said", "some of the officials": a part of a group speaks, unnamed.
        if (start + 3 < doc.Count && doc.IsWord(start + 1, "of") && doc[start].IsWord && (doc.Slice(start) is "one" or "One" || doc[start].Info is { IsQuantifier: true })
            && (ReadForward(start + 2) is { IsNone: false, Type: MentionType.Description } described ? described
                : doc.IsDeterminer(start + 2) ? ReadForward(start + 3) : Mention.None) is { IsNone: false, Type: MentionType.Description } group)
        {
            group.First = start;
            return group;
        }

        if (doc[start].Info is { IsPronoun: true } p)
        {
            return Pronoun(start, p);
        }

        // "said the Kremlin", "said the UK National Tremor Foundation": the article and a name that ends the phrase is
        // the name, as "The Kremlin said" reads backward; before a noun ("the Kremlin spokesman", "the BBC World Service
        // programme") or a possessive it is a description.
        // A nationality noun is a description ("said the Frenchman" stands for a person named before).
        // So is a name that ends in a title ("the Salford MP" is a description of the MP).
        if (doc.IsWord(start, "the") && !doc[start].Has(TokenFlags.Capitalized) && NameStartingAt(start + 1) is int article and >= 0 && _names[article].Last + 1 < doc.Count
            && !(_names[article].First == _names[article].Last && doc[_names[article].First].Info is { IsPersonDemonym: true } or { IsDemonym: true })
            && doc[_names[article].Last].Info is not { IsTitle: true })
        {
            ref readonly var after = ref doc[_names[article].Last + 1];
            if (!(after.IsWord && !after.Has(TokenFlags.Capitalized) && after.Info is not ({ Function: not FunctionWord.None } or { IsPronoun: true } or { Cue: not CueClass.None }))
                && !after.Has(TokenFlags.Possessive))
            {
                var named = _names[article];
                named.First = start;
                return named;
            }
        }

        // "news agency Reuters", "county engineer Tim Baker": a role in lower case before a name.
        int roleStart = IsDeterminer(doc, start) && doc.Slice(start) is "the" or "The" ? start + 1 : start;
        // A number or a nationality may lead the role: "said 9/11 widow Terry Strada", "said 36-year-old nurse Ana Ruiz",
        // "said Swedish trades union official Ulf Carlsson".
        bool nationality = roleStart < doc.Count && doc[roleStart].IsCapitalizedWord && doc[roleStart].Info is { IsDemonym: true };
        int roleEnd = roleStart + (nationality ? 4 : 3);
        for (int r = roleStart; r < roleEnd && r + 1 < doc.Count && Continues(doc, r + 1)
            && (doc[r].Kind == TokenKind.Number && r == roleStart || nationality && r == roleStart
                || doc[r].IsWord && !doc[r].Has(TokenFlags.Capitalized) && !IsStopWord(doc, r) && doc[r].Info is not { IsPronoun: true } and not { IsNonName: true }); r++)
        {
            // An organisation only after a word for one: "news agency Reuters", "rights group Amnesty International".
            // "said former Nevada Gov. Jim Harlow": a titled person's whole run may follow the role.
            if ((NameWithHeadAt(r + 1) is int named and >= 0 || IsTitleRunAt(r + 1, out named)
                    || NameStartingAt(r + 1) is >= 0 and var run && _names[run].Kind == MentionKind.Person && _names[run].Head > r + 1 && (named = run) >= 0)
                && (_names[named].Kind != MentionKind.Org || doc[r].Info is { IsOrgWord: true } or { GroupKind: MentionKind.Org or MentionKind.Group }))
            {
                // "former Olympian and BBC pundit Sam Tully": the person after the coordinated roles.
                var m = _names[PersonAfterModifier(_names[named].Last + 1) is int later and >= 0 ? later : named];
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
        else if (!(doc[k].Info is { GroupKind: not MentionKind.None }
            && (!doc[k].Has(TokenFlags.Capitalized) || (doc[k].Has(TokenFlags.SentenceStart) && !RolesBeforeName(doc, k + 1)) || IsAcronymPlural(doc.Slice(k))))
            && !IsTitleNamingGroup(doc, k)
            && !((doc[k].Info is { IsDemonym: true } || doc.IsPlainNoun(k)) && k + 1 < doc.Count && doc[k + 1].IsWord && !doc[k + 1].Has(TokenFlags.Capitalized)
                && doc[k + 1].Info is { GroupKind: not MentionKind.None }))
        {
            // A group word in lower case, capitalised only by its place ("Police arrested …"; not the role of a name,
            // "Chief executive Geoff Dixon"), an acronym's plural ("told MPs"), or after a nationality or a noun
            // ("according to Belgian authorities", "say industry experts").
            return Mention.None;
        }

        int head = -1, innerName = -1;
        for (int j = k; j < doc.Count && j < start + MaxDescriptionTokens && doc[j].Kind == TokenKind.Word && (j == start || !doc[j].Has(TokenFlags.SentenceStart)); j++)
        {
            // A name inside the phrase is read whole, cue words and all: "the BBC's Politics Show"; so is one its role
            // opens ("his Newcastle boss Rob Andrew").
            if (j > start && (doc[j].IsCapitalizedWord || doc[j].Info is { IsTitle: true }) && NameStartingAt(j) is int inner and >= 0)
            {
                head = j = _names[inner].Last;
                innerName = inner;
                continue;
            }

            var info = doc[j].Info;
            if (info is { Cue: not CueClass.None, GroupKind: MentionKind.None, IsTitle: false } || IsStopWord(doc, j) || info is { OpensClause: true } || j > k && info is { IsFiniteVerb: true }
                || (j > k && info is null && (doc.Slice(j).EndsWith("ed", StringComparison.Ordinal) || OpensObject(doc, j + 1)))
                || (j > k && (CueWords.IsVerbModifier(doc, j) || info is { IsPronoun: true } || IsParticipleAfterGroup(doc, j) || doc.Slice(j) is "the" or "a" or "an")))
            {
                // A verb, its adverb or the next clause's subject ends the noun phrase: "The club | issued …", "The
                // company | cut 400 jobs", "Democrats | also …", "told the BBC | he did not …", "Police | investigating …",
                // "told the website | the party …".
                break;
            }

            if (info is { Country: >= 0 })
            {
                country = info.Country;
            }

            head = j;
        }

        // "an irritated Lena Ortiz", "a defiant Mr. Hale": a person's name that ends the phrase after its adjectives is the
        // person.
        if (innerName >= 0 && head == _names[innerName].Last && _names[innerName].Kind == MentionKind.Person && IsDeterminer(doc, start))
        {
            var person = _names[innerName];
            person.First = start;
            return person;
        }

        return head < 0 ? Mention.None : Description(start, head, country);
    }

    private static bool HasPreposition(Document doc, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (doc[k].Info is { IsPreposition: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word is an acronym's plural, capitals then "s": "MPs", "MEPs".</summary>
    private static bool IsAcronymPlural(ReadOnlySpan<char> w) =>
        w.Length >= 3 && w[^1] == 's' && !w[..^1].ContainsAnyExceptInRange('A', 'Z');

    /// <summary>
    /// Whether a capitalised title word inside the sentence names an institution before its group: "said Duke coaches"
    /// (a title before a name would be "Duke Ellington").
    /// </summary>
    private static bool IsTitleNamingGroup(Document doc, int k) =>
        doc[k].IsCapitalizedWord && !doc[k].Has(TokenFlags.SentenceStart) && doc[k].Info is { IsTitle: true } && k + 1 < doc.Count
        && doc[k + 1].IsWord && !doc[k + 1].Has(TokenFlags.Capitalized) && doc[k + 1].Info is { GroupKind: MentionKind.Group };

    /// <summary>
    /// The person a name before <paramref name="k"/> only modifies: after a possessive or "and" and another name, role
    /// words in lower case, then a person's name ("Venn's lawyer Peter Holt", "Smith and Jones executive producer Jane
    /// Orme", "Olympian and BBC pundit Sam Tully"); the index of that name, or -1.
    /// </summary>
    private int PersonAfterModifier(int k)
    {
        var doc = _doc;
        int j = k;
        if (j < doc.Count && doc[j].Has(TokenFlags.Possessive))
        {
            j++;
        }
        else if (j + 1 < doc.Count && doc.IsWord(j, "and") && Continues(doc, j + 1) && NameStartingAt(j + 1) is int other and >= 0)
        {
            j = _names[other].Last + 1;
        }
        else
        {
            return -1;
        }

        int r = j;
        while (r < doc.Count && r < j + 3 && Continues(doc, r) && IsRoleWord(doc, r))
        {
            r++;
        }

        return r > j && r < doc.Count && Continues(doc, r) && (NameWithHeadAt(r) is int person and >= 0 || IsTitleRunAt(r, out person)) && _names[person].Kind != MentionKind.Org ? person : -1;
    }

    /// <summary>Whether role words in lower case from <paramref name="k"/> on lead to a capitalised name: "(Chief) executive Geoff Dixon".</summary>
    private static bool RolesBeforeName(Document doc, int k)
    {
        int j = k;
        while (j < doc.Count && j < k + 3 && doc[j].IsWord && !doc[j].Has(TokenFlags.Capitalized) && IsRoleWord(doc, j))
        {
            j++;
        }

        return j > k && j < doc.Count && doc[j].IsCapitalizedWord;
    }

    /// <summary>An "-ing" form right after a group noun is a participle, not part of the noun: "Police investigating the murder".</summary>
    private static bool IsParticipleAfterGroup(Document doc, int j) =>
        doc[j].Info is null && doc.Slice(j).EndsWith("ing", StringComparison.Ordinal) && doc[j - 1].Info is { GroupKind: not MentionKind.None };

    /// <summary>
    /// Whether token <paramref name="k"/> opens a verb's object (a number, "a", "an"), so the word before it is the verb.
    /// Not "the": a listener is followed by a clause that may open with it ("told the website the party avoided …").
    /// </summary>
    private static bool OpensObject(Document doc, int k) =>
        k < doc.Count && (doc[k].Kind == TokenKind.Number || doc.Slice(k) is "a" or "an");

    /// <summary>
    /// Whether a mention read forward may go on at token <paramref name="k"/>: not over a blank line ("Commissioner Dana
    /// Walsh\n\nSenator Mark Ellis" are two people) or a sentence end, but over the single line break of hard-wrapped
    /// text ("trade\npublication Screen Daily").
    /// </summary>
    private static bool Continues(Document doc, int k) =>
        !doc[k].Has(TokenFlags.BlankLineBefore) && (!doc[k].Has(TokenFlags.SentenceStart) || doc[k].Has(TokenFlags.ParagraphStart));

    /// <summary>Index in the name list of the longest name mention that starts at <paramref name="token"/>, or -1.</summary>
    public int NameStartingAt(int token)
    {
        int idx = LowerBound(token);
        return idx < _names.Count && _names[idx].First == token ? idx : -1;
    }

    /// <summary>Index of a name mention whose name proper (after any role words) starts at <paramref name="token"/>, or -1.</summary>
    public int NameWithHeadAt(int token)
    {
        for (int k = LowerBound(token - MaxNameTokens); k < _names.Count && _names[k].First <= token; k++)
        {
            if (_names[k].Head == token)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The name mention at <paramref name="index"/> of the name list (from <see cref="NameEndingAt"/> and the like).</summary>
    public Mention NameAt(int index) => _names[index];

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
    private int LowerBound(int token) => SortedSearch.LowerBound<Mention, ByFirstToken>(_names, token);

    /// <summary>A lower-case word that names a role or an institution's part ("press", "secretary", "police").</summary>
    private static bool IsRoleWord(Document doc, int i) =>
        doc[i].IsWord && !doc[i].Has(TokenFlags.Capitalized)
        && doc[i].Info is { IsTitle: true } or { StartsPhrase: true } or { IsOrgWord: true } or { GroupKind: not MentionKind.None };

    /// <summary>Whether a name mention whose run starts with a title ("Chief Chuck Jordan") starts at <paramref name="token"/>.</summary>
    private bool IsTitleRunAt(int token, out int index)
    {
        index = NameStartingAt(token);
        return index >= 0 && _names[index].Head > token && _doc[token].Info is { IsTitle: true };
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
            // "Ambassador Stefan Johannesson of Iceland, warned": the person, with where they come from or work.
            var found = _names[idx];
            if (found.First >= 2 && doc.IsWord(found.First - 1, "of") && NameEndingAt(found.First - 2) is int person and >= 0 && _names[person].Kind == MentionKind.Person)
            {
                var m = _names[person];
                m.Last = found.Last;
                return m;
            }

            return found;
        }

        // Description ending here: walk back to a determiner or a possessive name.
        var info = doc[end].Info;
        bool headOk = info is { GroupKind: not MentionKind.None } || info is { IsTitle: true };
        if (!headOk)
        {
            return Mention.None;
        }

        int country = info?.Country ?? -1;
        int capitals = end; // "…, Duke coaches said": the capitalised words right before the head name its institution
        for (int j = end; j >= 0 && j > end - MaxDescriptionTokens; j--)
        {
            if (doc[j].Kind != TokenKind.Word)
            {
                break;
            }

            if (j < end && capitals == j + 1 && doc[j].IsCapitalizedWord && doc[j].Info is not ({ Function: not FunctionWord.None } or { IsPronoun: true }))
            {
                capitals = j;
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
                // A bare group noun opening the sentence: "Officials said", "Administration officials said"; a
                // conjunction before it is no part of it ("But opponents say").
                if (j < end && doc[j].Info is { Function: not FunctionWord.None })
                {
                    return info is { GroupKind: not MentionKind.None } ? Description(j + 1, end, country) : Mention.None;
                }

                return info is { GroupKind: not MentionKind.None } && (j == end || doc[j].Has(TokenFlags.Capitalized)) ? Description(j, end, country) : Mention.None;
            }
        }

        // A bare plural group noun: "officials said", "prosecutors say", "experts say"; after a comma or a conjunction,
        // with the capitalised words before it ("Meanwhile, Duke coaches said").
        return info is { GroupKind: MentionKind.Group or MentionKind.People } ? Description(info.GroupKind == MentionKind.Group ? capitals : end, end, country) : Mention.None;
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
            or "some" or "Some" or "many" or "Many" or "other" or "Other" or "various" or "Various";

    private static bool IsStopWord(Document doc, int i) =>
        doc[i].Kind != TokenKind.Word || doc.Slice(i) is "who" or "which" or "that" or "in" or "on" or "at" or "to" or "for" or "with" or "by" or "from"
            or "of" or "and" or "or" or "but" or "as" or "was" or "is" or "has" or "had" or "have" or "were" or "are" or "will" or "would" or "said"
        || !doc[i].Has(TokenFlags.Capitalized) && doc[i].Info is { IsAuxiliary: true } or { OpensClause: true } or { IsPreposition: true }; // "said the governor | should resign", "their value | after UK regulators said"
}
