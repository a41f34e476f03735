using QuoteAttribution.Cues;
using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>
/// Decides whether each outermost quotation is a direct quote, a partial quote (a fragment inside the writer's own
/// sentence) or a title or name that nobody said, from where it stands and what it holds.
/// </summary>
internal static class QuoteClassifier
{
    // A quotation woven into the writer's sentence without a capital is partial ("the company was “pleased to have
    // offered …”", its clause an indirect quote around it) up to about a sentence's length; a longer one is someone's
    // words quoted in full. (Twelve words, until the eleventh session, made a 16-word fragment a direct quote.)
    private const int MaxPartialWords = 20;
    private const int MaxSentenceFragmentWords = 12;
    private const int MaxWritersPhraseWords = 40;
    private const int MaxTitleWords = 6;
    private const int MaxTitleCaseWords = 9;
    private const int MaxCueLookahead = 4;
    private const int MaxPhraseWords = 8;

    /// <summary>Classifies the pairs from index <paramref name="pairsFrom"/> on, appending the quotations to <paramref name="quotes"/>.</summary>
    public static void Classify(Document doc, List<QuotePair> pairs, List<QuoteCandidate> quotes, int pairsFrom = 0)
    {
        var text = doc.Text.AsSpan();
        for (int p = pairsFrom; p < pairs.Count; p++)
        {
            var pair = pairs[p];
            if (pair.Depth != 0 || pair.Close <= pair.Open + 1)
            {
                continue; // Nested quotations belong to the quote around them; empty ones are nothing.
            }

            // "rock 'n' roll", "the '' sign": single marks around a letter or two are apostrophes, not a quotation.
            if (doc[pair.Close].Start - doc[pair.Open].End <= 2 && QuoteMarks.FamilyOf(doc.Text, doc[pair.Open].Start, doc[pair.Open].Length) == MarkFamily.Single)
            {
                continue;
            }

            var candidate = new QuoteCandidate
            {
                Open = pair.Open,
                Close = pair.Close,
                ContentStart = doc[pair.Open].End,
                ContentEnd = doc[pair.Close].Start,
                MultiParagraph = pair.MultiParagraph,
            };
            int words = 0, capitalized = 0, minor = 0;
            bool hasVerbLikeLowercase = false, innerStop = false;
            for (int i = pair.Open + 1; i < pair.Close; i++)
            {
                ref readonly var t = ref doc[i];
                if (t.Kind != TokenKind.Word)
                {
                    innerStop |= i < pair.Close - 1 && t.Kind == TokenKind.Punctuation && text[t.Start] is '.' or '?' or '!' or ','; // "Yes, We Can," is speech
                    continue;
                }

                words++;
                if (t.Has(TokenFlags.Capitalized))
                {
                    capitalized++;
                }
                else if (t.Info is { Function: not FunctionWord.None })
                {
                    minor++;
                }
                else if (t.Info is not { IsNonName: true } && t.Length > 3)
                {
                    hasVerbLikeLowercase = true;
                }
            }

            candidate.WordCount = words;
            if (words == 0)
            {
                continue;
            }

            char last = text[candidate.ContentEnd - 1];
            bool endsLikeSpeech = last is ',' or '.' or '?' or '!' or '\u2026' or ':' or ';' or '-' or '\u2014';
            bool startsUpper = doc[pair.Open + 1].IsCapitalizedWord || doc[pair.Open + 1].Kind == TokenKind.Number;
            bool standsAlone = StandsAlone(doc, pair.Open) && !IsVerbObject(doc, pair.Open, startsUpper, last);

            // "“The Steve Harvey Morning Show,”", "''Make Your Kid a Millionaire,''": every word capitalised but the small
            // ones is a title, whatever the comma inside the closing mark suggests.
            // "“State of the Union.”": as many small words as capitalised ones still reads as a title, unless a speech
            // verb introduces it ("I say 'So what?'").
            // A headline's quotation after its speaker and a colon is written in Title Case like the rest of the line:
            // "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’" — a sentence, not a title.
            bool headlineQuote = last is '.' or '!' && pair.Open > 0 && doc.IsChar(pair.Open - 1, ':') && doc.ParagraphOf(pair.Open) == 0;
            // "“After that,” she said, “…”", "“Your Honor,” I said": a comma in the closing mark before a cue is speech.
            bool commaBeforeCue = last == ',' && CueFollows(doc, pair.Close);
            bool titleCase = startsUpper && words >= 2 && words <= MaxTitleCaseWords && capitalized + minor == words && !innerStop && !headlineQuote && !commaBeforeCue
                && (capitalized > minor || (capitalized == minor && pair.Open > 0 && !CueWords.IsCueVerb(doc, pair.Open - 1)));

            // "“…?” Graham asked. “Neither do I.”": a whole sentence in marks that follows another sentence of its paragraph
            // is someone's words, however short and however capitalised.
            bool sentenceAfterSentence = last is '.' or '?' or '!' && doc[pair.Open].Has(TokenFlags.SentenceStart) && !doc[pair.Open].Has(TokenFlags.ParagraphStart)
                && pair.Open > 0 && doc[pair.Open - 1].Kind is TokenKind.Punctuation or TokenKind.QuoteMark
                && !(pair.Close + 1 < doc.Count && doc[pair.Close + 1].IsWord && !doc[pair.Close + 1].Has(TokenFlags.Capitalized)
                    && doc[pair.Close + 1].Info is not { IsPronoun: true } && !CueWords.IsCueVerb(doc, pair.Close + 1)); // "“Who Wants to Be a Millionaire?” ran for years"
            if (sentenceAfterSentence)
            {
                candidate.Shape = QuoteShape.Direct;
            }
            else if (titleCase)
            {
                candidate.Shape = QuoteShape.Title;
            }
            else if (standsAlone && startsUpper && words <= MaxTitleWords && doc.IsChar(pair.Open - 1, ',') && pair.Open > 1 && doc[pair.Open - 2].Info is { IntroducesTitle: true })
            {
                candidate.Shape = QuoteShape.Title; // "Mr. King's show, ''Politicking.''"
            }
            else if (standsAlone && !startsUpper && words <= MaxPhraseWords && doc.IsChar(pair.Open - 1, ',') && !doc[pair.Open].Has(TokenFlags.SentenceStart)
                && !SplitQuoteBefore(doc, pair.Open) && !CueBefore(doc, pair.Open - 1) && !CueFollows(doc, pair.Close) && !HasClauseWord(doc, pair.Open, pair.Close))
            {
                // "calling him, among other things, “a failed candidate.”": a short phrase without a verb after the writer's
                // comma is partial; a clause ("…, “the real rate is 51 percent.”"), the second half of a split quote and a
                // quote a cue introduces or closes ("X said, “not in my lifetime.”") are direct.
                candidate.Shape = QuoteShape.Partial;
            }
            else if (standsAlone)
            {
                candidate.Shape = words >= 3 || endsLikeSpeech ? QuoteShape.Direct : QuoteShape.Partial;
            }
            else if (!startsUpper && words <= MaxTitleWords && (NamesTerm(doc, pair.Open - 1) || GlossesTitle(doc, quotes, pair.Open)))
            {
                // "known as “passing off”", ", dubbed “Otoku” or “bargain”": a term the writer names or glosses, nobody's words.
                candidate.Shape = QuoteShape.Title;
            }
            else if (!startsUpper)
            {
                // "condemned the attack as “cowardly and evil. Those responsible will be hunted down.”": a quotation that
                // goes on past a sentence end is someone's words in full, however it opens.
                // So is one longer than a short fragment that closes with its own full stop inside the marks (“… and some
                // jobs will go.”): a sentence quoted whole.
                // After an article, a possessive, a copula or a preposition the writer's phrase goes on inside the marks
                // ("said Houston was “a city in which … no business.”", "a “deeply liberal measure because … crime”"): a
                // fragment of any length within one sentence.
                // So does one the writer's own punctuation closes outside the marks ("said it was vital to learn “what went
                // wrong, why … in the aftermath”.").
                // Not a whole reported clause in marks ("said that “although … merge”."), which is someone's words.
                bool writersEnd = !endsLikeSpeech && !(pair.Open > 0 && (doc.IsWord(pair.Open - 1, "that") || standsAlone)) && pair.Close + 1 < doc.Count && doc[pair.Close + 1].Kind == TokenKind.Punctuation && doc.FirstChar(pair.Close + 1) is '.' or ',';
                int limit = OpensWritersPhrase(doc, pair.Open - 1) || writersEnd ? MaxWritersPhraseWords : last is '.' or '?' or '!' ? MaxSentenceFragmentWords : MaxPartialWords;
                candidate.Shape = words <= limit && OneSentence(doc, pair.Open + 1, pair.Close - 1) ? QuoteShape.Partial : QuoteShape.Direct;
            }
            else if (doc[pair.Open - 1].Info is { IntroducesTitle: true }
                || (words <= MaxTitleWords && !hasVerbLikeLowercase && !endsLikeSpeech && capitalized * 2 >= words))
            {
                candidate.Shape = QuoteShape.Title;
            }
            else
            {
                candidate.Shape = words >= 4 ? QuoteShape.Direct : QuoteShape.Partial;
            }

            quotes.Add(candidate);
        }
    }

    /// <summary>
    /// Whether the words ending at token <paramref name="k"/> name a term, with no one saying it: "known as", "so-called",
    /// "nicknamed", and "dubbed" or "called" set off by a comma (", dubbed …"; "the minister called it …" is speech).
    /// </summary>
    private static bool NamesTerm(Document doc, int k) =>
        doc.IsWord(k, "as") && doc.IsWord(k - 1, "known") || doc.IsWord(k, "so-called") || doc.IsWord(k, "nicknamed")
        || (doc.IsWord(k, "dubbed") || doc.IsWord(k, "called")) && doc.IsChar(k - 1, ',');

    /// <summary>Whether the quotation opening at <paramref name="open"/> follows "or" after a title ("“Otoku” or “bargain”"): its gloss.</summary>
    private static bool GlossesTitle(Document doc, List<QuoteCandidate> quotes, int open) =>
        doc.IsWord(open - 1, "or") && quotes.Count > 0 && quotes[^1].Close == open - 2 && quotes[^1].Shape == QuoteShape.Title;

    /// <summary>
    /// Whether tokens <paramref name="first"/> to <paramref name="last"/> lie in one sentence, an ellipsis before a capital
    /// being an omission, not a sentence's end ("would “seriously damage... Arvona's position”").
    /// </summary>
    private static bool OneSentence(Document doc, int first, int last)
    {
        for (int i = first + 1; i <= last; i++)
        {
            if (doc[i].Sentence != doc[i - 1].Sentence && !(doc[i - 1].Kind == TokenKind.Punctuation && doc.FirstChar(i - 1) is '.' or '\u2026' && (doc[i - 1].Length > 1 || doc.FirstChar(i - 1) == '\u2026')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a finite speech verb follows the closing mark at <paramref name="close"/>, before a capitalised speaker ("”
    /// said Smith") or after a pronoun or a short capitalised one ("” she said", "” Dean Amar said"); not a participle ("”
    /// published in 2015", "” posted the clip").
    /// </summary>
    private static bool CueFollows(Document doc, int close)
    {
        int k = close + 1;
        if (IsFiniteCue(doc, k))
        {
            return k + 1 < doc.Count && doc[k + 1].IsCapitalizedWord;
        }

        for (; k < doc.Count && k <= close + MaxCueLookahead && (doc[k].IsCapitalizedWord || doc[k].Info is { IsPronoun: true }); k++)
        {
        }

        // The cue ends the attribution: "” she said, “…”", "” Trump said last month" — not "” he suggested saving early".
        int next = k > close + 1 && IsFiniteCue(doc, k) ? CueWords.CueEnd(doc, k) + 1 : -1;
        return next > 0 && (next >= doc.Count || !doc[next].IsWord || doc[next].Has(TokenFlags.Capitalized) || doc[next].Info is { IsTimeWord: true } or { IsPreposition: true });
    }

    private static bool IsFiniteCue(Document doc, int k) => CueWords.IsCueVerb(doc, k) && doc[k].Info!.VerbForm is VerbForm.Past or VerbForm.ThirdPerson;

    /// <summary>
    /// Whether the words between the marks at <paramref name="open"/> and <paramref name="close"/> read as a clause: an
    /// auxiliary, an irregular past, a pronoun, a contraction ("she's", "don’t") or a verb in "-s" after a noun ("the report
    /// speaks for itself").
    /// </summary>
    private static bool HasClauseWord(Document doc, int open, int close)
    {
        for (int i = open + 1; i < close; i++)
        {
            ref readonly var t = ref doc[i];
            if (t.Kind == TokenKind.Word && (t.Info is { IsAuxiliary: true } or { IsFiniteVerb: true } or { IsPronoun: true }
                || !t.Has(TokenFlags.Possessive) && doc.Slice(i).IndexOfAny('\'', '\u2019') >= 0 || IsThirdPersonAfterNoun(doc, i, open)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="i"/> reads as a verb in "-s" between a noun and a function word inside a quotation opening at <paramref name="open"/>: "the report | speaks | for".</summary>
    private static bool IsThirdPersonAfterNoun(Document doc, int i, int open)
    {
        var w = doc.Slice(i);
        return i > open + 1 && w.Length > 3 && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal) && !doc[i].Has(TokenFlags.Capitalized)
            && i + 1 < doc.Count && doc[i + 1].Info is { Function: not FunctionWord.None } // "speaks for", not "useful links”"
            && doc[i - 1].IsWord && !doc[i - 1].Has(TokenFlags.Capitalized) && doc[i - 1].Info is null or { Function: FunctionWord.None, IsPronoun: false };
    }

    /// <summary>Whether a speech verb stands within a few words before the comma at <paramref name="comma"/>: "X said, “…”", "said Smith, “…”".</summary>
    private static bool CueBefore(Document doc, int comma)
    {
        for (int k = comma - 1; k >= 0 && k >= comma - MaxCueLookahead && doc[k].IsWord; k--)
        {
            if (CueWords.IsCueVerb(doc, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a closing mark stands a few words before <paramref name="open"/> in its sentence: "“…,” he said, “and …”" goes on with the quote.</summary>
    private static bool SplitQuoteBefore(Document doc, int open)
    {
        for (int k = open - 2; k >= 0 && k >= open - MaxCueLookahead - 2 && doc[k].Sentence == doc[open].Sentence; k--)
        {
            if (doc[k].Kind == TokenKind.QuoteMark)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word before an opening mark leaves the writer's phrase open: an article or possessive, a copula or a preposition.</summary>
    private static bool OpensWritersPhrase(Document doc, int k) =>
        k >= 0 && doc[k].IsWord && !doc[k].Has(TokenFlags.Capitalized)
        && (doc[k].Info is { IsPreposition: true } || doc.Slice(k) is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "our" or "is" or "was" or "are" or "were" or "be" or "been");

    /// <summary>Whether a quotation opens a sentence, a paragraph, a clause after a colon or comma, or follows a cue verb.</summary>
    private static bool StandsAlone(Document doc, int open)
    {
        ref readonly var t = ref doc[open];
        if (t.Has(TokenFlags.SentenceStart) || t.Has(TokenFlags.ParagraphStart) || open == 0)
        {
            return true;
        }

        ref readonly var prev = ref doc[open - 1];
        if (prev.Kind is TokenKind.Dash or TokenKind.QuoteMark)
        {
            return true;
        }

        if (prev.Kind == TokenKind.Punctuation)
        {
            return doc.FirstChar(open - 1) is ':' or ',' or ';' or '(' or '.' or '?' or '!';
        }

        return CueWords.IsCueVerb(doc, open - 1);
    }

    /// <summary>
    /// Whether the quotation is the object of a cue verb that takes no clause: "blamed “continuing uncertainties”",
    /// "called it … “an evil, hateful act.”" quote a fragment in the writer's sentence, where "said “…”" opens what was
    /// said; a whole sentence still stands alone ("chanted “USA! USA!”").
    /// </summary>
    private static bool IsVerbObject(Document doc, int open, bool startsUpper, char last) =>
        open > 0 && CueWords.IsCueVerb(doc, open - 1) && (doc[open - 1].Info!.CueFlags & (CueFlags.ThatClause | CueFlags.BareClause | CueFlags.WhClause)) == 0
        && !(startsUpper && last is '.' or '?' or '!');
}
