using QuoteAttribution.Text;

namespace QuoteAttribution.Speakers;

/// <summary>
/// Finds the names of a document: runs of capitalised words, with titles, roles and nationalities split off
/// (<c>Kremlin spokesperson Dmitry Peskov</c> → name <c>Dmitry Peskov</c>, title <c>spokesperson</c>, country
/// Russia), and registers each with the <see cref="EntityRegistry"/>. Mentions come out in document order.
/// </summary>
internal static class NameFinder
{
    /// <summary>
    /// The longest run of capitalised words that is read as a name. Longer runs are Title-Case headlines and the like;
    /// the cap also bounds how far a reader of names reaches past a token (see ExtractionPipeline.Lookahead).
    /// </summary>
    internal const int MaxRunTokens = 12;

    /// <summary>The longest paragraph, in tokens, that may be a Title-Case headline.</summary>
    private const int MaxHeadlineTokens = 40;

    /// <summary>The longest appositive, in tokens, read after a lone sentence-initial word as evidence of a name.</summary>
    private const int MaxAppositiveTokens = 12;

    /// <summary>The order of the name list: by first token, the longer mention first (stable among equals).</summary>
    internal static readonly Comparison<Mention> ReadingOrder = static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.Last.CompareTo(a.Last);

    /// <summary>Finds the names that start at <c>doc.Capitals[capitalsFrom..capitalsTo]</c> (all by default), appending them to <paramref name="names"/>.</summary>
    public static void Find(Document doc, EntityRegistry registry, List<Mention> names, int capitalsFrom = 0, int capitalsTo = int.MaxValue)
    {
        int n = doc.Count;
        int i = 0;
        int namesFrom = names.Count;
        int headlineParagraph = -1;
        bool inHeadline = false;
        var capitals = doc.Capitals;
        capitalsTo = Math.Min(capitalsTo, capitals.Count);
        for (int c = capitalsFrom; c < capitalsTo; c++)
        {
            int start = capitals[c];
            // A name starts at a capitalised word; the list holds exactly those, so the other tokens are not read.
            if (start < i || !IsNameWord(doc, start))
            {
                continue;
            }

            i = start;
            int runStart = i;
            int runEnd = i;
            while (runEnd + 1 < n)
            {
                int next = runEnd + 1;
                if (doc[next].Has(TokenFlags.ParagraphStart) || doc[next].Has(TokenFlags.SentenceStart))
                {
                    break;
                }

                if (IsNameWord(doc, next))
                {
                    runEnd = next;
                }
                else if ((doc[next].Has(TokenFlags.Possessive) || doc[next].Kind == TokenKind.QuoteMark && !doc[next].Has(TokenFlags.SpaceBefore) && doc.FirstChar(next) is '\'' or '\u2019')
                    && doc[next].Length == 1 && doc.Slice(runEnd).EndsWith("s", StringComparison.Ordinal)
                    && next + 1 < n && IsNameWord(doc, next + 1) && doc[next + 1].Info is { IsOrgWord: true } or { GroupKind: MentionKind.Org })
                {
                    runEnd = next + 1; // "British Bankers' Association", "National Farmers' Union": a plural possessive inside the name
                }
                else if ((IsConnector(doc, next) || doc.IsChar(next, '&')) && next + 1 < n && IsNameWord(doc, next + 1) && !doc[next + 1].Has(TokenFlags.SentenceStart)
                    && !(doc.IsWord(next, "of") && HasFirstNameAndSurname(doc, runStart, runEnd)))
                {
                    // "Standard & Poor's", "Bank of England"; not "Tom Hale of UK Sport", a person and where they work.
                    runEnd = next + 1;
                }
                else if (doc.IsWord(next, "and") && (runEnd > runStart || runStart > 0 && doc[runStart - 1].IsWord && doc.Slice(runStart - 1) is "the" or "The"
                        && doc[runStart].Info is null or { GroupKind: MentionKind.None, IsTitle: false } && !doc.Slice(runStart).EndsWith("s", StringComparison.Ordinal))
                    && OrganisationRunEnd(doc, next + 1) is int organisation and > 0 && !HasOrgWord(doc, runStart, runEnd) && !HasFirstNameAndSurname(doc, runStart, runEnd + 1))
                {
                    // "World Travel and Tourism Council", "the Finance and Economy Ministry": "and" inside an institution's
                    // name; a single word before it only after the article, where no person's name stands, and not a
                    // group's word or a plural ("the Tories and Liberal Democrat Party" are two).
                    runEnd = organisation;
                }
                else if (doc.IsWord(next, "of") && doc.IsWord(next + 1, "the") && !doc[next + 1].Has(TokenFlags.Capitalized) && next + 2 < n && IsNameWord(doc, next + 2)
                    && !doc[next + 2].Has(TokenFlags.SentenceStart) && HasOrgWord(doc, runStart, runEnd) && doc[runEnd].Info is { IsOrgWord: true })
                {
                    runEnd = next + 2; // "International Federation of the Phonographic Industry": a body's noun, "of the" and its field
                }
                else if (IsPrefixedSurname(doc, next))
                {
                    runEnd = next; // "Ghazi al-Gosaibi", "Mohamed el-Baradei": an Arabic article joined to the surname
                }
                else if (doc[next].IsCapitalizedWord && !doc[next].Has(TokenFlags.SentenceStart) && doc[next].Info is { IsPreposition: true, IsPronoun: false }
                    && next + 1 < n && IsNameWord(doc, next + 1) && !doc[next + 1].Has(TokenFlags.SentenceStart) && !doc[next + 1].Has(TokenFlags.ParagraphStart)
                    && HasOrgWord(doc, runStart, runEnd))
                {
                    runEnd = next + 1; // "League Against Cruel Sports", "Campaign For Real Ale": a capitalised preposition inside a body's name
                }
                else if (doc[runEnd].Info is null && MiddleInitialEnd(doc, next) is int initial and > 0 && initial + 1 < n && IsNameWord(doc, initial + 1)
                    && !doc[initial + 1].Has(TokenFlags.SentenceStart) && !doc[initial + 1].Has(TokenFlags.ParagraphStart))
                {
                    runEnd = initial + 1; // "Charles A Blixt", "George W. Bush": a middle initial stays in the name.
                }
                else if (doc[runEnd].Info is null && doc[next].IsCapitalizedWord && doc.Slice(next) is "May")
                {
                    runEnd = next; // "Theresa May": after a name word the month (and modal) is a surname.
                }
                else
                {
                    break;
                }
            }

            if (runEnd - runStart < MaxRunTokens)
            {
                int paragraph = doc.ParagraphOf(runStart);
                if (paragraph != headlineParagraph)
                {
                    headlineParagraph = paragraph;
                    inHeadline = IsTitleCaseLine(doc, runStart);
                }

                AddRun(doc, registry, names, runStart, runEnd, inHeadline);
            }

            i = runEnd + 1;
        }

        // Readers search by first token; a role can pull a mention's start before an earlier one's.
        RunSort.Sort(names, namesFrom, ReadingOrder);
    }

    /// <summary>
    /// Whether the paragraph of token <paramref name="k"/> is a Title-Case line, a headline ("Gold Star Mom Corners
    /// Obama on Terror"): at most <see cref="MaxHeadlineTokens"/> tokens, four capitalised words or more, and no word in
    /// lower case but short function words. Its capitalised runs mix names with other words, so they name nobody new.
    /// </summary>
    private static bool IsTitleCaseLine(Document doc, int k)
    {
        int start = k;
        while (!doc[start].Has(TokenFlags.ParagraphStart))
        {
            if (--start < 0 || k - start > MaxHeadlineTokens)
            {
                return false;
            }
        }

        if (start > 0 && !doc[start].Has(TokenFlags.BlankLineBefore) && (doc[start - 1].IsWord || doc.IsChar(start - 1, ',')))
        {
            return false; // a hard-wrapped sentence's next line, not a line of its own
        }

        int capitalised = 0;
        for (int j = start; j < doc.Count && (j == start || !doc[j].Has(TokenFlags.ParagraphStart)); j++)
        {
            if (j - start > MaxHeadlineTokens)
            {
                return false;
            }

            if (!doc[j].IsWord)
            {
                continue;
            }

            if (doc[j].Has(TokenFlags.Capitalized))
            {
                capitalised++;
            }
            else if (doc[j].Info is not { Function: var f } || (f & (FunctionWord.Determiner | FunctionWord.Preposition | FunctionWord.Conjunction | FunctionWord.Clause)) == 0)
            {
                return false; // a verb or noun in lower case: a sentence ("Prime Minister Keir Starmer spoke.")
            }
        }

        return capitalised >= 4;
    }

    /// <summary>A title and a name of one or two words that end their line: a signature ("— Prime Minister Keir Starmer"), not a headline.</summary>
    private static bool IsRoleAndNameLine(Document doc, bool titled, int nameFirst, int last) =>
        titled && last - nameFirst <= 1 && (last + 1 >= doc.Count || doc[last + 1].Has(TokenFlags.ParagraphStart));

    private static void AddRun(Document doc, EntityRegistry registry, List<Mention> names, int first, int last, bool inHeadline)
    {
        // Leading function words and nationalities are not part of a name; the last title splits role from name.
        int country = -1;
        char gender = '\0';
        bool titled = false;
        bool personTitle = false; // a title only people hold ("minister"), not one a company holds too ("owner")
        bool orgRole = false; // a company's noun before the name ("bank Absa")
        int nameFirst = first;
        // "Chancellor of the Exchequer Gordon Brown", "Secretary of the Interior Ann Lee": after a title's "of the", the
        // run's first word ends the title when a first name follows it.
        if (first >= 3 && first < last && doc.IsWord(first - 1, "the") && doc.IsWord(first - 2, "of") && doc[first - 3].Info is { IsTitle: true }
            && Lexicon.Shared.FirstNameGender(doc.Slice(first + 1)) != '\0')
        {
            nameFirst = first + 1;
            titled = true;
            personTitle = true;
        }

        for (int k = first; k <= last; k++)
        {
            var info = doc[k].Info;
            if (info is null)
            {
                continue;
            }

            // A title that ends a run after a name is the name's last word: "Charlie King", "John Major".
            bool surname = (k == last && k > nameFirst) || (k == nameFirst && k > first && doc[k - 1].Info is { IsHonorific: true } && !info.IsAddress);
            int phrase = surname ? 0 : TitlePhraseAt(doc, k, last);
            if (!surname && (info.IsTitle || phrase > 0))
            {
                titled = true;
                personTitle |= phrase > 0 || !info.IsOrganisationRole;
                nameFirst = k + Math.Max(1, phrase);

                // "Secretary of State Marco Rubio", "Minister of Defence Ann Smith": the "of" phrase belongs to the title.
                if (doc.IsWord(nameFirst, "of") && nameFirst + 2 <= last)
                {
                    nameFirst += 2;
                    k = nameFirst - 1;
                }

                if (info.Gender is 'm' or 'f')
                {
                    gender = info.Gender;
                }
            }
            // A country or nationality before a title is the person's ("Russian President Vladimir Putin", "Dutchman
            // Arnoud Okken"); before other words it is part of the name ("UK Coal", "US Airways", "Washington Post"); after
            // an honorific it is the surname ("Mr French"). Alone, a nationality noun names nobody ("The 55-year-old
            // Frenchman told").
            else if (info.Country >= 0 && k == nameFirst && (k < last || info.IsDemonym || info.IsPersonDemonym) && (k == last ? info.IsDemonym || info.IsPersonDemonym : (info.IsPersonDemonym && !info.IsDemonym) || HasTitle(doc, k + 1, last))
                && !(k == last && k > first && doc[k - 1].Info is { IsHonorific: true }))
            {
                country = info.Country;
                nameFirst = k + 1;
            }
            else if (info.IsNonName && k == nameFirst)
            {
                nameFirst = k + 1;
            }
            else if (k == first && k < last && info.RefersToOrganisation && !info.IsOrgWord && !info.IsDocument && doc[k].Has(TokenFlags.SentenceStart))
            {
                // "Retailer Castlegate Holdings", "Brewer Vanmeer": a company's noun opening the sentence is its role.
                nameFirst = k + 1;
                orgRole = true;
            }
        }

        // "London-based", "Fly-half", "Oscar-winner": a capitalised word joined to a lower-case one opens the run as an
        // adjective or role, never as the name ("Coca-Cola" keeps its capital; "Chung Mong-koo" is no opening word).
        while (nameFirst <= last && IsHyphenatedModifier(doc, nameFirst) && doc[nameFirst].Info is null)
        {
            nameFirst++;
        }

        // "Troubled Marsh under SEC scrutiny", "Embattled Sainsbury said": a word the lists lack, capitalised only because
        // it opens the sentence, is no part of the name when the text writes it in lower case too ("troubled insurance
        // broker Marsh"), never writes the run again ("Royal Mail" may come back, and "royal" stand elsewhere) and writes
        // the rest alone ("Marsh has said"; "Royal Bank of Scotland" is no "Bank of Scotland"). A first name never is, nor
        // a word before a lone place ("Universities Scotland") or a connector ("Creditors of …"). The budget of searches
        // is asked first, so that it cannot run out between them and turn the answer around.
        if (nameFirst == first && first < last && !titled && !(last == first + 1 && doc[last].Info is { Country: >= 0 }) && doc[first + 1].IsCapitalizedWord && doc[first].Info is null && (doc[first].Has(TokenFlags.SentenceStart) || doc[first].Has(TokenFlags.ParagraphStart))
            && !doc[first].Has(TokenFlags.AllCaps) && Lexicon.Shared.FirstNameGender(doc.Slice(first)) == '\0' && doc.CanSearch(3)
            && doc.OccursInLowerCase(first) && !doc.OccursElsewhere(first, last) && doc.OccursElsewhere(first + 1, last))
        {
            first++;
            nameFirst = first;
        }

        // Lower-case roles right before the run ("spokesperson", "defence minister") belong to it.
        int mentionFirst = first;
        int p = first - 1;
        while (p >= 0 && p >= first - 3 && !doc[p + 1].Has(TokenFlags.BlankLineBefore) && doc[p].IsWord && !doc[p].Has(TokenFlags.Capitalized) && doc[p].Info is { IsTitle: true } roleInfo)
        {
            titled = true;
            personTitle |= !roleInfo.IsOrganisationRole;
            if (roleInfo.Gender is 'm' or 'f')
            {
                gender = roleInfo.Gender;
            }

            mentionFirst = p;
            p--;
        }

        // "England coach Andy Robinson", not "Bank of England governor Mervyn King": the country of an institution's name.
        if (mentionFirst < first && p >= 0 && !doc[p + 1].Has(TokenFlags.BlankLineBefore) && doc[p].IsCapitalizedWord && doc[p].Info is { Country: >= 0 } c && !doc.IsWord(p - 1, "of"))
        {
            country = c.Country;
            mentionFirst = p;
        }

        if (nameFirst > last)
        {
            return; // A title alone ("the President") is a description, read where it is used.
        }

        if (nameFirst == last && doc[last].Info is { GroupKind: not MentionKind.None })
        {
            return; // "Officials said": a group noun, read as a description where it speaks.
        }

        // "Pat Lane, President of Norcom", "head of Sales Ann Lee": a title's "of" names where the title is held, an
        // organisation, not a person (unless a first name opens what follows); a territorial title with its place names
        // the person (below).
        bool titleOf = titled && nameFirst >= first + 2 && doc.IsWord(nameFirst - 1, "of") && Lexicon.Shared.FirstNameGender(doc.Slice(nameFirst)) == '\0';
        bool territorial = titleOf && doc[nameFirst - 2].IsCapitalizedWord && doc[nameFirst - 2].Info is { IsTerritorial: true };
        bool heldAt = titleOf && doc[nameFirst - 2].Info is { IsTitle: true, IsTerritorial: false }
            && !(nameFirst == last && doc[last].Info is { Country: >= 0 }); // "President of France" stays the person's title
        if (heldAt)
        {
            titled = false;
            personTitle = false;
            gender = '\0';
            mentionFirst = nameFirst;
        }

        bool sentenceInitialSingle = nameFirst == last && (doc[nameFirst].Has(TokenFlags.SentenceStart) || doc[nameFirst].Has(TokenFlags.ParagraphStart));
        if (sentenceInitialSingle && !titled && doc[last].Info is null && IsRolePlural(doc.Slice(last)))
        {
            return; // "Ministers said", "Campaigners warned": the people of a role, read as a description, not a name.
        }

        bool knownPlace = doc[last].Info is { Country: >= 0, IsDemonym: false } or { IsOrgWord: true };
        if (inHeadline && !knownPlace && !IsRoleAndNameLine(doc, titled, nameFirst, last))
        {
            // A headline's run names only what the text has named already, as fully (not "ESPN Fires Schilling" for a
            // "Schilling" seen before), or a place or institution.
            int known = registry.Lookup(nameFirst, last);
            if (known < 0 || registry[known].NameTokens < last - nameFirst + 1)
            {
                return;
            }
        }

        if (sentenceInitialSingle && !titled && !knownPlace && registry.Lookup(nameFirst, last) < 0 && !FollowedByCue(doc, last) && !FollowedByAppositiveAndCue(doc, last))
        {
            return; // A lone capitalised word opening a sentence is a name only with more evidence.
        }

        // "its owner Menatep", "The broadcaster ITV", "market leader Nintendo": a role companies hold too makes a person
        // only of a name of two words or a known first name.
        // One look-up of the first name per run, and none for a lone untitled word (most runs).
        bool firstName = (nameFirst < last || (titled && !personTitle)) && Lexicon.Shared.FirstNameGender(doc.Slice(nameFirst)) != '\0';
        bool personTitled = titled && (personTitle || nameFirst < last || firstName);

        // "Lord Falconer", "Baroness Scotland": a peer's title and one name are the entity's name as written; the mention's
        // head stays the name.
        int entityFirst = titled && nameFirst == last && nameFirst > first && doc[nameFirst - 1].IsCapitalizedWord && doc[nameFirst - 1].Info is { IsPeerage: true } ? nameFirst - 1 : nameFirst;

        // "the Bishop of Durham", "the Duke of Edinburgh": the title and its place make the person's name.
        if (territorial)
        {
            entityFirst = nameFirst - 2;
        }
        var kind = KindOf(doc, registry, nameFirst, last, personTitled, firstName, out sbyte personEvidence);

        // "Clothing retailer Laura Ashley": a company's noun that no person is called makes a company even of a first name.
        bool companyNoun = mentionFirst == first && first > 0 && doc[first - 1].IsWord && !doc[first - 1].Has(TokenFlags.Capitalized)
            && doc[first - 1].Info is { GroupKind: MentionKind.Org, RefersToOrganisation: true, IsTitle: false, IsDocument: false }
            && !doc.IsDeterminer(first - 2); // "The firm Sarah Jones founded" is her firm
        if (heldAt || !titled && (!firstName || companyNoun) && (orgRole || mentionFirst == first && CompanyWordsBefore(doc, first)))
        {
            kind = MentionKind.Org;
        }

        int id = registry.Register(entityFirst, last, kind, gender, country, personEvidence, familyNameFirst: last == nameFirst + 1 && !firstName);
        if (id < 0)
        {
            return;
        }

        ref var entity = ref registry[id];
        for (int k = mentionFirst; k < nameFirst; k++)
        {
            if (doc[k].Info is { IsTitle: true, TitleIndex: >= 0 } title && !IsSubordinateTitle(doc, k))
            {
                entity.Titles.Add(title.TitleIndex);
            }
        }

        AddAppositiveTitles(doc, ref entity, last);

        names.Add(new Mention
        {
            First = mentionFirst,
            Last = last,
            Type = MentionType.Name,
            Kind = entity.Kind,
            Entity = id,
            Entity2 = -1,
            Gender = entity.Gender,
            Country = country,
            Head = nameFirst,
        });
    }

    /// <summary>"European Commission" keeps its adjective; "Russian President Vladimir Putin" drops it before the title.</summary>
    private static bool HasTitle(Document doc, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (doc[k].Info is { IsTitle: true } || TitlePhraseAt(doc, k, last) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <remarks>
    /// <paramref name="firstName"/>: the name opens with a known first name. <paramref name="personEvidence"/> tells how
    /// sure a person is: 1 with a title or a known first name, -1 for words
    /// after "the" or "at" ("the Computer Crime Unit", "at Scotland Yard"), 0 for a guess from the shape alone.
    /// </remarks>
    private static MentionKind KindOf(Document doc, EntityRegistry registry, int first, int last, bool titled, bool firstName, out sbyte personEvidence)
    {
        personEvidence = 0;

        // A role and a first name make a person whatever the surname ("co-chairman Liam Fox", "editor Tom Post"); so does
        // an honorific before one word ("Mr Fox", "Mr Bloomberg").
        if (titled && ((last > first && last - first <= 2 && firstName && AllCapitalised(doc, first, last))
            || (first == last && first > 0 && doc[first - 1].Info is { IsHonorific: true })))
        {
            personEvidence = 1;
            return MentionKind.Person;
        }

        // A known first name before an organisation's word is a surname's person ("Liam Fox", "Michael Bloomberg").
        if (last == first + 1 && doc[first].Info is null && firstName)
        {
            personEvidence = 1;
            return MentionKind.Person;
        }

        if (HasOrgWord(doc, first, last))
        {
            return MentionKind.Org;
        }

        if (first == last && doc[first].Info is { Country: >= 0 })
        {
            return MentionKind.Org; // A capital or country speaks for its government ("Kyiv", "Moscow").
        }

        if (last > first && doc[first].Info is { StartsPhrase: true }
            && Lexicon.Shared.FindPhrase(doc.Text.AsSpan(doc[first].Start, doc[last].End - doc[first].Start)) is { Country: >= 0, IsDemonym: false, IsPersonDemonym: false })
        {
            return MentionKind.Org; // "United States", "South Korea", "White House": a place of two words is no person.
        }

        if (last > first && doc[last].Info is { GroupKind: MentionKind.Group or MentionKind.People })
        {
            return MentionKind.Group; // "Liberal Democrats", "Senate Republicans": "they", never "he".
        }

        if (titled)
        {
            personEvidence = 1;
            return MentionKind.Person;
        }

        if (first == last)
        {
            int known = registry.Lookup(first, last);
            if (known >= 0)
            {
                return registry[known].Kind;
            }

            // An acronym alone ("IBM", "Opec" written "OPEC") is an organisation, never "he" or "she".
            return doc[first].Has(TokenFlags.AllCaps) && doc[first].Length >= 2 && !doc[first].Has(TokenFlags.SentenceStart) ? MentionKind.Org : MentionKind.None;
        }

        if (last - first > 3 || doc[last].Has(TokenFlags.AllCaps))
        {
            return MentionKind.None;
        }

        // "Manchester City's Paul Bosvelt", "Screen International's US editor Mike Goodridge": a name without a first
        // name that owns a named person is a club, a firm or a place.
        if (!firstName && last + 2 < doc.Count && doc[last + 1].Has(TokenFlags.Possessive) && OwnsPerson(doc, last + 2))
        {
            return MentionKind.Org;
        }

        // Two to four capitalised words are most often a person; a known first name makes it sure. After "the" or "at"
        // they are a thing, a place or an institution ("the Computer Crime Unit", "at Scotland Yard"), which "he" and
        // "she" never stand for; but nor does "it" without an organisation's word, so the kind stays.
        if (firstName)
        {
            personEvidence = 1;
        }
        else if (first > 0 && doc[first - 1].IsWord && doc.Slice(first - 1) is "the" or "The" or "at" && !(last + 1 < doc.Count && doc[last + 1].Has(TokenFlags.Possessive)))
        {
            personEvidence = -1;
        }

        return MentionKind.Person;
    }

    /// <summary>
    /// Whether a named person follows an owner's "'s" at <paramref name="k"/>: a known first name ("Paul Bosvelt"), or a
    /// role and a name ("US editor Mike Goodridge"). A role alone may be a person's ("Silvio Berlusconi's spokesman").
    /// </summary>
    private static bool OwnsPerson(Document doc, int k)
    {
        for (int j = k; j < doc.Count && j < k + 3 && doc[j].IsWord; j++)
        {
            if (doc[j].Info is { IsTitle: true })
            {
                return j + 1 < doc.Count && doc[j + 1].IsCapitalizedWord && doc[j + 1].Info is null or { IsTitle: false, IsNonName: false };
            }
        }

        return doc[k].IsCapitalizedWord && Lexicon.Shared.FirstNameGender(doc.Slice(k)) != '\0';
    }

    private static bool AllCapitalised(Document doc, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (!doc[k].IsCapitalizedWord)
            {
                return false;
            }
        }

        return true;
    }

    private static bool FollowedByCue(Document doc, int last)
    {
        int k = last + 1;
        while (k < doc.Count && k <= last + 2 && doc[k].IsWord && !doc[k].Has(TokenFlags.Capitalized) && doc[k].Info is { Cue: Cues.CueClass.None }
            && (doc[k].Info!.IsAuxiliary || Cues.CueWords.IsVerbModifier(doc, k)))
        {
            k++; // adverbs and auxiliaries such as "also", "have"; not a noun ("Leaked documents have suggested")
        }

        // A base form follows only a plural: a name when the text capitalises it inside a sentence too ("Tories insist"),
        // else a common noun for people it does not name ("Developers argue", "Bookmakers predict"); after a singular it
        // is a noun itself ("Consumer demand will"). A gerund is a verb only after an auxiliary.
        // A document's plural right after the word is a noun when a verb follows it ("Press reports suggest", "Initial
        // reports said"); "BT reports that" holds the verb.
        return k < doc.Count && doc[k].Info is { Cue: Cues.CueClass.Speech or Cues.CueClass.Writing or Cues.CueClass.Report } cue
            && !(k == last + 1 && cue.IsDocument && k + 1 < doc.Count && doc[k + 1].Info is { Cue: not Cues.CueClass.None } or { IsAuxiliary: true } or { IsFiniteVerb: true })
            && (cue.VerbForm != Cues.VerbForm.Gerund || doc[k - 1].Info is { IsAuxiliary: true }) // "Ecologists are warning", not "Following claims"
            && (cue.VerbForm != Cues.VerbForm.Base || (doc.Slice(last).EndsWith("s", StringComparison.Ordinal) && (k > last + 1 || CapitalisedInsideSentence(doc, last))));
    }

    /// <summary>Whether the word at <paramref name="at"/> is capitalised elsewhere in the document, not opening a sentence (a bounded search).</summary>
    private static bool CapitalisedInsideSentence(Document doc, int at)
    {
        const int MaxCapitalsEachSide = 256;
        var capitals = doc.Capitals;
        int i = capitals.BinarySearch(at);
        int from = Math.Max(0, (i < 0 ? ~i : i) - MaxCapitalsEachSide);
        int to = Math.Min(capitals.Count, (i < 0 ? ~i : i) + MaxCapitalsEachSide);
        var word = doc.Slice(at);
        for (int c = from; c < to; c++)
        {
            int k = capitals[c];
            if (doc[k].Length == word.Length && k != at && !doc[k].Has(TokenFlags.SentenceStart) && !doc[k].Has(TokenFlags.ParagraphStart) && doc.Slice(k).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ruth Calder, the home secretary, said": the titles of an appositive right after a person's name are the
    /// person's, so "the home secretary" later names her. The appositive opens with a title or "the" and closes with a
    /// comma or the sentence end within a few words; "Smith, a doctor at the clinic" records "doctor" as well.
    /// </summary>
    private static void AddAppositiveTitles(Document doc, ref Entity entity, int last)
    {
        int k = last + 2;

        // "Greg Abbott, Texas attorney general.": a place or institution of one capitalised word may open the role.
        int opening = k + 1 < doc.Count && doc[k].IsCapitalizedWord && !doc[k].Has(TokenFlags.SentenceStart) && doc[k].Info is null or { Country: >= 0 }
            && doc[k + 1].IsWord && !doc[k + 1].Has(TokenFlags.Capitalized) && doc[k + 1].Info is { IsTitle: true } ? k + 1 : k;
        if (entity.Kind == MentionKind.Org || opening >= doc.Count || !doc.IsChar(last + 1, ',') || !doc[opening].IsWord
            || doc[opening].Has(TokenFlags.Capitalized) && !doc[opening].Has(TokenFlags.SentenceStart)
            || doc[opening].Info is not ({ IsTitle: true } or { Function: not FunctionWord.None }) || doc[opening].Info is { Function: not FunctionWord.None } && !doc.IsDeterminer(opening))
        {
            return;
        }

        // The titles count up to a preposition ("a doctor at the clinic"); the appositive must close with a comma or the
        // sentence end before any verb: ", the prime minister said …" is the next clause's subject.
        var titles = default(TitleSet);
        bool complement = false;
        for (int j = k; j < doc.Count && j < k + MaxAppositiveTokens; j++)
        {
            if (!doc[j].IsWord || doc[j].Sentence != doc[k].Sentence)
            {
                if (doc.IsChar(j, ',') || doc.IsChar(j, '.') || doc[j].Sentence != doc[k].Sentence)
                {
                    entity.Titles.UnionWith(titles);
                }

                return;
            }

            // A verb ends it as the next clause's subject; "and" or "or" makes it a list ("Ruth Calder, the driver and the
            // home secretary").
            var info = doc[j].Info;
            if (info is { IsAuxiliary: true } or { IsFiniteVerb: true } or { Cue: not Cues.CueClass.None, IsTitle: false, GroupKind: MentionKind.None }
                || info is null && doc.Slice(j).EndsWith("ed", StringComparison.Ordinal) || doc.Slice(j) is "and" or "or")
            {
                return;
            }

            complement |= info is { IsPreposition: true };
            if (!complement && info is { IsTitle: true, TitleIndex: >= 0 } title && !doc[j].Has(TokenFlags.Capitalized) && !IsSubordinateTitle(doc, j))
            {
                titles.Add(title.TitleIndex);
            }
        }
    }

    /// <summary>A title after "shadow", "deputy" or "vice" is another office: a shadow chancellor is not "the chancellor".</summary>
    private static bool IsSubordinateTitle(Document doc, int k) =>
        k > 0 && doc[k - 1].IsWord && doc.Slice(k - 1) is "shadow" or "Shadow" or "deputy" or "Deputy" or "vice" or "Vice";

    /// <summary>
    /// Whether an appositive or a relative clause set off by commas, then a speech verb, follows token
    /// <paramref name="last"/>: "Harbex, the shipping firm, said …", "Greenpeace, which sued Vestas in Aarhus, Denmark,
    /// said …" introduce a name.
    /// </summary>
    private static bool FollowedByAppositiveAndCue(Document doc, int last)
    {
        int k = last + 2;
        bool relative = k < doc.Count && doc.IsChar(last + 1, ',') && doc[k].IsWord && doc.Slice(k) is "which" or "who" or "whose";
        if (!relative && (k >= doc.Count || !doc.IsChar(last + 1, ',') || !doc[k].IsWord || doc[k].Has(TokenFlags.Capitalized)
            || doc[k].Info is not ({ IsTitle: true } or { GroupKind: not MentionKind.None } or { IsPossessivePronoun: true }) && !doc.IsDeterminer(k)))
        {
            return false; // ", the shipping firm,", ", a doctor at …,", ", its parent company,", ", chairman of …,"
        }

        for (int j = k + 1; j < doc.Count && j <= k + MaxAppositiveTokens && doc[j].Sentence == doc[k].Sentence; j++)
        {
            if (doc[j].Kind == TokenKind.QuoteMark)
            {
                return false;
            }

            // An appositive ends at its first comma; a relative clause may hold a place's ("in Aarhus, Denmark,").
            if (doc.IsChar(j, ',') && (FollowedByCue(doc, j) || !relative))
            {
                return FollowedByCue(doc, j);
            }
        }

        return false;
    }

    /// <summary>Length in tokens of a title phrase ("Prime Minister", "Secretary of State") starting at <paramref name="k"/>, or 0.</summary>
    private static int TitlePhraseAt(Document doc, int k, int last)
    {
        if (doc[k].Info is not { StartsPhrase: true } || k + 1 > last)
        {
            return 0;
        }

        var phrase = doc.Text.AsSpan(doc[k].Start, doc[k + 1].End - doc[k].Start);
        return Lexicon.Shared.FindPhrase(phrase) is { IsTitle: true } ? 2 : 0;
    }

    /// <summary>
    /// Whether the words right before a name make it a company's: an organisation's noun or "shares in".
    /// </summary>
    private static bool CompanyWordsBefore(Document doc, int first) =>
        first > 0 && doc[first - 1].IsWord && !doc[first - 1].Has(TokenFlags.Capitalized) && (OrganisationNounBefore(doc, first) || SharesIn(doc, first));

    /// <summary>"bank Absa", "US magazine Mobile PC"; not a publication after an article ("told the newspaper Beckham was …").</summary>
    private static bool OrganisationNounBefore(Document doc, int first) =>
        doc[first - 1].Info is { GroupKind: MentionKind.Org, IsTitle: false } noun && !doc[first].Has(TokenFlags.BlankLineBefore)
        && !(noun.IsDocument && doc.IsDeterminer(first - 2));

    /// <summary>"Shares in Krispy Kreme fell", "a stake in Menatep".</summary>
    private static bool SharesIn(Document doc, int first) =>
        first > 1 && doc.IsWord(first - 1, "in") && (doc.IsWord(first - 2, "shares") || doc.IsWord(first - 2, "stake") || doc.IsWord(first - 2, "stakes"));

    /// <summary>
    /// The end of a run of capitalised name words from <paramref name="k"/> that ends in an organisation's word ("Tourism
    /// Council"), or -1: what "and" joins to the words before it as one name. "Trump and Rubio" stay two.
    /// </summary>
    private static int OrganisationRunEnd(Document doc, int k)
    {
        int end = -1;
        for (int j = k; j < doc.Count && j < k + 4 && IsNameWord(doc, j) && !doc[j].Has(TokenFlags.SentenceStart) && !doc[j].Has(TokenFlags.ParagraphStart); j++)
        {
            // An institution's noun ends it ("Council", "Authority"), not an acronym ("Olympian and BBC pundit Steve Cram").
            end = doc[j].Info is { IsOrgWord: true } && !doc[j].Has(TokenFlags.AllCaps) ? j : -1;
        }

        // Not the head of a name of its own ("Banque du Caire and Bank of Alexandria"), nor a role's owner ("Tony Blair
        // and Labour Party chairman Ian McCartney").
        return end > 0 && (IsConnector(doc, end + 1) || doc.IsChar(end + 1, '&') || (uint)(end + 1) < (uint)doc.Count && doc[end + 1].IsWord && doc[end + 1].Info is { IsTitle: true }) ? -1 : end;
    }

    /// <summary>Whether a run holds an organisation's word or an "&amp;" ("Marsh &amp; McLennan": partners' names joined make a firm).</summary>
    private static bool HasOrgWord(Document doc, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (doc[k].Info is { IsOrgWord: true } || doc.IsChar(k, '&'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a known first name stands in the run with a word after it: "Economist Tom Hale" (of UK Sport).</summary>
    private static bool HasFirstNameAndSurname(Document doc, int first, int last)
    {
        for (int k = first; k < last; k++)
        {
            if (doc[k].Info is null && Lexicon.Shared.FirstNameGender(doc.Slice(k)) != '\0')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word is the plural of a title or of a speaking noun of the word lists: "Ministers", "Bosses", "Campaigners";
    /// not "Jones" or "Reuters".
    /// </summary>
    private static bool IsRolePlural(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[^1] != 's' || word[^2] == 's')
        {
            return false;
        }

        var lexicon = Lexicon.Shared;
        return lexicon.Find(word[..^1]) is { IsTitle: true } or { GroupKind: MentionKind.Person or MentionKind.People or MentionKind.Group }
            || (word[^2] == 'e' && lexicon.Find(word[..^2]) is { IsTitle: true } or { GroupKind: MentionKind.Person or MentionKind.People or MentionKind.Group });
    }

    private static bool IsHyphenatedModifier(Document doc, int i)
    {
        // The last part decides: "Henley-on-Thames" is a place, "Man-of-the-match" a role.
        var w = doc.Slice(i);
        int hyphen = w.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < w.Length && char.IsLower(w[hyphen + 1]);
    }

    private static bool IsNameWord(Document doc, int i)
    {
        ref readonly var t = ref doc[i];
        if (t.Kind != TokenKind.Word || !t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.Possessive))
        {
            return false;
        }

        if (t.Has(TokenFlags.AllCaps) && t.Length > 5 && !t.Has(TokenFlags.Abbreviation))
        {
            return false; // Datelines and shouting ("MOSCOW —"), not names.
        }

        var info = t.Info;
        if (info is null)
        {
            return true;
        }

        if (info.IsPronoun || (info.IsNonName && !info.IsTitle))
        {
            // A capitalised number after a name word goes on with the name, and so does the word after it: "Channel Four",
            // "BBC Radio Five Live".
            return !info.IsPronoun && !info.IsTimeWord && !t.Has(TokenFlags.SentenceStart) && i > 0
                && (IsNumberInName(doc, i) || IsNumberInName(doc, i - 1));
        }

        // A capitalised speech verb opening a sentence ("Said …") is a verb, not a name.
        return !(info.Cue != Cues.CueClass.None && info.Country < 0 && !info.IsTitle && !info.IsOrgWord && t.Has(TokenFlags.SentenceStart));
    }

    /// <summary>Whether token <paramref name="i"/> is a surname with a lower-case article joined by a hyphen ("al-Gosaibi", "el-Baradei", "bin-Laden").</summary>
    private static bool IsPrefixedSurname(Document doc, int i)
    {
        if (!doc[i].IsWord || doc[i].Has(TokenFlags.Capitalized))
        {
            return false;
        }

        var w = doc.Slice(i);
        int hyphen = w.IndexOf('-');
        return hyphen is >= 2 and <= 3 && hyphen + 1 < w.Length && char.IsUpper(w[hyphen + 1]) && w[..hyphen] is "al" or "el" or "ad" or "ar" or "as" or "at" or "az" or "bin" or "ibn";
    }

    private static bool IsNumberInName(Document doc, int i) =>
        i > 0 && !doc[i].Has(TokenFlags.SentenceStart) && doc.Slice(i) is "One" or "Two" or "Three" or "Four" or "Five" or "Six" or "Seven" or "Eight" or "Nine" or "Ten" or "First" or "Second" or "Third"
        && doc[i - 1].IsCapitalizedWord && doc[i - 1].Info is null or { IsOrgWord: true } or { Country: >= 0 }; // "The China Three Gorges Project Corp"

    /// <summary>The last token of a middle initial at <paramref name="i"/> ("A", "W" and its full stop), or -1.</summary>
    private static int MiddleInitialEnd(Document doc, int i)
    {
        if (!doc[i].IsWord || doc[i].Length != 1 || !char.IsAsciiLetterUpper(doc.Text[doc[i].Start]))
        {
            return -1;
        }

        return i + 1 < doc.Count && doc.IsChar(i + 1, '.') && !doc[i + 1].Has(TokenFlags.SpaceBefore) ? i + 1 : i;
    }

    /// <summary>
    /// A small word inside a name: a particle ("Bank of England", "Ludwig van Beethoven"), or "on"/"for" after an
    /// organisation word ("Commission on Presidential Debates", "Center for American Progress"; not "Obama on Tuesday").
    /// </summary>
    private static bool IsConnector(Document doc, int i) =>
        (uint)i < (uint)doc.Count && doc[i].IsWord && !doc[i].Has(TokenFlags.Capitalized)
        && (doc.Slice(i) is "of" or "de" or "van" or "von" or "der" or "den" or "ter" or "bin" or "al" or "da" or "di" or "la" or "le" or "du" or "del" or "dos" or "ibn"
            || (doc.Slice(i) is "on" or "for" && i > 0 && doc[i - 1].IsCapitalizedWord && doc[i - 1].Info is { IsOrgWord: true }));
}
