using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>The edges of a reported clause and the record made of it; shared by the rules and the learned cue model.</summary>
internal static class ReportedClause
{
    private const int MaxSubjectTokens = 5;

    private const int MaxSentenceReach = 200;

    private const int MaxAsideTokens = 15;
    private const int MaxSubjectAsideTokens = 40;

    /// <summary>The tokens of <paramref name="token"/>'s sentence, at most 200 on either side of it.</summary>
    public static (int First, int Last) SentenceOf(Document doc, int token) => Extent(doc, token, MaxSentenceReach);

    /// <summary>
    /// The same as <see cref="SentenceOf(Document, int)"/> for a token of a sentence whose whole extent is known (from a first call
    /// with <paramref name="whole"/> = <c>(-1, -1)</c>, which walks the sentence once): a scan over every word of a
    /// sentence then reads it once, not once per word.
    /// </summary>
    public static (int First, int Last) SentenceOf(Document doc, int token, ref (int First, int Last) whole)
    {
        if (token < whole.First || token > whole.Last)
        {
            whole = Extent(doc, token, int.MaxValue);
        }

        return (Math.Max(whole.First, token - MaxSentenceReach), Math.Min(whole.Last, token + MaxSentenceReach));
    }

    /// <summary>The tokens of <paramref name="token"/>'s sentence, at most <paramref name="reach"/> on either side of it.</summary>
    private static (int First, int Last) Extent(Document doc, int token, int reach)
    {
        int s = doc[token].Sentence;
        int first = token, last = token;
        while (first > 0 && doc[first - 1].Sentence == s && token - first < reach)
        {
            first--;
        }

        while (last + 1 < doc.Count && doc[last + 1].Sentence == s && last - token < reach)
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>
    /// Where a reported clause ends: the sentence end, or before the writer takes over again — a participle
    /// (", signaling …", ", adding that …"), a subordinate clause after a comma (", as …", ", while …") or a dash.
    /// </summary>
    public static int End(Document doc, int start, int last)
    {
        bool inQuote = false;
        int brackets = 0;
        for (int k = start + 1; k <= last; k++)
        {
            if (doc.IsChar(k, '('))
            {
                brackets++;
            }
            else if (doc.IsChar(k, ')') && brackets > 0)
            {
                brackets--;
            }

            if (doc[k].Kind == TokenKind.QuoteMark)
            {
                inQuote = !inQuote;
                continue;
            }

            if (inQuote)
            {
                continue;
            }

            if (IsSpacedDash(doc, k))
            {
                // A pair of dashes sets off an aside inside the clause ("nominate Shriver — a Kennedy — to replace …");
                // a single dash hands back to the writer.
                // After the pair, a subject pronoun or a coordinator opens the writer's clause ("― as was true … ― he interjected",
                // "the deal was dead – a claim the company denied – and shares fell").
                // Before the clause has a verb, the dash sets off an aside in its subject, however long ("Marsh - the
                // world's biggest broker - and other firms may have …", "the powers - which he argues are needed … - …");
                // so does a relative clause anywhere ("had shown the boy - who was 13 - and his brother the films"). A single
                // dash before a second "that" goes on with the report ("… in the movie - and that a train would …").
                bool inSubject = !HasVerb(doc, start, k - 1);
                int pair = ClosingDash(doc, k + 1, last, inSubject ? MaxSubjectAsideTokens : MaxAsideTokens);
                bool relative = doc.IsWord(k + 1, "who") || doc.IsWord(k + 1, "which") || doc.IsWord(k + 1, "whose") || doc.IsWord(k + 1, "where");
                bool secondThat = (doc.IsWord(k + 1, "and") || doc.IsWord(k + 1, "but")) && doc.IsWord(k + 2, "that");
                if (!inSubject && !secondThat && (pair < 0 || !relative && pair + 1 <= last && doc[pair + 1].IsWord && doc.Slice(pair + 1) is "he" or "she" or "they" or "I" or "we" or "it" or "and" or "but" or "or" or "so"))
                {
                    return k - 1;
                }

                if (pair > 0)
                {
                    k = pair;
                }

                continue;
            }

            if (doc.IsChar(k, ';') && brackets == 0)
            {
                return k - 1; // "…would raise $1.1 trillion; the Tax Foundation puts the figure at …": a clause of its own.
            }

            if (doc.IsChar(k, ',') && k + 1 <= last && doc[k + 1].Kind == TokenKind.Word && (IsWriterClause(doc, k + 1) || IsTrailingAppositive(doc, k, last)))
            {
                return k - 1;
            }


            if ((doc.IsChar(k, ',') || doc.IsWord(k, "and") || doc.IsWord(k, "but")) && OpensAttribution(doc, k + 1, last))
            {
                return k - 1; // "…, but he said …", "… and Democrats accused …": another attribution starts.
            }

            // "…, but did not say when", "…, and has admitted …", "…, but has not ruled out …": after a comma, a coordinator
            // and a form of "do" or "have" with no subject of its own, before a verb of saying or thinking, go on with the
            // speaker's sentence. Other verbs as often go on with the report ("…, and had refused a breath test", "…, and
            // did not need surgery"), and so does a form of "be" or a modal ("…, and was released on bail").
            if (doc.IsChar(k, ',') && (doc.IsWord(k + 1, "and") || doc.IsWord(k + 1, "but")) && k + 3 <= last && doc[k + 2].IsWord
                && !doc[k + 2].Has(TokenFlags.Capitalized) && IsDoOrHave(doc.Slice(k + 2)) && SpeakerVerbAfter(doc, k + 3, last))
            {
                return k - 1;
            }

            // "…was seeking acquisitions but refused to comment on specifics", "…, but it did not specify how many …": a
            // refusal to say more is the writer's report of the speaker, not what they said.
            if ((doc.IsWord(k, "and") || doc.IsWord(k, "but")) && IsRefusal(doc, k + 1, last, start))
            {
                return doc.IsChar(k - 1, ',') ? k - 2 : k - 1;
            }

            // "insisted he did not know the poll date, but it is widely expected to be 5 May": after a comma, "but" and a
            // clause with a subject of its own in the present, after a report put in the past, is the writer's ("said it
            // had enough cash, but it could not borrow more" and "says it has coped well, but it is just the start" go on
            // with the report).
            if (doc.IsChar(k, ',') && doc.IsWord(k + 1, "but") && k + 3 <= last && !doc.IsWord(k + 2, "that") && ReportedSpeechFinder.StartsClause(doc, k + 2)
                && FirstVerbTense(doc, start, k - 1) == 'p' && FirstVerbTense(doc, k + 3, Math.Min(last, k + 2 + MaxSubjectTokens)) == 'n')
            {
                return k - 1;
            }

            // "…not be eligible for the leave, and when pressed on why, she replied …": a coordinated subordinate clause
            // after a comma hands back to the writer.
            if (doc.IsChar(k, ',') && (doc.IsWord(k + 1, "and") || doc.IsWord(k + 1, "but")) && k + 2 <= last && doc[k + 2].IsWord
                && doc.Slice(k + 2) is "when" or "while" or "after" or "before" or "although" or "though" or "once")
            {
                return k - 1;
            }

            // "…has anything in his hands, which he said were at his side": after a whole clause, a relative clause with
            // a speaker and cue of its own ("the report, which critics say is flawed, would be …" is no whole clause).
            if (doc.IsChar(k, ',') && (doc.IsWord(k + 1, "which") || doc.IsWord(k + 1, "who")) && HasVerb(doc, start, k - 1) && OpensAttribution(doc, k + 2, last))
            {
                return k - 1;
            }
        }

        return last;
    }

    /// <summary>Whether a verb of saying or thinking ("say", "admitted", "believe") follows at <paramref name="k"/>, over "not", "yet" or an adverb.</summary>
    private static bool SpeakerVerbAfter(Document doc, int k, int last)
    {
        for (int j = k; j <= last && j < k + 3; j++)
        {
            if (!doc[j].IsWord || doc[j].Has(TokenFlags.Capitalized))
            {
                return false;
            }

            if (doc[j].Info is { Cue: not CueClass.None })
            {
                return true;
            }

            if (!(doc.Slice(j) is "not" or "yet" or "also" or "since" or "never" || doc.Slice(j).EndsWith("ly", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a refusal to tell more opens at <paramref name="k"/>, perhaps after a pronoun: "declined to comment",
    /// "refused to say", "it did not specify", "would not say"; not "refused a breath test", "did not want to". Without a
    /// pronoun of its own the refusal shares the report's subject, so that subject must be the speaker's pronoun ("said it
    /// was seeking acquisitions but refused to comment"; in "said Mr Ebbers had lied and refused to disclose the losses"
    /// the refusal is reported).
    /// </summary>
    private static bool IsRefusal(Document doc, int k, int last, int start)
    {
        if (k <= last && doc[k].IsWord && doc.Slice(k) is "he" or "she" or "it" or "they")
        {
            k++;
        }
        else if (!(doc.IsWord(start, "he") || doc.IsWord(start, "she") || doc.IsWord(start, "it") || doc.IsWord(start, "they") || doc.IsWord(start, "we")))
        {
            return false;
        }

        if (k + 2 > last || !doc[k].IsWord)
        {
            return false;
        }

        var w = doc.Slice(k);
        if (w is "declined" or "refused")
        {
            return doc.IsWord(k + 1, "to") && IsTelling(doc.Slice(k + 2));
        }

        // Only a verb of telling more: "…and did not want to …", "…would not insist on …" go on with the report.
        bool contracted = w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal);
        int verb = contracted ? k + 1 : doc.IsWord(k + 1, "not") ? k + 2 : -1;
        w = contracted ? w[..^3] : w;
        return verb > 0 && verb <= last && w is "did" or "does" or "would" or "could" or "wo" or "ca" && doc[verb].IsWord && IsTelling(doc.Slice(verb));
    }

    private static bool IsTelling(ReadOnlySpan<char> w) =>
        w is "say" or "comment" or "elaborate" or "specify" or "confirm" or "disclose" or "reveal" or "discuss" or "detail" or "name" or "identify" or "give";

    private static bool IsDoOrHave(ReadOnlySpan<char> w)
    {
        if (w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal))
        {
            w = w[..^3];
        }

        return w is "did" or "does" or "do" or "has" or "have" or "had";
    }

    /// <summary>
    /// Whether a new attribution opens at <paramref name="k"/>: an optional coordinator (and a wh-word after it), a
    /// short subject (a pronoun, a name or a noun phrase, no verb) and a speech verb that is not a participle.
    /// </summary>
    private static bool OpensAttribution(Document doc, int k, int last)
    {
        if (doc.IsWord(k, "but") || doc.IsWord(k, "and"))
        {
            k++;
        }

        // "what Trump says his plan would do and how experts say it would …": a second reported question.
        bool wh = false;
        if ((doc.IsWord(k - 1, "and") || doc.IsWord(k - 1, "but"))
            && (doc.IsWord(k, "how") || doc.IsWord(k, "what") || doc.IsWord(k, "why") || doc.IsWord(k, "whether")))
        {
            k++;
            wh = true;
        }

        if (k > last || !doc[k].IsWord)
        {
            return false;
        }

        // "… the nation's defences and warned against hackers", "… for a Senate run but noted that …", "…, but argues
        // that …": a second speech verb of the same subject.
        // ("…was welcomed by farmers but criticised by environmental groups" is one passive.)
        if (k > 0 && (doc.IsWord(k - 1, "and") || doc.IsWord(k - 1, "but")) && CueWords.IsCueVerb(doc, k)
            && (doc[k].Info!.VerbForm == VerbForm.Past || doc[k].Info!.VerbForm == VerbForm.ThirdPerson && (doc[k].Info!.CueFlags & CueFlags.ThatClause) != 0)
            && !doc.IsWord(k + 1, "by"))
        {
            return true;
        }

        // "…, but he refuses to discuss …": a main clause of its own, the writer's again.
        if (k > 1 && doc.IsWord(k - 1, "but") && doc.IsChar(k - 2, ',') && doc.Slice(k) is "he" or "she" or "they")
        {
            return true;
        }

        for (int j = k; j <= last && j < k + MaxSubjectTokens; j++)
        {
            if (!doc[j].IsWord || doc[j].Info is { OpensClause: true } or { IsAuxiliary: true } or { IsPreposition: true } and not { IsPronoun: true })
            {
                return false;
            }

            // "…, but Mike Goodridge thought Rock's humour could …": after a comma and "but", a subject's verb of belief
            // opens the writer's next clause as a verb of saying does.
            if (j > k && doc[j].Info is { Cue: CueClass.Belief, VerbForm: VerbForm.Past or VerbForm.ThirdPerson } && !doc[j].Has(TokenFlags.Capitalized)
                && doc.IsWord(k - 1, "but") && doc.IsChar(k - 2, ','))
            {
                return true;
            }

            if (j > k && CueWords.IsCueVerb(doc, j))
            {
                if (wh && j + 1 <= last && doc[j + 1].Info is { IsAuxiliary: true } or { IsFiniteVerb: true })
                {
                    return false; // "… and what officials said was irrelevant": the wh-clause is a subject.
                }

                // An -s form after a common noun is a plural noun ("news reports show"); after a name or pronoun, a verb.
                // (A base form closing a determiner phrase, "his rubble comment was …", is no cue: CueWords.IsCueVerb.)
                var form = doc[j].Info!.VerbForm;
                return form is VerbForm.Past or VerbForm.Base
                    || (form == VerbForm.ThirdPerson && (doc[j - 1].IsCapitalizedWord || doc[j - 1].Info is { IsPronoun: true }));
            }
        }

        return false;
    }

    /// <summary>
    /// The tense of the first auxiliary, finite verb or "-ed" form in <paramref name="from"/>..<paramref name="to"/>: 'n' for the
    /// present ("is", "has", "will", "can"), 'p' for the past ("was", "had", "would", "wanted"), '\0' when there is none or
    /// the form does not tell.
    /// </summary>
    private static char FirstVerbTense(Document doc, int from, int to)
    {
        for (int j = from; j <= to; j++)
        {
            var w = doc.Slice(j);
            if (doc[j].Info is { IsAuxiliary: true } or { IsFiniteVerb: true })
            {
                return w is "is" or "are" or "am" or "has" or "have" or "will" or "can" or "may" or "does" or "do" or "must" or "shall" ? 'n'
                    : w is "was" or "were" or "had" or "would" or "could" or "did" or "might" || w.EndsWith("ed", StringComparison.Ordinal) ? 'p' : '\0';
            }

            if (doc[j].IsWord && doc[j].Info is null or { Function: FunctionWord.None, IsPronoun: false } && !doc[j].Has(TokenFlags.Capitalized) && ReportedSpeechFinder.IsEdForm(w))
            {
                return 'p'; // "wanted", "struggled"
            }
        }

        return '\0';
    }

    private static bool HasVerb(Document doc, int from, int to)
    {
        for (int j = from; j <= to; j++)
        {
            if (doc[j].Info is { IsAuxiliary: true } or { IsFiniteVerb: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words before a quotation's comma or colon are its cue ("Peskov said, “…”", "told reporters: “…”").</summary>
    private static bool IntroducesQuote(Document doc, int first, int before)
    {
        for (int j = before; j >= first && j > before - 4 && doc[j].IsWord; j--)
        {
            if (CueWords.IsCueVerb(doc, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A dash set off by a space: an en or em dash, two hyphens ("--"), or a hyphen with a space on each side between words
    /// (BBC style: "ahead of the vote - warning that …"); not a range ("1990 - 2000").
    /// </summary>
    public static bool IsSpacedDash(Document doc, int k) =>
        doc[k].Kind == TokenKind.Dash && doc[k].Has(TokenFlags.SpaceBefore)
        && (doc.FirstChar(k) != '-' || doc[k].Length > 1
            || doc[k].Has(TokenFlags.SpaceAfter) && k > 0 && k + 1 < doc.Count && !IsRange(doc, k));

    /// <summary>Whether the hyphen at <paramref name="k"/> joins two figures: "1990 - 2000", "£5m - £10m".</summary>
    private static bool IsRange(Document doc, int k) =>
        doc[k - 1].Kind == TokenKind.Number
        && (doc[k + 1].Kind == TokenKind.Number || k + 2 < doc.Count && doc[k + 1].Kind == TokenKind.Punctuation && doc[k + 2].Kind == TokenKind.Number);

    /// <summary>The dash that closes an aside opened by a dash before <paramref name="from"/>, at most <paramref name="reach"/> tokens on, or -1.</summary>
    private static int ClosingDash(Document doc, int from, int last, int reach)
    {
        for (int j = from; j <= last && j < from + reach; j++)
        {
            if (IsSpacedDash(doc, j))
            {
                return j > from ? j : -1;
            }

            if (doc[j].Kind is TokenKind.QuoteMark || doc.IsChar(j, ';'))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> sets off the writer's description of the name before it, up to
    /// the clause end or a relative clause: "he did not support Mr. Trump, the presumed Putin favorite" ("met Smith,
    /// the founder, on Tuesday" goes on after the description). An indefinite one often sums up the whole clause and
    /// is the speaker's: "a peace deal with Russia, a sentiment Moscow views as constructive".
    /// </summary>
    private static bool IsTrailingAppositive(Document doc, int comma, int last)
    {
        // The name may end in its party and state: "Rep. Don Beyer (D-Va.), a former lieutenant governor".
        int name = comma - 1;
        if (name > 2 && doc.IsChar(name, ')'))
        {
            for (int j = name - 1; j > name - 8 && j > 0; j--)
            {
                if (doc.IsChar(j, '('))
                {
                    name = j - 1;
                    break;
                }
            }
        }

        bool indefinite = doc.IsWord(comma + 1, "a") || doc.IsWord(comma + 1, "an");
        if (name < 1 || !doc[name].IsCapitalizedWord || doc[name].Has(TokenFlags.SentenceStart) || doc[name].Info is { IsNonName: true }
            || !(doc.IsWord(comma + 1, "the") || indefinite))
        {
            return false;
        }

        // An indefinite description is a person's role only when it holds a title ("a former lieutenant governor"); "a
        // sentiment Moscow views as constructive" sums up the clause.
        bool title = !indefinite;
        for (int j = comma + 2; j <= last; j++)
        {
            title |= doc[j].Info is { IsTitle: true };
            if (!title && (!doc[j].IsWord || doc[j].Info is { IsAuxiliary: true } or { IsFiniteVerb: true } || doc.IsWord(j, "that") || doc.IsWord(j, "which") || doc.IsWord(j, "who")))
            {
                return false;
            }

            if (doc.IsWord(j, "that") || doc.IsWord(j, "which") || doc.IsWord(j, "who"))
            {
                return j > comma + 2;
            }

            if (!indefinite && (doc.IsWord(j, "and") || doc.IsWord(j, "or")))
            {
                return false; // "Chuck Berry, the baseball player Willie Mays and …": a list; "a lawyer and activist" is one role.
            }

            if (!doc[j].IsWord || doc[j].Info is { IsAuxiliary: true } or { IsFiniteVerb: true } || CueWords.IsCueVerb(doc, j))
            {
                return doc[j].Kind == TokenKind.Punctuation && j == last && !doc.IsChar(j, ',') && j > comma + 2;
            }
        }

        return title && last > comma + 2;
    }

    public static bool IsWriterClause(Document doc, int k)
    {
        var w = doc.Slice(k);

        // ", implicitly putting his name on the line": an adverb and a participle, the writer's comment.
        // The participle takes an object or a phrase ("putting his", "surpassing the"): "early warning radars" and
        // "costly restructuring and" are adjectives before nouns.
        if (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && doc[k].Info is null && k + 2 < doc.Count && doc[k + 1].IsWord
            && doc.Slice(k + 1) is { Length: > 5 } next && next.EndsWith("ing", StringComparison.Ordinal)
            && doc[k + 2].Info is { } after && (after.IsPronoun || after.IsPreposition || (after.Function & FunctionWord.Determiner) != 0))
        {
            return true;
        }

        if (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && doc[k].Info is { Cue: not CueClass.None })
        {
            return true; // ", signaling …", ", adding that …" — but not ", following …" or ", including …".
        }

        // ", as well as …" adds to the noun phrase before it; it is still the content.
        return (w is "as" && !(doc.IsWord(k + 1, "well") && doc.IsWord(k + 2, "as"))) || w is "while" or "amid" or "despite" or "although" or "though" or "whereas" or "according";
    }

    /// <summary>
    /// Whether the clause's last token is punctuation that closes the sentence or the writer's clause, not the content:
    /// not a percent sign ("would be 1.8%") nor a bracket the clause opened ("Rep. Don Beyer (D-Va.)").
    /// </summary>
    private static bool IsTrailingPunctuation(Document doc, int first, int last)
    {
        ref readonly var t = ref doc[last];
        if (t.Kind == TokenKind.Dash)
        {
            return true;
        }

        if (t.Kind != TokenKind.Punctuation || doc.FirstChar(last) == '%')
        {
            return false;
        }

        char close = doc.FirstChar(last);
        if (close is ')' or ']')
        {
            char open = close == ')' ? '(' : '[';
            for (int j = last - 1; j >= first; j--)
            {
                if (doc.IsChar(j, open))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Builds the record of a reported clause, or <see langword="null"/> when nothing is left of it. A clause never
    /// starts inside a quotation, and never ends inside one that opens within it: it stops before that quotation.
    /// </summary>
    public static QuoteRecord? Create(Document doc, QuoteIndex quotes, int firstToken, int lastToken, int cueFirst, int cueLast, Mention mention)
    {
        if (lastToken < firstToken || quotes.Containing(firstToken) is { } around && around.Open < firstToken)
        {
            return null;
        }

        // Nor at the closing mark of a quotation that opens after a comma or colon: "said the aide was confused: “…”"
        // reports the words before the colon; "The country “has made changes,” X said" weaves the quotation in.
        if (quotes.Containing(lastToken) is { } inner && inner.Open >= firstToken
            && (inner.Close > lastToken || inner.Open > firstToken && doc[inner.Open - 1].Kind == TokenKind.Punctuation
                && doc.FirstChar(inner.Open - 1) is ',' or ':' && !IntroducesQuote(doc, firstToken, inner.Open - 2)))
        {
            lastToken = inner.Open - 1;
        }

        // A comma right after "that" opens a parenthetical ("said that, according to the data, output rose"): the
        // clause starts after the comma.
        while (firstToken < lastToken && doc.IsChar(firstToken, ','))
        {
            firstToken++;
        }

        // Trim closing punctuation of the sentence off the clause.
        while (lastToken > firstToken && IsTrailingPunctuation(doc, firstToken, lastToken))
        {
            lastToken--;
        }

        if (lastToken < firstToken || IsTrailingPunctuation(doc, firstToken, lastToken))
        {
            return null;
        }

        return new QuoteRecord
        {
            Kind = QuoteKind.Indirect,
            Start = doc[firstToken].Start,
            End = doc[lastToken].End,
            Anchor = cueFirst,
            Paragraph = doc.ParagraphOf(cueFirst),
            FirstToken = firstToken,
            LastToken = lastToken,
            Mention = mention,
            Entity = -1,
            Entity2 = -1,
            CueFirst = cueFirst,
            CueLast = cueLast,
            Method = AttributionMethod.Explicit,
            Candidate = -1,
        };
    }
}
