using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>
/// Finds reported speech: <c>X said (that) …</c>, <c>X told Y (that) …</c>, <c>…, X said.</c>, <c>according to X, …</c>,
/// <c>…, according to X.</c> and participles (<c>…, saying that …</c>). The content is the reported clause, from the
/// cue (or the sentence start) to the end of the clause: never past the sentence.
/// </summary>
internal static class ReportedSpeechFinder
{
    private const int MaxQuantitySubjectTokens = 10;
    private const int MinContentWords = 3;

    // How far a clause without "that" may go before its verb: "said the prospect of outsiders poking their noses into the
    // inner workings of Whitehall appeared to …" (its own parentheticals between commas add to it).
    private const int MaxSubjectTokens = 16;
    private const int MaxShortSubjectTokens = 12;
    private const int MinSplitWords = 2;
    private const int MaxParentheticalTokens = 12;
    private const int MaxTrailingTokens = 30;
    private const int MaxThatDistance = 8;
    private const int MaxCircumstanceTokens = 8;
    private const int MaxBlockTokens = 200;
    private const int MaxHeadlineTokens = 30;
    private const int MaxCapitalsSearched = 5000;

    /// <summary>How many words a speaker's description may hold before the mention the reader found.</summary>
    private const int MaxDescriptionTokens = 6;

    /// <summary>How far a clause after a noun-object verb may look for its verb: a subject of up to four words.</summary>
    private const int MaxNearVerbTokens = 5;
    private const int MaxIntroductionTokens = 3;

    /// <summary>
    /// Reads reported speech at the cue words <c>doc.CueWords[cuesFrom..cuesTo]</c> (all by default), appending to
    /// <paramref name="records"/>. Cue words up to token <paramref name="done"/> belong to a cue already read (the
    /// section before may end inside a cue: "by⏎saying"); returns the last token of the last cue read.
    /// </summary>
    public static int Find(Document doc, SpeakerLocator locator, QuoteIndex quotes, List<QuoteRecord> records, int cuesFrom = 0, int cuesTo = int.MaxValue, int done = -1)
    {
        var cues = doc.CueWords;
        cuesTo = Math.Min(cuesTo, cues.Count);
        for (int w = cuesFrom; w < cuesTo; w++)
        {
            int c = cues[w];
            if (c <= done)
            {
                continue; // "responded by saying": one cue, one quote.
            }

            bool according = CueWords.IsAccordingTo(doc, c);
            if (!according && (!CueWords.IsCueVerb(doc, c) || (doc[c].Info!.CueFlags & (CueFlags.ThatClause | CueFlags.WhClause)) == 0 && !EndsWithAsSaying(doc, c)
                || IsReducedPassive(doc, c) && !locator.IsPassive(c)))
            {
                continue;
            }

            bool used = doc[c].Has(TokenFlags.UsedCue);
            if ((used && according) || quotes.InsideDirect(c))
            {
                continue;
            }

            // A cue a direct quote has taken still reports the clause that leads into it: "She added that most of the
            // vote is against him, which is a problem because, “In the end, …”".
            // Such a clause must stand as a clause of its own: not "said that under President Obama, “the generals …”".
            var record = according ? AccordingTo(doc, locator, quotes, c, records) : AtVerb(doc, locator, quotes, c, used ? null : records);
            bool cutByQuote = record is { } cut && RunsIntoDirect(doc, quotes, cut.LastToken + 1);
            if (record is { } r && (!used || r.FirstToken > c && cutByQuote || r.LastToken < c) && (!cutByQuote || StandsAlone(doc, r.FirstToken, r.LastToken))
                && !quotes.InsideDirect(r.FirstToken) && !EndsInOuterQuote(doc, quotes, r) && (CountWords(doc, r.Start, r.End) >= MinContentWords || (!according && IsTwoWordClause(doc, r)))
                && !IsCutTeaser(doc, r))
            {
                records.Add(r);
                done = r.CueLast;
            }
        }

        return done;
    }

    /// <summary>
    /// The article's headline as a label: "Pat Caddell: Democrat Voters Worried About …" reports the words after the
    /// colon, spoken by the name before it (cue: none). Only the document's first paragraph, a short line with a verb
    /// and without a quotation mark right after the colon (that is a direct quote); headlines of other stories further
    /// down are not the article's. A surname alone ("Pence:") is not yet a known name at the headline.
    /// </summary>
    public static void HeadlineLabel(Document doc, MentionReader reader, QuoteIndex quotes, List<QuoteRecord> records)
    {
        int end = 1;
        while (end < doc.Count && !doc[end].Has(TokenFlags.ParagraphStart))
        {
            end++;
        }

        int last = end - 1;
        if (doc.Count == 0 || last > MaxHeadlineTokens || !doc[0].IsCapitalizedWord)
        {
            return;
        }

        if (TrailingSpeaker(doc, reader, quotes, last) is { } trailing)
        {
            records.Add(trailing);
            return;
        }

        if (SaysLine(doc, reader, quotes, last) is { } says)
        {
            records.Add(says);
            return;
        }

        var label = reader.ReadForward(0);
        if ((label.IsNone || label.Type != MentionType.Name) && doc.IsChar(1, ':') && NamedLater(doc, reader, 0, end))
        {
            // "Pence: …": a surname the body names in full later ("Gov. Mike Pence"); the resolver looks it up.
            label = Mention.HeadlineName(0, 0);
        }

        int colon = label.Last + 1;
        if (label.IsNone || label.First != 0 || (label.Type != MentionType.Name && !label.IsHeadlineName) || colon + 1 > last || !doc.IsChar(colon, ':')
            || doc[colon + 1].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return;
        }

        // A claim holds a verb ("That was a bruising battle"); a profile's headline does not ("Arthur Hailey: King of the
        // bestsellers", "Johnny Depp: The acting outlaw").
        if (HasClaimVerb(doc, colon + 1, last) && ReportedClause.Create(doc, quotes, colon + 1, last, colon, colon, label) is { } record
            && CountWords(doc, record.Start, record.End) >= MinContentWords)
        {
            record.CueFirst = -1;
            record.CueLast = -1;
            record.Method = AttributionMethod.Label;
            records.Add(record);
        }
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> comes back from token <paramref name="from"/> on as the surname of a
    /// person's name with a title or role before it, or a speech verb after it ("Gov. Mike Pence", "Mike Pence said");
    /// not "Analysis shows", "the Tory Brexit plan", "the new Wuhan Coronavirus".
    /// </summary>
    private static bool NamedLater(Document doc, MentionReader reader, int k, int from)
    {
        var capitals = doc.Capitals;
        var word = doc.Slice(k);
        int start = capitals.BinarySearch(from);
        start = start < 0 ? ~start : start;
        for (int i = start; i < capitals.Count && i < start + MaxCapitalsSearched; i++)
        {
            int c = capitals[i];
            if (!doc[c].Has(TokenFlags.SentenceStart) && doc.Slice(c).Equals(word, StringComparison.OrdinalIgnoreCase)
                && reader.NameEndingAt(c) is int named and >= 0 && reader.NameAt(named) is { Kind: MentionKind.Person } name && name.Last > name.First
                && (name.Head > name.First || CueWords.IsCueVerb(doc, c + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A headline (the first line, no full stop) with "says" or "say", a name at one end and the claim at the other, in
    /// headline style, often without a verb: "House prices rebound says Halifax", "Blair says UK tsunami aid to soar".
    /// </summary>
    private static QuoteRecord? SaysLine(Document doc, MentionReader reader, QuoteIndex quotes, int last)
    {
        // A line of several sentences is a paragraph, not a headline ("Adam Jones says …. The prop said: “…”").
        if (doc.IsChar(last, '.') || last < 3 || doc[last].Sentence != doc[0].Sentence)
        {
            return null;
        }

        for (int v = 1; v < last; v++)
        {
            // Only "says" and "say": other verbs of a headline name an act ("calls for", "denies", "offers"), not words.
            if (!doc[v].IsWord || doc.Slice(v) is not ("says" or "say"))
            {
                continue;
            }

            // The name after the verb ends the line ("… says Halifax"); or the name before it opens it ("Tokyo says …").
            var after = reader.ReadForward(v + 1);
            var before = reader.ReadBackward(v - 1);
            QuoteRecord? record = null;
            if (!after.IsNone && after.Type == MentionType.Name && after.Last == last && after.First == v + 1)
            {
                record = ReportedClause.Create(doc, quotes, 0, v - 1, v, v, after);
            }
            else if (!before.IsNone && before.Type == MentionType.Name && before.First == 0 && before.Last == v - 1)
            {
                record = ReportedClause.Create(doc, quotes, v + 1, last, v, v, before);
            }

            if (record is { } r && CountWords(doc, r.Start, r.End) >= MinContentWords)
            {
                r.Method = AttributionMethod.Label;
                return r;
            }

            return null;
        }

        return null;
    }

    private static bool HasClaimVerb(Document doc, int first, int last)
    {
        for (int j = first; j <= last; j++)
        {
            if (doc[j].IsWord && (doc[j].Info is { IsAuxiliary: true } or { IsFiniteVerb: true } || IsEdForm(doc.Slice(j))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A Title-Case headline that ends with its speaker and a present-tense speech verb: "Trump Could Address Clean
    /// Energy, Lindsey Graham Says", "Clinton Hid Health Problems, Former White House Doctor Says". The claim before the
    /// comma is the content (the capitalised verb is signal enough; Title Case hides the claim's own verb); the cue is
    /// the verb. In lower case the rules for "…, X says" read it.
    /// </summary>
    private static QuoteRecord? TrailingSpeaker(Document doc, MentionReader reader, QuoteIndex quotes, int last)
    {
        int v = doc.IsChar(last, '.') ? last - 1 : last;
        if (v < 4 || !doc[v].IsCapitalizedWord || doc[v].Info is not { Cue: CueClass.Speech or CueClass.Writing or CueClass.Report, VerbForm: VerbForm.ThirdPerson or VerbForm.Base } verb
            || (verb.CueFlags & CueFlags.BareClause) == 0)
        {
            return null; // "…, Secretary of State", "…, United States": nouns, not a speaker and a verb
        }

        // The speaker: capitalised words only ("Lindsey Graham", "Former White House Doctor"); a base form needs a
        // plural one ("Experts Say"; not "UN Report").
        int comma = v - 1;
        while (comma > 0 && v - comma <= MaxDescriptionTokens && doc[comma].IsCapitalizedWord && doc[comma].Info is not { Function: not FunctionWord.None })
        {
            comma--;
        }

        if (comma < 2 || comma == v - 1 || !doc.IsChar(comma, ',')
            || (verb.VerbForm == VerbForm.Base && !doc.Slice(v - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var speaker = reader.ReadForward(comma + 1);
        if (speaker.IsNone || speaker.Last != v - 1)
        {
            // A name the reader does not know in a Title-Case line: the resolver looks it up once the body is read.
            speaker = Mention.HeadlineName(comma + 1, v - 1);
        }

        if (ReportedClause.Create(doc, quotes, 0, comma - 1, v, v, speaker) is not { } record || CountWords(doc, record.Start, record.End) < MinContentWords)
        {
            return null;
        }

        record.Method = AttributionMethod.Label;
        return record;
    }

    /// <summary>Whether a direct quote opens at <paramref name="k"/>, after a comma or colon.</summary>
    private static bool RunsIntoDirect(Document doc, QuoteIndex quotes, int k)
    {
        while (k < doc.Count && doc[k].Kind == TokenKind.Punctuation && doc.FirstChar(k) is ',' or ':')
        {
            k++;
        }

        return k < doc.Count && doc[k].Kind == TokenKind.QuoteMark && quotes.Containing(k) is { Shape: QuoteShape.Direct } q && q.Open == k;
    }

    /// <summary>
    /// Whether the clause ends inside a direct quote, unless the quotation opened inside the clause and continues
    /// the writer's words ("The country “has made dramatic changes,” McConnell said"), which is reported speech.
    /// </summary>
    private static bool EndsInOuterQuote(Document doc, QuoteIndex quotes, in QuoteRecord r) =>
        quotes.InsideDirect(r.LastToken) && (quotes.Containing(r.LastToken) is not { } q || q.Open <= r.FirstToken
            || !doc[q.Open - 1].IsWord || CueWords.IsCueVerb(doc, q.Open - 1) || doc[q.Open - 1].Info is { Cue: not CueClass.None });

    private static QuoteRecord? AccordingTo(Document doc, SpeakerLocator locator, QuoteIndex quotes, int c, List<QuoteRecord>? records)
    {
        var source = locator.ReadSource(c + 2);
        if (source.IsNone || IsDataSource(doc, source))
        {
            return null; // "according to Refinitiv data" sources a figure, not speech.
        }

        var (first, last) = ReportedClause.SentenceOf(doc, c);
        // Quoted words in the sentence are someone's: "… will prove a “false economy”, according to a TUC report" is speech.
        if ((IsDataProvider(doc, source) || IsKnownDataProvider(doc, source)) && HasFigure(doc, first, last, source) && !quotes.AnyWithin(first, last))
        {
            return null; // "…, according to analysts Gartner", "according to a report by …": a figure's source, not speech.
        }

        // "The film was “the best of the year,” according to Variety.": the comma stands inside the closing mark of a
        // quotation that opened inside the clause; the clause runs to that mark.
        if (c - 2 > first && doc[c - 1].Kind == TokenKind.QuoteMark && doc.IsChar(c - 2, ',') && quotes.Containing(c - 2) is { } inner && inner.Open > first && inner.Close == c - 1
            && doc[inner.Open - 1].IsWord)
        {
            return ReportedClause.Create(doc, quotes, first, c - 1, c, c + 1, source);
        }

        if (c - 1 > first && (doc.IsChar(c - 1, ',') || doc[c - 1].Kind == TokenKind.Dash))
        {
            // "The number, according to X, rose": the cue splits the clause, as a parenthetical "X said" does. The
            // words after must go on with a verb: ", according to Craig Bryan, head of the center" describes the source.
            int close = source.Last + 1;
            int verb = close + 1 < last && doc[close + 1].IsWord && doc.Slice(close + 1).EndsWith("ly", StringComparison.Ordinal) ? close + 2 : close + 1;
            if (records is not null && verb <= last && doc[close].Kind == doc[c - 1].Kind && doc.Slice(close).SequenceEqual(doc.Slice(c - 1))
                && doc[verb].IsWord && !doc[verb].Has(TokenFlags.Capitalized) && IsVerbLike(doc, verb)
                && Parenthetical(doc, quotes, first, c - 1, close + 1, last, c, c + 1, source, records))
            {
                return null;
            }

            // "Now, according to X, …", "And, according to X, …": an introductory word or two before the cue is no
            // clause; the clause follows the source.
            bool introduction = doc.IsChar(c - 1, ',') && c - 1 - first <= MaxIntroductionTokens && IsIntroduction(doc, first, c - 2)
                && !quotes.InsideAny(first) && doc.IsChar(close, ',');
            if (!introduction)
            {
                // "…, according to X." or "… — according to X." — the clause before.
                return ReportedClause.Create(doc, quotes, first, c - 2, c, c + 1, source);
            }
        }

        if (c == first || (c == first + 1 && !doc[first].IsWord) || doc.IsChar(c - 1, ','))
        {
            // "According to X, …" — the clause after the comma that closes the source; an appositive of the source
            // without a verb is passed over ("according to Craig Bryan, head of the centre, suicides are rising"), a
            // relative clause of it reports nothing here ("…, according to Smith, who says …").
            for (int k = source.Last + 1; k <= last && k < source.Last + MaxTrailingTokens; k++)
            {
                if (doc.IsChar(k, ','))
                {
                    if (k < last && doc[k + 1].IsWord && doc.Slice(k + 1) is "who" or "which" or "whose")
                    {
                        // "According to the WSJ, which cites people close to the case, the directors …": past the
                        // source's relative clause.
                        // The relative clause has a verb of its own, a cue verb too ("which cites").
                        int closing = NextComma(doc, k + 2, last, overCues: true);
                        if (closing < 0)
                        {
                            return null;
                        }

                        k = closing - 1;
                        continue;
                    }

                    int next = NextComma(doc, k + 1, last);
                    if (next > 0 && k == source.Last + 1 && HasTitleWord(doc, k + 1, next - 1) && !ContainsFiniteVerb(doc, k + 1, next - 1))
                    {
                        k = next - 1;
                        continue;
                    }

                    return ReportedClause.Create(doc, quotes, k + 1, last, c, c + 1, source);
                }
            }
        }

        return null;
    }

    /// <summary>A word that opens an indirect question or wh-clause; "if" only after a verb of asking ("asked if", not "explained if").</summary>
    private static bool IsWhWord(Document doc, int k, int v) =>
        doc[k].IsWord && (doc.Slice(k) is "whether" or "why" or "how" or "what" or "who" or "when" or "where" or "which"
            || (doc.IsWord(k, "if") && doc[v].Info!.CueFlags is var f && (f & CueFlags.ThatClause) == 0));

    /// <summary>
    /// Whether the words of a clause cut short by a direct quote hold a verb and do not open with a subordinator or
    /// preposition ("if his candidate won", "for voters aged 17 to 20"), which the quotation would complete.
    /// </summary>
    private static bool StandsAlone(Document doc, int first, int last) =>
        ContainsFiniteVerb(doc, first, last) && !(doc[first].IsWord && (doc[first].Info is { IsPreposition: true }
            || doc.Slice(first) is "if" or "when" or "because" or "although" or "though" or "while" or "as" or "unless" or "once" or "since" or "after" or "before"));

    /// <summary>
    /// The reported clause of the cue verb at <paramref name="v"/>. A parenthetical cue adds its two parts to
    /// <paramref name="records"/> itself; with <paramref name="records"/> <see langword="null"/> (a cue a quote has taken) none is read.
    /// </summary>
    private static QuoteRecord? AtVerb(Document doc, SpeakerLocator locator, QuoteIndex quotes, int v, List<QuoteRecord>? records)
    {
        var match = locator.AtVerb(v);
        if (!match.Found)
        {
            return null;
        }

        // "the numbers suggested …", "…, tests reveal": figures report no one's words; "ONS figures said" speaks for the ONS
        // (a capital inside the sentence or an acronym names it; "Official figures" opening the sentence does not).
        if (match.Mention.Type == MentionType.Description && match.Mention.Head >= 0 && Lexicon.Shared.IsDataNoun(doc.Slice(match.Mention.Head))
            && !doc.HasCapitalWithin(match.Mention.First + 1, match.Mention.Last)
            && !(doc[match.Mention.First].IsCapitalizedWord && (!doc[match.Mention.First].Has(TokenFlags.SentenceStart) || doc[match.Mention.First].Has(TokenFlags.AllCaps))))
        {
            return null;
        }

        // "a research note called …", "A US government claim accusing …": after "a" and a singular noun a base form is a
        // noun of a compound, not a verb, which would agree ("notes").
        if (match.Mention.Type == MentionType.Description && !match.Mention.Plural && match.Mention.Last == v - 1 && match.Mention.Head == v - 1
            && (doc.IsWord(match.Mention.First, "a") || doc.IsWord(match.Mention.First, "an"))
            && doc[v].Info!.VerbForm == VerbForm.Base && (doc[v].Info!.CueFlags & CueFlags.NounForms) != 0 && !doc.Slice(v - 1).EndsWith("s", StringComparison.Ordinal))
        {
            return null;
        }

        // "I agree the term is …", "I would suggest we …": the writer's own statement in the present reports no speech
        // ("I told him that …" does).
        if (match.Mention.Type == MentionType.Pronoun && doc[v].Info!.VerbForm == VerbForm.Base && doc.Slice(match.Mention.First) is "I" or "we" or "We")
        {
            return null;
        }

        var (first, last) = ReportedClause.SentenceOf(doc, v);
        int cueEnd = match.CueLast;

        // Cue before the clause: "X said (that) …", "X told reporters (that) …".
        // Inverted "said Peskov" takes no clause after; a parenthetical ", Mr. Clarke said, he decided …" does.
        int k = match.Mention.First > v ? last + 1 : cueEnd + 1;
        if (match.Mention.First == cueEnd + 2 && doc.IsWord(cueEnd + 1, "by"))
        {
            k = match.Mention.Last + 1; // "It was announced by the company that …": the clause follows the agent.
        }

        int subjectStart = match.Mention.First > v || match.Mention.Type == MentionType.Pronoun ? Math.Min(match.Mention.First, v) : DescriptionStart(doc, first, match.Mention.First);

        // ", he told me on Friday, is that …": a listener and a short time phrase may stand before the closing comma.
        int parenthesisEnd = k <= last && doc.IsChar(subjectStart - 1, ',') ? ParentheticalClose(doc, locator, v, k, last) : -1;
        if (parenthesisEnd == k)
        {
            k++;
            if (records is null)
            {
                // A direct quote took the cue: ", she said, and “…”" still reports the words before it.
                return BeforeOnly(doc, quotes, first, subjectStart - 1, k, last, v, cueEnd, match.Mention);
            }

            if (Parenthetical(doc, quotes, first, subjectStart - 1, k, last, v, cueEnd, match.Mention, records))
            {
                return null;
            }
        }
        else if (parenthesisEnd > k && (match.Mention.Type is MentionType.Pronoun or MentionType.Name || doc[v].Info!.VerbForm == VerbForm.Past))
        {
            // The words between the verb and the comma were its listener and time, not the clause.
            if (records is null && BeforeOnly(doc, quotes, first, subjectStart - 1, parenthesisEnd + 1, last, v, cueEnd, match.Mention) is { } reported)
            {
                return reported;
            }

            if (records is not null && Parenthetical(doc, quotes, first, subjectStart - 1, parenthesisEnd + 1, last, v, cueEnd, match.Mention, records))
            {
                return null;
            }
        }

        // "As a result, says the committee, the government may need to act": after an introduction, an inverted cue
        // between commas has the clause after it (not an appositive, "said Ann Lee, the editor of …", nor a clause of
        // the writer's, "…, said Mr Stanley, but he …").
        int resumes = match.Mention.Last + 2;
        if (match.Mention.First > v && k > last && doc.IsChar(v - 1, ',') && resumes <= last && doc.IsChar(resumes - 1, ',') && v - 2 >= first
            && IsIntroduction(doc, first, v - 2) && doc[resumes].IsWord && !doc[resumes].Has(TokenFlags.Capitalized) && !doc.IsDeterminer(resumes) && doc[resumes].Info is not ({ IsTitle: true } or { Function: FunctionWord.Conjunction })
            && !doc.IsWord(resumes, "but") && !doc.IsWord(resumes, "and") && doc.Slice(resumes) is not ("who" or "whose" or "which" or "whom" or "where")
            && !quotes.InsideAny(resumes) && HasFiniteVerb(doc, resumes, last))
        {
            return ReportedClause.Create(doc, quotes, resumes, ReportedClause.End(doc, resumes, last), v, cueEnd, match.Mention);
        }

        if ((doc[v].Info!.CueFlags & CueFlags.IndirectObject) != 0)
        {
            k = SkipListener(doc, locator, v, k, last);
        }

        // "As Smith noted in his speech, the gap is vast": the clause after the comma that closes "As X said". Only a
        // listener, a time or a place may stand before that comma: "As Brown announced the Budget date, …" and "As both
        // sides reiterate their commitment, …" are clauses of time with objects.
        if (subjectStart - 1 == first && doc.IsWord(first, "as") && match.Mention.Last < v
            && (doc.IsChar(k, ',') || doc[k].Info is { IsPreposition: true } or { IsTimeWord: true }))
        {
            for (int j = k; j <= last && j < k + MaxParentheticalTokens; j++)
            {
                if (doc.IsChar(j, ','))
                {
                    return j < last ? ReportedClause.Create(doc, quotes, j + 1, ReportedClause.End(doc, j + 1, last), v, cueEnd, match.Mention) : null;
                }

                if (!doc[j].IsWord || doc.IsWord(j, "that") || CueWords.IsCueVerb(doc, j) || doc[j].Info is { IsAuxiliary: true })
                {
                    break; // "As Smith said that the plan failed, the room …": a subordinate clause of time (below).
                }
            }
        }

        // "The governor added:⏎⏎It’s typical of …": a colon that ends the cue's paragraph, then a paragraph in no quotation
        // marks, sets off a block quotation; the whole paragraph is the content.
        if (k == last && doc.IsChar(k, ':') && match.Mention.Last < v && k + 1 < doc.Count && doc[k + 1].Has(TokenFlags.BlankLineBefore)
            && doc[k + 1].Kind is TokenKind.Word or TokenKind.Number)
        {
            int end = k + 1;
            bool marks = false;
            while (end + 1 < doc.Count && !doc[end + 1].Has(TokenFlags.BlankLineBefore) && end - k < MaxBlockTokens)
            {
                end++;
                marks |= doc[end].Kind == TokenKind.QuoteMark;
            }

            return !marks && (end + 1 == doc.Count || doc[end + 1].Has(TokenFlags.BlankLineBefore)) ? ReportedClause.Create(doc, quotes, k + 1, end, v, cueEnd, match.Mention) : null;
        }

        // An indirect question or wh-clause right after the verb (and its listener): "asked reporters whether …",
        // "explained why he backs Trump". Verbs that take no that-clause ("asked") report nothing else.
        // "was quoted as saying …" takes what "saying" takes.
        var flags = (cueEnd > v && doc.IsWord(cueEnd, "saying") ? doc[cueEnd] : doc[v]).Info!.CueFlags;
        if ((flags & CueFlags.WhClause) != 0 && k <= last && IsWhWord(doc, k, v))
        {
            int whEnd = ReportedClause.End(doc, k, last);
            return whEnd > k ? ReportedClause.Create(doc, quotes, k, whEnd, v, cueEnd, match.Mention) : null;
        }

        if ((flags & CueFlags.ThatClause) == 0)
        {
            return null;
        }

        // "said if a blow was struck it would be by older voters", "said if elected, he would …": a condition opens the
        // reported clause when its consequence follows with a modal. After a modal the verb is no report ("Only time will
        // tell if …").
        if ((flags & CueFlags.BareClause) != 0 && k <= last && doc.IsWord(k, "if") && HasConsequence(doc, k + 1, last)
            && !(v > 0 && doc[v - 1].IsWord && (CueWords.IsModal(doc.Slice(v - 1)) || doc.Slice(v - 1) is "to")))
        {
            int ifEnd = ReportedClause.End(doc, k, last);
            return ifEnd > k ? ReportedClause.Create(doc, quotes, k, ifEnd, v, cueEnd, match.Mention) : null;
        }

        // A place phrase may hold commas and names of its own: "says at a campaign stop in Toledo, Ohio, that …".
        int reach = k <= last && doc[k].IsWord && doc.Slice(k) is "at" or "in" or "on" or "after" or "during" ? MaxThatDistance + 4 : MaxThatDistance;
        int that = -1;
        bool objectFirst = (flags & CueFlags.IndirectObject) == 0 && k <= last && doc.IsDeterminer(k);
        for (int j = k; j <= last && j < k + reach; j++)
        {
            if (doc.IsWord(j, "that"))
            {
                if (IsDemonstrativeThat(doc, v, j, last))
                {
                    return null; // "Having said that, …", "he denied that, saying …": the verb's object is the pronoun "that"
                }

                // "writing songs about him, that has not …": a "that" with a verb right after it is a pronoun. "maintain the
                // image of the leader that Mr. Trump admires": after the verb's own object, a "that" opens a relative
                // clause, unless the object is a time ("said the day before that") or a noun of saying ("repeated its
                // view that", clause-nouns.txt).
                bool pronoun = j < last && doc[j + 1].Info is { IsAuxiliary: true }; // not "that lost revenue would …"
                if (pronoun && j == k)
                {
                    that = j - 1; // "hinted that would be in danger": the pronoun is the clause's subject.
                    break;
                }

                if (pronoun || (objectFirst && !HasTimeWord(doc, k, j - 1) && doc[j - 1].Info is not { TakesClause: true }))
                {
                    break;
                }

                that = j;
                break;
            }

            // A comparison between commas: "cautioned, as did the campaign itself, that …".
            if (doc.IsChar(j, ',') && doc.IsWord(j + 1, "as") && NextComma(doc, j + 2, last) is var aside and > 0)
            {
                reach += aside - j;
                j = aside;
                continue;
            }

            // A title in quotation marks may stand in the listener ("told MSNBC's “Morning Joe” that").
            if (TitleAt(doc, quotes, j) is int close)
            {
                j = close;
                continue;
            }

            // "said witnesses saw a gun and that …", "said he believed that …": a "that" past a verb or a subject
            // opens a clause within the clause.
            if (!doc[j].IsWord && !doc.IsChar(j, ',') || CueWords.IsCueVerb(doc, j) || doc[j].Info is { IsAuxiliary: true } || IsSubjectPronoun(doc, j))
            {
                break;
            }
        }

        bool bare = (doc[v].Info!.CueFlags & CueFlags.BareClause) != 0 || doc[cueEnd].Info is { CueFlags: var f } && (f & CueFlags.BareClause) != 0;
        if (that < 0 && bare)
        {
            k = SkipCircumstance(doc, k, last); // "said after the convention he would …", "told them this weekend he …"
        }

        // A clause may open with a quoted fragment: "said “budget reforms” and unpaid taxes would pay for them".
        int head = k <= last && TitleAt(doc, quotes, k) is int fragmentEnd && fragmentEnd < last ? k + 1 : k;
        bool nounObject = (doc[v].Info!.CueFlags & CueFlags.NounObject) != 0;
        int contentStart = that >= 0 ? that + 1
            : (bare && head <= last && StartsClause(doc, head) && (nounObject ? HasNearVerb(doc, head, last) : HasFiniteVerb(doc, k, last)) ? k : -1);

        // "It said, despite four years of preparations, some councils were not ready", "said, in a statement, the firm
        // would …": after a phrase set off by commas, a subject and its verb open the clause; the phrase, as often about
        // the saying ("with a smile", "through its lawyers") as about the content, is left out.
        if (contentStart < 0 && that < 0 && bare && doc.IsChar(k, ',') && k + 2 <= last && doc[k + 1].Info is { IsPreposition: true } && doc.Slice(k + 1) is not ("according" or "to")
            && NextComma(doc, k + 2, last) is int setOff and > 0 && setOff + 1 <= last && StartsClause(doc, setOff + 1) && HasFiniteVerb(doc, setOff + 1, last))
        {
            contentStart = setOff + 1;
        }

        // "his donations, which he said were accompanied by favors": the relative pronoun is the clause's subject, so the
        // clause starts at its verb.
        // So is a noun the clause follows without a pronoun: "meddling the congressman said is designed to sow discord".
        // Without a pronoun, not after a verb that takes an object ("The second product the firm announced is …": the gap
        // is its object).
        bool gap = false;
        if (contentStart < 0 && bare && k <= last && subjectStart > first && doc[subjectStart - 1].IsWord
            && (doc.Slice(subjectStart - 1) is "which" or "that" or "who" || !nounObject && !doc[subjectStart - 1].Has(TokenFlags.Capitalized) && doc[subjectStart - 1].Info is null && match.Mention.Type != MentionType.Pronoun)
            && doc[k].Info is { IsAuxiliary: true } or { IsFiniteVerb: true })
        {
            contentStart = k;
            gap = true;
        }

        if (contentStart >= 0 && contentStart <= last && !quotes.InsideDirect(contentStart))
        {
            int end = ReportedClause.End(doc, contentStart, last);

            // The verb that made a clause without "that" must lie within it: in "posted bigger profits and predicted that
            // …" the clause ends before the second report, and what is left has no verb.
            if (that < 0 && !gap && !HasVerbWithin(doc, contentStart, end))
            {
                return null;
            }

            // A relative clause ends at its closing comma: "The drug, which the company says is safe, was withdrawn".
            for (int j = contentStart + 1; gap && j <= end; j++)
            {
                if (doc.IsChar(j, ','))
                {
                    end = j - 1;
                }
            }

            // So does a fronted subordinate clause, at the comma or dash that closes it: "After Smith said that the plan
            // had failed, the board resigned", "…, and while he said he would hold a hearing, the plan is unlikely …".
            if (IsFrontedSubordinate(doc, first, v) || IsInnerSubordinate(doc, subjectStart, v))
            {
                for (int j = contentStart + 1; j <= end; j++)
                {
                    if (quotes.InsideAny(j))
                    {
                        continue;
                    }

                    // "police said the 24-year-old, from Leeds, had not been charged, …": an aside between commas that the
                    // report's verb follows is inside the report.
                    if (doc.IsChar(j, ',') && AsideEnd(doc, j, end) is > 0 and var aside)
                    {
                        j = aside;
                        continue;
                    }

                    if (doc.IsChar(j, ',') || ReportedClause.IsSpacedDash(doc, j))
                    {
                        end = j - 1;
                        break;
                    }
                }
            }

            // So does a relative clause whose pronoun is the speaker, at the comma before the main verb: "Tom Smith, who
            // said the plan was flawed, voted against it".
            if (IsRelativePronoun(doc, match.Mention) && match.Mention.First < v && doc.IsChar(match.Mention.First - 1, ','))
            {
                // The comma must close a whole clause ("the plan, in his view, was flawed" goes on), and the main verb
                // may be an irregular past speech verb (", told reporters …").
                for (int j = contentStart + 1; j < end; j++)
                {
                    if (doc.IsChar(j, ',') && doc[j + 1].IsWord && !doc[j + 1].Has(TokenFlags.Capitalized)
                        && (IsVerbLike(doc, j + 1) || doc[j + 1].Info is { Cue: not CueClass.None, VerbForm: VerbForm.Past or VerbForm.ThirdPerson })
                        && ContainsFiniteVerb(doc, contentStart, j - 1))
                    {
                        end = j - 1;
                        break;
                    }
                }
            }

            if (end >= contentStart)
            {
                return ReportedClause.Create(doc, quotes, contentStart, end, v, cueEnd, match.Mention);
            }
        }

        if (records is null)
        {
            return null; // A direct quote took the cue; the words before it are that quote's context, not a clause.
        }

        // Cue after the clause: "…, X said." or "…, said X." — the speaker next to the verb, not a participle's subject.
        bool adjacent = match.Mention.First > v ? match.Mention.First == cueEnd + 1 : AdjacentBefore(doc, match.Mention.Last, v);
        int before = subjectStart - 1;
        while (before > first && doc[before].IsWord && !doc[before].Has(TokenFlags.Capitalized) && doc[before].Info is { IsTitle: true } or { IsOrgWord: true } or { GroupKind: not MentionKind.None })
        {
            before--; // "…, company spokesman Peter Lang said."
        }

        if (before > first && doc.IsWord(before, "the") && !doc[before].Has(TokenFlags.Capitalized))
        {
            before--; // "…, the Kremlin said.": a name's mention starts at the name, after its article.
        }

        if (doc.IsWord(before, "as") && doc.IsChar(before - 1, ','))
        {
            before--; // "…, as police have said."
        }

        // The comma may stand inside the closing mark: "The rules are “a step backwards,” Ruth Baker said."
        bool closingMark = before > first + 1 && doc[before].Kind == TokenKind.QuoteMark && doc.IsChar(before - 1, ',');
        int clauseLast = closingMark ? before : before - 1;
        // A relative pronoun speaks only for what follows its verb: "Shares rose at Barclays, which reported record
        // profits" reports nothing before the comma.
        // "Although the surplus is expanding, the department revealed …": a subordinate clause alone before the subject, with
        // one verb, is the writer's frame, not what was said ("While sales rose, profits fell, the company said" and
        // "Although sales slumped profits soared, the firm said" hold a main clause too).
        if (adjacent && !IsRelativePronoun(doc, match.Mention) && doc[v].Info!.VerbForm != VerbForm.Gerund && before > first && (doc.IsChar(before, ',') || closingMark)
            && !IsFrame(doc, first, before - 1)
            && TrailingIsShort(doc, Math.Max(cueEnd, match.Mention.Last), last, inverted: match.Mention.First > v)
            && (ContainsFiniteVerb(doc, first, clauseLast - 1) || !closingMark && EndsInPastVerb(doc, first, before - 1)))
        {
            int mark = closingMark ? before : before - 1;
            if (doc[mark].Kind == TokenKind.QuoteMark && (quotes.Containing(mark) is not { } q || q.Open <= first || !(doc[q.Open - 1].IsWord || doc[q.Open - 1].Kind == TokenKind.Number && !closingMark)))
            {
                return null; // "“…,” X said" is a direct quote's cue; "The country “has made …,” X said" is reported speech.
            }

            return ReportedClause.Create(doc, quotes, first, clauseLast, v, cueEnd, match.Mention);
        }

        return null;
    }

    /// <summary>
    /// The comma that closes a parenthetical cue after its listener and a time phrase of up to four words ("he told me on
    /// Friday,"), or -1 when none stands there.
    /// </summary>
    private static int ParentheticalClose(Document doc, SpeakerLocator locator, int v, int k, int last)
    {
        if (doc.IsChar(k, ','))
        {
            return k;
        }

        if ((doc[v].Info!.CueFlags & CueFlags.IndirectObject) != 0 && doc[k].IsWord && !doc.IsWord(k, "that"))
        {
            int listener = locator.ReadListener(k);
            if (listener >= k && listener < last)
            {
                k = listener + 1;
            }
        }

        for (int j = k; j <= last && j < k + 5; j++)
        {
            if (doc.IsChar(j, ','))
            {
                // ", the senator said then, was …", ", he said on Monday, was …", ", she told me privately, is …".
                return j > k && (doc[k].Info is { IsTimeWord: true } or { IsPreposition: true }
                    || doc[k].IsWord && doc.Slice(k) is "then" or "later" or "earlier" or "again" or "recently" or "privately" or "publicly" or "repeatedly")
                    || j == k ? j : -1;
            }

            // "in a June report": a base form a determiner opens is a noun.
            bool noun = doc[j].Info is { VerbForm: VerbForm.Base } && (doc.IsDeterminer(j - 1) || doc.IsDeterminer(j - 2));
            if (!doc[j].IsWord || CueWords.IsCueVerb(doc, j) && !noun || doc.IsWord(j, "that"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the speaker's description starts, when words the mention reader leaves out stand between it and a comma:
    /// "…, labor-policy experts say", "…, the candidate’s former doctor maintains", "…, attorneys for the family said".
    /// Returns <paramref name="mentionFirst"/> when no comma is reached over such words.
    /// </summary>
    private static int DescriptionStart(Document doc, int first, int mentionFirst)
    {
        for (int j = mentionFirst - 1; j > first && j >= mentionFirst - MaxDescriptionTokens; j--)
        {
            if (doc.IsChar(j, ','))
            {
                // "…, ahead of IMF forecasts, while …": a complex preposition opens no subject.
                return doc[j + 1].IsWord && doc.Slice(j + 1) is "ahead" or "because" or "instead" or "out" or "due" or "prior" or "thanks" or "regardless" or "short"
                    && doc.Slice(j + 2) is "of" or "to" ? mentionFirst : j + 1;
            }

            if (!doc[j].IsWord || doc[j].Info is { IsAuxiliary: true } or { IsFiniteVerb: true } or { IsPronoun: true, IsPossessivePronoun: false } || CueWords.IsCueVerb(doc, j)
                || doc.Slice(j).EndsWith("ing", StringComparison.Ordinal))
            {
                break;
            }

            // Articles, possessives and quantifiers open the phrase; "of", "for" and "to" join a head to its complement.
            if (doc[j].Info is { Function: not FunctionWord.None } info && !(info.IsPreposition && doc.Slice(j) is "of" or "for" or "to")
                && (info.Function & (FunctionWord.Determiner | FunctionWord.Possessive | FunctionWord.Quantifier)) == 0)
            {
                break;
            }
        }

        return mentionFirst;
    }

    /// <summary>
    /// A cue set inside the reported clause, between commas ("Acts of protest, Mr. Obama said, are acts of
    /// patriotism"): the words before and the words after are two quotes, as a writer's split direct quote is. Adds
    /// both parts, or returns <see langword="false"/> when this is no such split.
    /// </summary>
    private static bool Parenthetical(Document doc, QuoteIndex quotes, int first, int commaBefore, int k, int last, int v, int cueEnd, in Mention mention, List<QuoteRecord> records)
    {
        if (commaBefore <= first || k > last || doc[commaBefore - 1].Kind == TokenKind.QuoteMark || doc[k].Kind == TokenKind.QuoteMark
            || !doc[k].IsWord || doc[k].Info is { IsPronoun: true } && (k + 1 > last || !IsVerbLike(doc, k + 1)) || doc.Slice(k) is "that" or "which" or "who" or "whose" or "whom" || ReportedClause.IsWriterClause(doc, k)
            || quotes.InsideAny(commaBefore - 1) || quotes.InsideAny(k))
        {
            return false; // "…,” he said, “…" is a direct quote's; ", he said, she …", ", he said, adding …" and ", according to X, which …" are not splits.
        }

        for (int j = first; j < commaBefore; j++)
        {
            if (doc[j].Kind == TokenKind.QuoteMark && !quotes.InsideAny(j + 1) || CueWords.IsCueVerb(doc, j))
            {
                return false; // The words before belong to another cue or quotation.
            }
        }

        if (BeforeOnly(doc, quotes, first, commaBefore, k, last, v, cueEnd, mention) is { } reported)
        {
            records.Add(reported);
            return true;
        }

        // "…, she said, and they had waited for years": the coordinator joins the two parts; the second starts after it.
        if (k < last && doc[k].IsWord && doc.Slice(k) is "and" or "but" && (doc[k + 1].IsWord || doc[k + 1].Kind == TokenKind.QuoteMark))
        {
            k++;
        }

        // One word before the cue is the clause's subject when the words after it go on with its verb ("Compaq, she
        // predicted, would come to them", "Costs, he added, were …"); not an introduction ("However, he said, the …").
        int end = ReportedClause.End(doc, k, last);
        bool subjectBefore = commaBefore == first + 1 && doc[first].IsWord && doc[first].Info is null or { Function: FunctionWord.None, IsPronoun: false }
            && !doc.Slice(first).EndsWith("ly", StringComparison.Ordinal) && !IsIntroduction(doc, first, first)
            && !doc[k].Has(TokenFlags.Capitalized) && doc[k].Info is { IsAuxiliary: true } or { IsFiniteVerb: true };
        if (CountWords(doc, doc[k].Start, doc[end].End) < MinSplitWords
            || (CountWords(doc, doc[first].Start, doc[commaBefore - 1].End) < MinSplitWords && !subjectBefore)
            || ReportedClause.Create(doc, quotes, first, commaBefore - 1, v, cueEnd, mention) is not { } before
            || ReportedClause.Create(doc, quotes, k, end, v, cueEnd, mention) is not { } after)
        {
            return false;
        }

        records.Add(before);
        records.Add(after);
        return true;
    }

    /// <summary>
    /// When only the words before a cue set between commas are reported speech, that part: "Many visitors were older,
    /// she said, and “I had to step back.”" (a coordinator and a direct quote of its own follow the closing comma), or
    /// "The top 1 percent would see a cut, the group said, compared with …" (a participle phrase, no clause, follows a
    /// whole clause; "…, he said, replacing Clinton would be …" is a clause).
    /// Returns <see langword="null"/> when neither follows.
    /// </summary>
    private static QuoteRecord? BeforeOnly(Document doc, QuoteIndex quotes, int first, int commaBefore, int k, int last, int v, int cueEnd, in Mention mention)
    {
        if (k >= last || commaBefore <= first || !doc[k].IsWord || doc[commaBefore - 1].Kind == TokenKind.QuoteMark || quotes.InsideAny(commaBefore - 1)
            || CountWords(doc, doc[first].Start, doc[commaBefore - 1].End) < MinSplitWords)
        {
            return null;
        }

        var w = doc.Slice(k);
        bool quoteAfter = w is "and" or "but" && quotes.Containing(k + 1) is { Shape: QuoteShape.Direct } direct && direct.Open == k + 1;
        bool participle = doc[k].Info is null && !doc[k].Has(TokenFlags.Capitalized) && (IsEdForm(w) || w.EndsWith("ing", StringComparison.Ordinal))
            && ContainsFiniteVerb(doc, first, commaBefore - 1) && !ContainsFiniteVerb(doc, k + 1, ReportedClause.End(doc, k, last));
        if (!quoteAfter && !participle)
        {
            return null;
        }

        for (int j = first; j < commaBefore; j++)
        {
            if (doc[j].Kind == TokenKind.QuoteMark && !quotes.InsideAny(j + 1) || CueWords.IsCueVerb(doc, j))
            {
                return null; // The words before belong to another cue or quotation.
            }
        }

        return ReportedClause.Create(doc, quotes, first, commaBefore - 1, v, cueEnd, mention);
    }

    private static bool HasTitleWord(Document doc, int first, int last)
    {
        for (int j = first; j <= last; j++)
        {
            if (doc[j].IsWord && doc[j].Info is { IsTitle: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether tokens <paramref name="first"/>..<paramref name="last"/> introduce a sentence and are no clause or subject:
    /// a sentence adverb or conjunction ("Now", "And", "However"), a time ("In 2004", "By 2008", "Last week").
    /// </summary>
    private static bool IsIntroduction(Document doc, int first, int last)
    {
        if (ContainsFiniteVerb(doc, first, last) || !doc[first].IsWord)
        {
            return false;
        }

        var w = doc.Slice(first);
        return doc[first].Info is { Function: var f } && (f & (FunctionWord.Conjunction | FunctionWord.Preposition | FunctionWord.Time)) != 0
            || w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 4
            || w is "Now" or "Then" or "Still" or "Yet" or "So" or "Meanwhile" or "However" or "Nonetheless" or "Instead" or "Today" or "Yesterday";
    }

    /// <summary>Whether a time word stands in tokens <paramref name="first"/>..<paramref name="last"/>: "said the day before that …".</summary>
    internal static bool HasTimeWord(Document doc, int first, int last)
    {
        for (int j = first; j <= last; j++)
        {
            if (doc[j].Info is { IsTimeWord: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the clause is a teaser cut off by an ellipsis at its paragraph's end before it reached a verb ("FIFA
    /// announced Friday that the Women’s World..."): a link to another story, not what was said.
    /// </summary>
    private static bool IsCutTeaser(Document doc, in QuoteRecord r)
    {
        int next = r.LastToken + 1;
        return next < doc.Count && doc[next].Kind == TokenKind.Punctuation && doc.Slice(next) is "..." or "…"
            && (next + 1 == doc.Count || doc[next + 1].Has(TokenFlags.ParagraphStart)) && !ContainsFiniteVerb(doc, r.FirstToken, r.LastToken);
    }

    /// <summary>Whether a speaker's mention is the relative pronoun "who" or "which" alone.</summary>
    private static bool IsRelativePronoun(Document doc, in Mention m) =>
        m.First == m.Last && (doc.IsWord(m.First, "who") || doc.IsWord(m.First, "which"));

    /// <summary>Whether the cue at <paramref name="v"/> stands in a subordinate clause that opens its sentence ("When Clinton noted that …, Trump …").</summary>
    private static bool IsFrontedSubordinate(Document doc, int first, int v)
    {
        int s = first;
        while (s < v && doc[s].Kind is TokenKind.QuoteMark or TokenKind.Punctuation)
        {
            s++;
        }

        if (s >= v || !doc[s].IsWord || !IsSentenceSubordinator(doc.Slice(s)))
        {
            return false;
        }

        for (int j = s + 1; j < v; j++)
        {
            if (doc.IsChar(j, ',') || doc[j].Kind == TokenKind.Dash)
            {
                return false; // "When asked, Smith said …": the subordinate clause closed before the cue.
            }
        }

        return true;
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> hold a noun of saying (clause-nouns.txt) or "that".</summary>
    private static bool HasClauseNoun(Document doc, int first, int last)
    {
        for (int j = first; j <= last; j++)
        {
            if (doc[j].Info is { TakesClause: true } || doc.IsWord(j, "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The closing comma of an aside that opens with the comma at <paramref name="comma"/>, holds no verb (unless it is a
    /// relative clause) and is followed by a verb (", from Leeds, had"), within a parenthetical's reach; or -1.
    /// </summary>
    private static int AsideEnd(Document doc, int comma, int last)
    {
        // A relative clause may hold verbs of its own: "the blaze, which started in the kitchen, was under control".
        bool relative = comma + 1 <= last && doc[comma + 1].IsWord && doc.Slice(comma + 1) is "who" or "which" or "whose";
        for (int j = comma + 1; j <= last && j <= comma + MaxParentheticalTokens; j++)
        {
            if (doc.IsChar(j, ','))
            {
                return j > comma + 1 && j + 1 <= last && doc[j + 1].IsWord && !doc[j + 1].Has(TokenFlags.Capitalized) && IsVerbLike(doc, j + 1) ? j : -1;
            }

            if (!doc[j].IsWord && doc[j].Kind != TokenKind.Number || !relative && doc[j].IsWord && !doc[j].Has(TokenFlags.Capitalized) && IsVerbLike(doc, j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> are a subordinate clause with one verb and no comma, the writer's frame before a subject.</summary>
    private static bool IsFrame(Document doc, int first, int last) =>
        doc[first].IsWord && IsSentenceSubordinator(doc.Slice(first)) && doc.Slice(first) is not ("As" or "With")
        && !HasCommaWithin(doc, first, last) && VerbGroups(doc, first + 1, last) == 1;

    /// <summary>
    /// Whether token <paramref name="k"/> is a lower-case verb form a clause surely has: an auxiliary, a finite verb of the
    /// lists, or an "-ed" form the lists lack ("defended").
    /// </summary>
    internal static bool IsSureVerb(Document doc, int k) =>
        k < doc.Count && doc[k].IsWord && !doc[k].Has(TokenFlags.Capitalized)
        && (doc[k].Info is { IsAuxiliary: true } or { IsFiniteVerb: true } || doc[k].Info is null && IsEdForm(doc.Slice(k)));

    /// <summary>
    /// How many runs of sure verb forms stand in tokens <paramref name="first"/>..<paramref name="last"/> ("slumped …
    /// soared": two; "is expanding": one; "soar": none).
    /// </summary>
    private static int VerbGroups(Document doc, int first, int last)
    {
        int groups = 0;
        bool inGroup = false;
        for (int k = first; k <= last; k++)
        {
            bool verb = IsSureVerb(doc, k);
            groups += verb && !inGroup ? 1 : 0;
            inGroup = verb || inGroup && doc[k].IsWord && doc.Slice(k) is "not" or "also" or "still" or "never";
        }

        return groups;
    }

    /// <summary>Whether a comma stands in tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    private static bool HasCommaWithin(Document doc, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (doc.IsChar(k, ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A subordinator that opens a clause whose report ends at the clause's comma ("when", "although", "unless").</summary>
    private static bool IsSubordinator(ReadOnlySpan<char> w) =>
        w is "when" or "after" or "before" or "if" or "although" or "though" or "while" or "because" or "since" or "once" or "until" or "unless";

    /// <summary>The same, capitalised at a sentence's start, where "As" and "With" open such a phrase too.</summary>
    private static bool IsSentenceSubordinator(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > 8 || !char.IsAsciiLetterUpper(w[0]) || !char.IsAsciiLetterLower(w[1]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[w.Length];
        w.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(w[0]);
        return IsSubordinator(lower) || lower is "as" or "with";
    }

    /// <summary>
    /// Whether the speaker's subject at <paramref name="subjectStart"/> opens a subordinate clause inside the sentence,
    /// after a comma or a coordinator ("…, and while he said …", "…, although Smith said …"), with no comma before the cue.
    /// </summary>
    private static bool IsInnerSubordinate(Document doc, int subjectStart, int v)
    {
        int s = subjectStart - 1;
        if (s < 1 || !doc[s].IsWord || doc[s].Has(TokenFlags.Capitalized)
            || !(IsSubordinator(doc.Slice(s)) || doc.IsWord(s, "whereas"))
            || !(doc.IsChar(s - 1, ',') || doc.IsWord(s - 1, "and") || doc.IsWord(s - 1, "but")))
        {
            return false;
        }

        for (int j = s + 1; j < v; j++)
        {
            if (doc.IsChar(j, ',') || doc[j].Kind == TokenKind.Dash)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"a ceasefire declared by Putin": a participle with its agent after it, not a verb with a subject before.</summary>
    /// <remarks>"Smith said by phone that …" names a means, not an agent: the agent is a name or a determiner phrase.</remarks>
    private static bool IsReducedPassive(Document doc, int v) =>
        doc[v].Info is { VerbForm: VerbForm.Past } && doc.IsWord(v + 1, "by") && CueWords.CueEnd(doc, v) == v && !CueWords.IsVerbModifier(doc, v - 1)
        && v + 2 < doc.Count && doc[v + 2].IsWord && (doc[v + 2].IsCapitalizedWord || doc[v + 2].Info is { Function: var f } && (f & FunctionWord.Determiner) != 0);

    /// <summary>
    /// Whether a source of "according to" is a provider of data: a report, survey or website ("a recent report from
    /// analysts Gartner", "industry website Screen Daily", "the FCC figures"), or a firm named as analysts or researchers
    /// ("market analysts Nielsen"); not a person or an unnamed group of people ("according to analysts").
    /// </summary>
    private static bool IsDataProvider(Document doc, in Mention source)
    {
        if (source.Kind == MentionKind.Person)
        {
            return false; // "according to Gartner analyst Carolina Milanesi"
        }

        bool named = false;
        bool data = false;
        for (int j = source.First; j <= source.Last; j++)
        {
            if (!doc[j].IsWord)
            {
                continue;
            }

            named |= doc[j].IsCapitalizedWord && j > source.First;
            data |= !doc[j].Has(TokenFlags.Capitalized) && doc.Slice(j) is "report" or "survey" or "study" or "poll" or "research" or "figures" or "data"
                or "statistics" or "estimates" or "website" or "site" or "index" or "census" or "list" or "analysts" or "analyst" or "researchers" or "consultancy";
        }

        bool people = doc.IsWord(source.Last, "analysts") || doc.IsWord(source.Last, "researchers") || doc.IsWord(source.Last, "analyst");
        int head = source.Head >= 0 ? source.Head : source.Last;
        return data && !people && (named || doc[head].Info is { IsDocument: true } || doc.Slice(head) is "figures" or "data" or "statistics" or "estimates");
    }

    /// <summary>
    /// Whether the cue at <paramref name="c"/> ends its sentence with "as saying" ("…, X was quoted as saying."): "quoted"
    /// introduces direct quotes only, but so it reports the clause before it. With a clause after, "saying" is the cue
    /// and reads its subject itself.
    /// </summary>
    private static bool EndsWithAsSaying(Document doc, int c)
    {
        int end = CueWords.CueEnd(doc, c);
        return end > c && doc.IsWord(end, "saying") && (end + 1 >= doc.Count || doc.IsChar(end + 1, '.'));
    }

    /// <summary>
    /// Whether the source is named as a data provider of data-providers.txt ("according to Gartner", "according to the
    /// Nationwide"), perhaps with the word for its work after it ("Gartner research"): its capitalised words, without
    /// "the", make the name.
    /// </summary>
    private static bool IsKnownDataProvider(Document doc, in Mention source)
    {
        int first = doc.IsWord(source.First, "the") ? source.First + 1 : source.First;
        int last = source.Last;
        while (last > first && !doc[last].IsCapitalizedWord)
        {
            last--;
        }

        return first <= last && doc[first].IsCapitalizedWord && Lexicon.Shared.IsDataProvider(doc.Slice(first, last));
    }

    /// <summary>
    /// Whether the sentence holds a figure outside the source: a number other than a year, with its share or amount
    /// ("167 million", "$30.1m", "54%").
    /// </summary>
    private static bool HasFigure(Document doc, int first, int last, in Mention source)
    {
        for (int j = first; j <= last; j++)
        {
            if (j >= source.First && j <= source.Last || doc[j].Kind != TokenKind.Number)
            {
                continue;
            }

            var w = doc.Slice(j);
            bool year = w.Length == 4 && w[0] is '1' or '2' && char.IsAsciiDigit(w[1]) && char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3]);
            if (!year)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDataSource(Document doc, in Mention source)
    {
        int next = source.Last + 1;
        return next < doc.Count && doc[next].IsWord && doc.Slice(next) is "data" or "figures" or "statistics" or "estimates" or "calculations" or "prices";
    }

    /// <summary>
    /// Whether a reported clause can start at <paramref name="k"/> right after a verb without "that": anything but a
    /// preposition, a time word, an auxiliary or a word that makes the verb's object ("said nothing", "said Monday").
    /// </summary>
    internal static bool StartsClause(Document doc, int k)
    {
        ref readonly var t = ref doc[k];
        if (t.Kind == TokenKind.Number)
        {
            return true;
        }

        if (t.Kind != TokenKind.Word || t.Has(TokenFlags.Possessive))
        {
            return false;
        }

        var info = t.Info;
        if (info is { Cue: not CueClass.None, VerbForm: VerbForm.Gerund } && (doc.IsChar(k - 1, ',') || doc.IsWord(k + 1, "that")))
        {
            return false; // "X said(,) adding that …": the participle is a cue of its own ("said reporting … was unfair" is a clause)
        }

        // "The report he wrote said the plan …": a past-tense speech verb followed by its own clause is the sentence's main
        // verb, and the cue before it sits in a relative clause of the subject ("said published figures show" is a clause);
        // so is "Past CBO forecasts said there would be …".
        if (info is { Cue: not CueClass.None, VerbForm: VerbForm.Past } && !t.Has(TokenFlags.Capitalized)
            && k + 1 < doc.Count && (doc.IsDeterminer(k + 1) || doc[k + 1].Info is { IsPronoun: true } || doc.IsWord(k + 1, "there")))
        {
            return false;
        }

        var w = doc.Slice(k);
        if (info is { IsPronoun: true })
        {
            // "her" opens a clause as a possessive ("said her colleague had …"), not as an object ("told her").
            return !w.Equals("him", StringComparison.OrdinalIgnoreCase) && !w.Equals("them", StringComparison.OrdinalIgnoreCase)
                && (!w.Equals("her", StringComparison.OrdinalIgnoreCase) || k + 1 < doc.Count && doc[k + 1].IsWord && doc[k + 1].Info is not { Function: not FunctionWord.None });
        }

        if (w is "there" && k + 1 < doc.Count && doc[k + 1].IsWord
            && (doc[k + 1].Info is { IsAuxiliary: true } or { IsFiniteVerb: true } || (IsVerbForm(doc.Slice(k + 1)) && !doc.IsWord(k + 2, "of"))))
        {
            return true; // "said there was …", "says there needs to be …"; not "said there, in the hall", "said there tens of …"
        }

        if (w is "too" && (doc.IsWord(k + 1, "much") || doc.IsWord(k + 1, "many")))
        {
            return true; // "says too much is made of …"
        }

        if (w is "much" or "more" or "less" or "fewer" && (doc.IsWord(k + 1, "of") || (doc.IsWord(k + 1, "than") && k + 2 < doc.Count && (doc[k + 2].Kind == TokenKind.Number || doc.Slice(k + 2) is "half" or "a" or "one"))))
        {
            // "said much of the money had …", "said more than 14 million people can …": a subject when an auxiliary or a
            // finite verb follows before any punctuation, pronoun or subordinator; not "added more than five million
            // customers, …", "said much of what he had wanted", "said more than he should have".
            for (int j = k + 2; j < doc.Count && j <= k + MaxQuantitySubjectTokens && doc[j].Kind is TokenKind.Word or TokenKind.Number; j++)
            {
                if (doc[j].Info is { IsPronoun: true } || IsSubordinator(doc.Slice(j)) || doc.Slice(j) is "what" or "when" or "who" or "which" or "that" or "where")
                {
                    return false;
                }

                // "said more than 13,000 people voted for …": a past form right after the plural noun.
                if (doc[j].Info is { IsAuxiliary: true } or { IsFiniteVerb: true }
                    || IsEdForm(doc.Slice(j)) && doc[j - 1].IsWord && (doc.Slice(j - 1) is "people" || doc.Slice(j - 1).EndsWith("s", StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        if (w is "no" && k + 1 < doc.Count && doc[k + 1].IsWord && (doc[k + 1].Info is null || doc.Slice(k + 1) is "such" or "one"))
        {
            return true; // "said no decision had been made", "said no such deal had been offered", not "said no to …"
        }

        if (w is "this" && k + 2 < doc.Count && (doc[k + 1].Info is { IsAuxiliary: true } || doc[k + 1].IsWord && doc[k + 2].Has(TokenFlags.Possessive)))
        {
            return true; // "says this was unlawful", "say this year's festival will …"; not "said this week"
        }

        // "said more acts were still to be confirmed", "says more would be coming": a quantity word is the subject when a
        // verb follows within a few words, past at most plain words; not "added more weight to …", "said more in private".
        if (w is "more" or "fewer" or "less" && k + 1 < doc.Count && !doc.IsWord(k + 1, "than") && !doc.IsWord(k + 1, "of"))
        {
            for (int j = k + 1; j < doc.Count && j <= k + 4 && doc[j].IsWord; j++)
            {
                if (doc[j].Info is { IsAuxiliary: true })
                {
                    return true;
                }

                if (doc[j].Info is { Function: not FunctionWord.None } or { IsPronoun: true } or { IsPreposition: true })
                {
                    return false;
                }
            }

            return false;
        }

        if (t.Has(TokenFlags.Capitalized))
        {
            return info is not { IsNonName: true } || w is "The" or "A" or "An" or "This" or "It" or "There" or "Some" or "Many" or "Most" or "No" or "All" or "Both";
        }

        // "said about 20 people have …": a number after "about" or "nearly" is the subject's; so is "such a move would …".
        if ((w is "about" or "around" or "nearly" or "almost" or "roughly" or "over" or "under" && k + 1 < doc.Count && doc[k + 1].Kind == TokenKind.Number)
            || (w is "such" && (doc.IsWord(k + 1, "a") || doc.IsWord(k + 1, "an")
                || k + 2 < doc.Count && doc[k + 1].IsWord && doc.Slice(k + 1).EndsWith("s", StringComparison.Ordinal)
                    && doc[k + 2].IsWord && doc[k + 2].Info is { IsAuxiliary: true } or { IsFiniteVerb: true }))) // "said such warnings were premature"
        {
            return true;
        }

        // A preposition opens an object or an adverbial ("warned against hackers", "said in a statement").
        if (info is { IsPreposition: true })
        {
            return false;
        }

        return !(w is "in" or "on" or "at" or "to" or "for" or "with" or "by" or "from" or "of" or "about" or "after" or "before" or "during"
            or "into" or "through" or "over" or "under" or "since" or "until" or "as" or "than" or "and" or "or" or "but" or "so" or "nothing"
            or "something" or "anything" or "yes" or "no" or "goodbye" or "hello" or "thanks" or "sorry" or "otherwise" or "last" or "next"
            or "earlier" or "later" or "today" or "yesterday" or "tomorrow" or "tonight" or "recently" or "repeatedly" or "again" or "once"
            or "is" or "are" or "was" or "were" or "be" or "been" or "has" or "have" or "had" or "will" or "would" or "could" or "should"
            or "can" or "may" or "might" or "must" or "do" or "does" or "did" or "not" or "never" or "also" or "only" or "just" or "what"
            or "how" or "why" or "when" or "where" or "which" or "who" or "whether" or "if" or "very" or "too" or "much" or "more" or "less"
            or "ago" or "week" or "month" or "year" or "morning" or "afternoon" or "evening" or "night" or "here" or "there" or "publicly"
            or "privately" or "simply" or "flatly" or "bluntly" or "firmly" or "openly" or "little" or "enough" or "such" or "this");
    }

    /// <summary>
    /// Whether a condition after a speech verb has its consequence: a subject and a modal later in the sentence ("if
    /// elected, he would …", "if it failed the bank will …"), before any other cue or a colon.
    /// </summary>
    private static bool HasConsequence(Document doc, int from, int last)
    {
        for (int j = from + 2; j <= last && j < from + MaxSubjectTokens * 2; j++)
        {
            if (doc[j].Kind == TokenKind.Punctuation && doc.FirstChar(j) is ';' or ':' || CueWords.IsCueVerb(doc, j))
            {
                return false;
            }

            if (doc[j].IsWord && CueWords.IsModal(doc.Slice(j))
                && doc[j - 1].IsWord && (doc[j - 1].Info is null or { IsPronoun: true } or { Function: FunctionWord.None, Cue: CueClass.None }))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a two-word content is a clause of its own, a subject and its finite verb: "said prices rose", "said he
    /// lied"; not "said so", "said yes", "said on Monday".
    /// </summary>
    private static bool IsTwoWordClause(Document doc, in QuoteRecord r)
    {
        int first = r.FirstToken;
        if (doc.IsWord(first, "that"))
        {
            first++;
        }

        if (first + 1 > r.LastToken || !doc[first].IsWord || !doc[first + 1].IsWord || (first + 2 <= r.LastToken && doc[first + 2].IsWord))
        {
            return false;
        }

        ref readonly var verb = ref doc[first + 1];
        var info = doc[first].Info;
        bool subject = info is null || (info.IsPronoun && !info.IsPossessivePronoun) || info.GroupKind != MentionKind.None;
        return subject && !verb.Has(TokenFlags.Capitalized)
            && (verb.Info is { IsFiniteVerb: true } or { VerbForm: Cues.VerbForm.Past } || (verb.Info is null && doc.Slice(first + 1).EndsWith("ed", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether a clause without "that" has a finite verb soon: an auxiliary or modal, a past form, or a verb right
    /// after a pronoun or name subject ("Kyiv remains", "they plan"). "announced a new tranche of aid" has none.
    /// </summary>
    internal static bool HasFiniteVerb(Document doc, int k, int last)
    {
        int commas = 0;
        bool broken = false;
        for (int j = k; j <= last && j < k + MaxSubjectTokens + (commas * MaxParentheticalTokens); j++)
        {
            // A long subject goes on without a break; after a dash or a subordinator a verb far on is another clause's
            // ("added the trophy to his list of successes - but not before he was given …", "posted a rise after sales
            // of replica kits were boosted …").
            broken |= doc[j].Kind == TokenKind.Dash || doc[j].IsWord && (IsSubordinator(doc.Slice(j)) || doc.IsWord(j, "but"));
            if (broken && j >= k + MaxShortSubjectTokens)
            {
                return false;
            }

            if (doc[j].Kind != TokenKind.Word)
            {
                if (doc[j].Kind == TokenKind.Punctuation && doc.FirstChar(j) is ';' or ':')
                {
                    return false;
                }

                if (doc.IsChar(j, ','))
                {
                    // "the program, run by the department, has brought …": one phrase between commas may stand
                    // before the verb; a single comma ends the search.
                    // ", that has not …" opens a clause of its own ("writing songs about him, that has not happened").
                    int close = NextComma(doc, j + 1, last, naming: IsNamingParticiple(doc, j + 1));
                    if (commas++ > 0 || close < 0 || doc.IsWord(j + 1, "that"))
                    {
                        return false;
                    }

                    j = close;
                }

                continue;
            }

            if (doc[j].Info is { HoldsVerb: true } || j > k && IsClauseVerb(doc, j))
            {
                return true; // "said he's not running", "said prices rose"
            }
        }

        return false;
    }

    /// <summary>The next comma within a parenthetical's reach, or -1 at a quotation mark or (unless <paramref name="overCues"/>) a cue verb.</summary>
    /// <remarks>
    /// With <paramref name="naming"/> the phrase names something (", dubbed “Otoku”,", ", called Otoku,"): its verb and the
    /// name's quotation marks are read over.
    /// </remarks>
    private static int NextComma(Document doc, int from, int last, bool overCues = false, bool naming = false)
    {
        for (int j = from; j <= last && j < from + MaxParentheticalTokens; j++)
        {
            if (doc.IsChar(j, ','))
            {
                return j;
            }

            if (doc[j].Kind is TokenKind.QuoteMark && !naming || !overCues && !naming && CueWords.IsCueVerb(doc, j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is a past participle of a verb that names and takes no clause ("called",
    /// "dubbed", "described", "labelled"), opening a phrase between commas (", dubbed “Otoku”,").
    /// </summary>
    private static bool IsNamingParticiple(Document doc, int k) =>
        CueWords.IsCueVerb(doc, k) && doc[k].Info is { VerbForm: VerbForm.Past, CueFlags: var flags } && (flags & CueFlags.ThatClause) == 0;

    /// <summary>
    /// Skips a time or place phrase between a verb and its clause ("on Friday", "after the convention", "this
    /// weekend", "Monday"); returns <paramref name="k"/> unchanged when none stands there.
    /// </summary>
    private static int SkipCircumstance(Document doc, int k, int last)
    {
        if (k > last || doc[k].Kind != TokenKind.Word)
        {
            return k;
        }

        var w = doc.Slice(k);
        bool lead = w is "on" or "in" or "at" or "after" or "before" or "during" or "this" or "last" or "late" or "early" or "earlier"
            or "later" or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "yesterday" or "today";
        if (!lead)
        {
            return k;
        }

        for (int j = k + 1; j <= last && j <= k + MaxCircumstanceTokens; j++)
        {
            // "said Friday as he entered the talks", "write this because I am …": a clause of time or reason, not what was said.
            // A number may stand in the phrase ("said during his 22 years in Parliament he had …").
            if (doc[j].Kind == TokenKind.Number)
            {
                continue;
            }

            if (doc[j].Kind != TokenKind.Word || doc.Slice(j) is "as" or "because" or "when" or "while" or "if" or "although" or "though" or "since" or "until" or "unless" or "whereas")
            {
                return k;
            }

            if ((StartsClause(doc, j) && doc[j].Info is { IsPronoun: true }) || doc.IsWord(j, "that"))
            {
                return doc.IsWord(j, "that") ? j + 1 : j;
            }

            // "said on Thursday there were no plans", "said last week the plan had failed": after a named time, a
            // clause's subject ("said on the day the rally went ahead" is a relative clause of "the day").
            // So after "in a statement" or "in an interview": "said in a statement the directors believed …".
            if (j > k + 1 && (doc[j - 1].Info is { IsTimeWord: true } && (doc[j - 1].IsCapitalizedWord || doc.Slice(j - 1) is "yesterday" or "today" or "tonight" || doc.Slice(j - 2) is "last" or "this" or "next")
                    || j == k + 3 && w is "in" && doc.IsDeterminer(k + 1) && (doc[j - 1].Info is { IsSpeechNoun: true } || doc.Slice(j - 1) is "interview"))
                && (doc.IsWord(j, "there") || doc.IsDeterminer(j)) && StartsClause(doc, j) && HasFiniteVerb(doc, j, last))
            {
                return j;
            }
        }

        return k;
    }

    /// <summary>After "told", "warned", "assured": skips the listener ("told reporters", "told The New York Times") to the clause.</summary>
    private static int SkipListener(Document doc, SpeakerLocator locator, int v, int k, int last)
    {
        if (k > last || doc[k].Kind != TokenKind.Word || doc.IsWord(k, "that"))
        {
            return k;
        }

        // "warned the picture was not as rosy": after a verb that may take no listener, lower-case words with a verb
        // right after them are the clause's subject ("warned investors that …"). What follows "told" is its listener
        // ("told the BBC News website there are …").
        var listener = locator.ReadListener(k);
        bool subject = (doc[v].Info!.CueFlags & CueFlags.ListenerAfter) == 0 && listener >= k && listener < last
            && doc[listener + 1].Info is { IsAuxiliary: true } or { IsFiniteVerb: true } && !doc.HasCapitalWithin(k, listener);
        return listener >= k && listener < last && !subject ? listener + 1 : k;
    }

    /// <summary>
    /// Whether what follows the speaker and cue is only circumstance ("on Sunday", ", a senior official with the
    /// board", ", according to media reports") and not a clause of its own.
    /// </summary>
    /// <remarks>
    /// After an inverted cue ("…, said Jeffrey Trimble, a senior official with the board that oversees them") a "that"
    /// inside the appositive is a relative pronoun, not a clause of the cue's own.
    /// </remarks>
    private static bool TrailingIsShort(Document doc, int from, int last, bool inverted)
    {
        // "…, Voltra said, adding that …": the participle is a cue with a clause of its own, read by itself.
        if (from + 2 <= last && doc.IsChar(from + 1, ',') && CueWords.IsCueVerb(doc, from + 2) && doc[from + 2].Info!.VerbForm == VerbForm.Gerund)
        {
            return true;
        }

        if (last - from > MaxTrailingTokens)
        {
            return false;
        }

        bool appositive = inverted && doc.IsChar(from + 1, ',');
        for (int k = from + 1; k <= last; k++)
        {
            if (doc[k].Kind == TokenKind.QuoteMark || (doc.IsWord(k, "that") && !appositive))
            {
                return false;
            }

            // "…, Chinese state media reported.": a speech verb right after is the cue; this word was a noun.
            if (!inverted && k <= from + 3 && CueWords.IsCueVerb(doc, k) && doc[k].Info!.VerbForm != VerbForm.Gerund)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the clause <paramref name="first"/>..<paramref name="last"/> ends in its past-tense "-ed" verb after a
    /// subject ("The employment picture also improved, the Fed said"), not an adjective after an article or preposition.
    /// </summary>
    private static bool EndsInPastVerb(Document doc, int first, int last)
    {
        if (last <= first || !doc[last].IsWord || doc[last].Has(TokenFlags.Capitalized) || !IsEdForm(doc.Slice(last)) || doc[last].Info is { Function: not FunctionWord.None })
        {
            return false;
        }

        // Not an adjective after a determiner or preposition ("the revised", "of the newly elected").
        int b = last - 1;
        while (b > first && CueWords.IsVerbModifier(doc, b))
        {
            b--;
        }

        return doc[b].IsWord && !doc.IsDeterminer(b) && doc[b].Info is not { IsPreposition: true };
    }

    /// <summary>
    /// Whether tokens <paramref name="first"/>..<paramref name="last"/> hold a verb as <see cref="HasFiniteVerb"/> finds
    /// one; an unknown "-s" word that ends them is a plural noun, as it is before a full stop ("posted annual profits").
    /// </summary>
    private static bool HasVerbWithin(Document doc, int first, int last)
    {
        for (int j = first; j <= last; j++)
        {
            if (doc[j].Info is { HoldsVerb: true }
                || j > first && doc[j].IsWord && IsClauseVerb(doc, j) && !(j == last && doc[j].Info is null && IsSForm(doc.Slice(j))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the lower-case word at <paramref name="j"/> is a clause's verb: verb-like, or a cue verb's finite form not read as a plural.</summary>
    private static bool IsClauseVerb(Document doc, int j) =>
        !doc[j].Has(TokenFlags.Capitalized) && (IsVerbLike(doc, j) || doc[j].Info is { Cue: not CueClass.None, VerbForm: not VerbForm.Gerund } && !ReadsAsPlural(doc, j));

    /// <summary>Whether a span holds a verb form a clause needs ("Earlier this month" holds none).</summary>
    private static bool ContainsFiniteVerb(Document doc, int first, int last)
    {
        for (int j = first; j <= last; j++)
        {
            if (doc[j].Kind == TokenKind.Word && (!doc[j].Has(TokenFlags.Capitalized) && IsVerbLike(doc, j) || doc[j].Info is { HoldsVerb: true }))
            {
                return true; // "He's a liar, she said"
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a clause without "that" after a verb that often takes an object has its verb within
    /// <see cref="MaxNearVerbTokens"/> words and before any comma: "stressed his views were personal", not "stressed
    /// the caution on both sides, until England refused".
    /// </summary>
    private static bool HasNearVerb(Document doc, int k, int last)
    {
        // The clause's first word is its subject ("stressed ties with Europe" has none); an "-ed" word after a preposition or
        // determiner is an adjective ("the need for increased funding").
        for (int j = k + 1; j <= last && j < k + MaxNearVerbTokens; j++)
        {
            // "denied murder and was remanded": a verb after a coordinator is the subject's second verb, not a clause's.
            if (doc[j].Kind != TokenKind.Word || doc[j - 1].Kind != TokenKind.Word || doc.Slice(j - 1) is "and" or "or" or "but")
            {
                return false;
            }

            // "confirmed the diagnosis the family had feared", "disclosed losses it had hidden", "responded the moment the
            // alarm sounded": a second noun phrase or a subordinator before the verb makes the first an object with a
            // relative clause or an adjunct, not a clause's subject. Not inside a prepositional phrase ("revenues from the
            // industry had"), nor after a noun of saying or "that", which open the noun's own clause ("denied claims that
            // he knew …", "denied reports it was withdrawing").
            if ((j > k + 1 || doc[k].Info is null or { Function: FunctionWord.None, IsPronoun: false }) && !doc[j].Has(TokenFlags.Capitalized) && doc[j].Info is { } between
                && doc[j - 1].Info is not { IsPreposition: true } && !doc.IsWord(j, "that") && !HasClauseNoun(doc, k, j - 1)
                && ((between.Function & (FunctionWord.Determiner | FunctionWord.Possessive | FunctionWord.Clause)) != 0 || between.IsPronoun && !between.IsPossessivePronoun))
            {
                return false;
            }

            // "reveal extensive business interests in Russia": an "-s" word after a common noun is as often a plural as a
            // verb, and here the verb must be certain.
            bool adjective = doc.Slice(j).EndsWith("ed", StringComparison.Ordinal) && doc[j].Info is not ({ IsAuxiliary: true } or { IsFiniteVerb: true })
                && doc[j - 1].Info is { Function: not FunctionWord.None };
            bool plural = IsSForm(doc.Slice(j)) && doc[j].Info is not ({ IsAuxiliary: true } or { IsFiniteVerb: true })
                && !doc[j - 1].Has(TokenFlags.Capitalized) && doc[j - 1].Info is not { IsPronoun: true };
            if (!doc[j].Has(TokenFlags.Capitalized) && !adjective && !plural && IsVerbLike(doc, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word reads as a finite verb: an auxiliary or an irregular past (function-words.tsv), an "-ed" form, a
    /// word right after a pronoun or a name ("they plan", "Kyiv remains"), or an "-s" form after a noun
    /// ("Mrs. Clinton's advantage obscures concerns").
    /// </summary>
    private static bool IsVerbLike(Document doc, int j)
    {
        var info = doc[j].Info;
        if (info is { IsAuxiliary: true } or { IsFiniteVerb: true })
        {
            return true;
        }

        var w = doc.Slice(j);
        if (IsEdForm(w))
        {
            return true;
        }

        if (j == 0 || info is { IsNonName: true } || doc[j].Has(TokenFlags.Possessive))
        {
            return false;
        }

        // An opening mark between subject and verb is looked through: The plan “makes no sense,” X said. So is an adverb
        // after a pronoun: "they also oppose house arrests".
        int b = j > 1 && doc[j - 1].Kind == TokenKind.QuoteMark && !doc[j].Has(TokenFlags.SpaceBefore) ? j - 2 : j - 1;
        if (b > 0 && doc[b].IsWord && doc.Slice(b) is "also" or "still" or "now" or "never" or "only" or "just" or "often" or "always" && doc[b - 1].Info is { IsPronoun: true, IsPossessivePronoun: false })
        {
            b--;
        }

        ref readonly var before = ref doc[b];
        if ((w.Length > 2 && w[^1] == 's' && before.IsCapitalizedWord) || before.Info is { IsPronoun: true, IsPossessivePronoun: false })
        {
            return true;
        }

        return IsSForm(w) && (info is null || info.Cue != CueClass.None) && !ReadsAsPlural(doc, j)
            && before.Kind == TokenKind.Word && !before.Has(TokenFlags.Capitalized) && !before.Has(TokenFlags.Possessive)
            && before.Info is not { Function: not FunctionWord.None } and not { IsPronoun: true }
            && j + 1 < doc.Count && doc[j + 1].Kind is TokenKind.Word or TokenKind.Number;
    }

    /// <summary>
    /// The closing mark of a short quotation that opens at <paramref name="j"/> and is nobody's words or a fragment (a
    /// show's title), not a direct quote; otherwise <see langword="null"/>.
    /// </summary>
    private static int? TitleAt(Document doc, QuoteIndex quotes, int j) =>
        doc[j].Kind == TokenKind.QuoteMark && quotes.Containing(j) is { Shape: not QuoteShape.Direct, WordCount: <= 4 } q && q.Open == j ? q.Close : null;

    /// <summary>A subject pronoun that opens a clause of the reported content, not one inside a time or reason phrase ("as he left the court").</summary>
    private static bool IsSubjectPronoun(Document doc, int j) =>
        doc[j].Info is { IsPronoun: true } && doc.Slice(j) is "he" or "she" or "they" or "we" or "I" or "it" or "He" or "She" or "They" or "We" or "It"
        && !(j > 0 && doc[j - 1].IsWord && doc.Slice(j - 1) is "as" or "when" or "after" or "before" or "while" or "if" or "because" or "since" or "once" or "until" or "where");

    /// <summary>
    /// Whether the "that" at <paramref name="j"/> after the cue verb <paramref name="v"/> is a pronoun, the verb's object,
    /// and not the start of a clause: before a sentence end or a bracket ("denied that."), before a comma and a
    /// coordinator or participle ("acknowledges that, but he …", "denied that, saying …"), or in "Having said that,".
    /// A comma alone may open a parenthetical: "said that, according to the data, GDP rose" is a clause.
    /// </summary>
    private static bool IsDemonstrativeThat(Document doc, int v, int j, int last)
    {
        if (j + 1 > last)
        {
            return true;
        }

        if (doc[j + 1].Kind == TokenKind.Punctuation && !doc.IsChar(j + 1, ',') && !doc.IsChar(j + 1, '(') && !doc.IsChar(j + 1, '['))
        {
            return true;
        }

        if (!doc.IsChar(j + 1, ','))
        {
            return false;
        }

        if (v > 0 && doc.IsWord(v - 1, "having"))
        {
            return true;
        }

        // "but he …", "and said …" open another clause; "but for the rain, …", "or so it seemed, …" are parentheticals.
        int n = j + 2;
        if (n + 1 <= last && doc[n].IsWord && doc.Slice(n) is "but" or "and" or "or")
        {
            return doc[n + 1].Info is { IsPronoun: true } or { IsAuxiliary: true } || CueWords.IsCueVerb(doc, n + 1);
        }

        return n <= last && doc[n].Info is { Cue: not CueClass.None, VerbForm: VerbForm.Gerund };
    }

    /// <summary>An "-s" or "-ed" form ("needs", "remained"), a finite verb after "there" ("there needs to be").</summary>
    private static bool IsVerbForm(ReadOnlySpan<char> w) => IsSForm(w) || IsEdForm(w);

    /// <summary>
    /// Whether an "-s" word reads as a plural noun, not a verb: after a number ("reach 500 points"), an unknown word before
    /// "of" ("new ways of"), or a cue word's form before the end of the clause or a preposition a verb of saying or hoping
    /// does not take ("their title hopes with a victory"; not "hopes to", "warns of", "reports on", "claims about").
    /// </summary>
    private static bool ReadsAsPlural(Document doc, int j)
    {
        if (!IsSForm(doc.Slice(j)) || doc[j].Info is { VerbForm: not VerbForm.ThirdPerson })
        {
            return false;
        }

        // After a number ("500 points"), or an unknown word before "of" ("new ways of boosting"; the lists' verbs may take
        // it: "warns of").
        if (j > 0 && doc[j - 1].Kind == TokenKind.Number || doc[j].Info is null && doc.IsWord(j + 1, "of"))
        {
            return true;
        }

        // The clause's end or preposition test only for the word lists' verbs, whose objects are known: "operates in" is a verb.
        return doc[j].Info is not null
            && (j + 1 >= doc.Count || doc[j + 1].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.QuoteMark)
                || doc[j + 1].Info is { IsPreposition: true } && doc.Slice(j + 1) is not ("to" or "of" or "about" or "on" or "that"));
    }

    /// <summary>A third-person "-s" form by its spelling: "needs", "remains"; not "press", "status", "crisis".</summary>
    private static bool IsSForm(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i');

    /// <summary>
    /// A past form by its shape; a hyphenated word is an adjective ("larger-than-expected", "state-owned") unless its
    /// first part is a verb's prefix ("re-elected", "co-founded", "sky-rocketed").
    /// </summary>
    internal static bool IsEdForm(ReadOnlySpan<char> w)
    {
        if (w.Length <= 3 || !w.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        int hyphen = w.IndexOf('-');
        return hyphen < 0 || w[..hyphen] is "re" or "co" or "pre" or "de" or "un" or "mis" or "over" or "out" or "under" or "sky" or "double" or "cross" or "back" && w[(hyphen + 1)..].IndexOf('-') < 0;
    }

    private static bool AdjacentBefore(Document doc, int mentionLast, int verb)
    {
        for (int k = mentionLast + 1; k < verb; k++)
        {
            if (!CueWords.IsVerbModifier(doc, k) && !doc.IsChar(k, ',') && !doc.IsChar(k, ')'))
            {
                // An appositive or parenthesis may stand between ("Hill, a doctor at the clinic, said").
                return doc.IsChar(verb - 1, ',') || doc.IsChar(verb - 1, ')');
            }
        }

        return true;
    }

    private static int CountWords(Document doc, int start, int end)
    {
        int n = 0;
        var text = doc.Text.AsSpan(start, end - start);
        bool inWord = false;
        foreach (char ch in text)
        {
            bool letter = char.IsLetterOrDigit(ch);
            if (letter && !inWord)
            {
                n++;
            }

            inWord = letter;
        }

        return n;
    }
}
