using QuoteAttribution.Cues;
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
    private const int MinContentWords = 3;
    private const int MaxTrailingTokens = 10;
    private const int MaxThatDistance = 8;

    public static void Find(Document doc, SpeakerLocator locator, Func<int, bool> insideDirect, Func<int, bool> usedCue, List<QuoteRecord> records)
    {
        for (int c = 0; c < doc.Count; c++)
        {
            if (doc[c].Kind != TokenKind.Word)
            {
                continue;
            }

            bool according = CueWords.IsAccordingTo(doc, c);
            if (!according && (doc[c].Info is not { Cue: CueClass.Speech or CueClass.Writing or CueClass.Report } info || (info.CueFlags & CueFlags.ThatClause) == 0))
            {
                continue;
            }

            if (insideDirect(c) || usedCue(c))
            {
                continue;
            }

            var record = according ? AccordingTo(doc, locator, c) : AtVerb(doc, locator, c);
            if (record is { } r && !insideDirect(r.FirstToken) && !insideDirect(r.LastToken) && CountWords(doc, r.Start, r.End) >= MinContentWords)
            {
                records.Add(r);
                c = Math.Max(c, r.CueLast); // "responded by saying": one cue, one quote.
            }
        }
    }

    private static QuoteRecord? AccordingTo(Document doc, SpeakerLocator locator, int c)
    {
        var source = locator.ReadSource(c + 2);
        if (source.IsNone)
        {
            return null;
        }

        var (first, last) = SentenceOf(doc, c);
        if (doc.IsChar(c - 1, ',') && c - 1 > first)
        {
            // "…, according to X." — the clause before.
            return Make(doc, first, c - 2, c, c + 1, source);
        }

        if (c == first || (c == first + 1 && !doc[first].IsWord))
        {
            // "According to X, …" — the clause after the comma that closes the source.
            for (int k = source.Last + 1; k <= last && k < source.Last + MaxTrailingTokens; k++)
            {
                if (doc.IsChar(k, ','))
                {
                    return Make(doc, k + 1, last, c, c + 1, source);
                }
            }
        }

        return null;
    }

    private static QuoteRecord? AtVerb(Document doc, SpeakerLocator locator, int v)
    {
        var match = locator.AtVerb(v);
        if (!match.Found)
        {
            return null;
        }

        var (first, last) = SentenceOf(doc, v);
        int cueEnd = match.CueLast;

        // Cue before the clause: "X said (that) …", "X told reporters (that) …".
        int k = cueEnd + 1;
        if (match.Mention.First > v)
        {
            k = match.Mention.Last + 1; // inverted: "said Peskov, …" takes no clause after.
            k = last + 1;
        }

        int that = -1;
        for (int j = k; j <= last && j < k + MaxThatDistance; j++)
        {
            if (doc.IsWord(j, "that"))
            {
                that = j;
                break;
            }

            if (!doc[j].IsWord && !doc.IsChar(j, ',') || CueWords.IsCueVerb(doc, j))
            {
                break;
            }
        }

        bool bare = (doc[v].Info!.CueFlags & CueFlags.BareClause) != 0 || doc[cueEnd].Info is { CueFlags: var f } && (f & CueFlags.BareClause) != 0;
        int contentStart = that >= 0 ? that + 1 : (bare && k <= last && StartsClause(doc, k) ? k : -1);
        if (contentStart >= 0 && contentStart <= last && doc[contentStart].Kind != TokenKind.QuoteMark)
        {
            int end = ClauseEnd(doc, contentStart, last);
            if (end >= contentStart)
            {
                return Make(doc, contentStart, end, v, cueEnd, match.Mention);
            }
        }

        // Cue after the clause: "…, X said." or "…, said X."
        int before = Math.Min(match.Mention.First, v) - 1;
        if (before > first && doc.IsChar(before, ',') && TrailingIsShort(doc, Math.Max(cueEnd, match.Mention.Last), last))
        {
            if (doc[before - 1].Kind == TokenKind.QuoteMark)
            {
                return null; // "“…,” X said" is a direct quote's cue.
            }

            return Make(doc, first, before - 1, v, cueEnd, match.Mention);
        }

        return null;
    }

    private static QuoteRecord Make(Document doc, int firstToken, int lastToken, int cueFirst, int cueLast, Mention mention)
    {
        // Trim closing punctuation of the sentence off the clause.
        while (lastToken > firstToken && (doc[lastToken].Kind == TokenKind.Punctuation || doc[lastToken].Kind == TokenKind.Dash))
        {
            lastToken--;
        }

        return new QuoteRecord
        {
            Kind = QuoteKind.Indirect,
            Start = doc[firstToken].Start,
            End = doc[lastToken].End,
            Anchor = cueFirst,
            Paragraph = doc[cueFirst].Paragraph,
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

    /// <summary>
    /// Where a reported clause ends: the sentence end, or before the writer takes over again — a participle
    /// (", signaling …", ", adding that …"), a subordinate clause after a comma (", as …", ", while …") or a dash.
    /// </summary>
    private static int ClauseEnd(Document doc, int start, int last)
    {
        bool inQuote = false;
        for (int k = start + 1; k <= last; k++)
        {
            if (doc[k].Kind == TokenKind.QuoteMark)
            {
                inQuote = !inQuote;
                continue;
            }

            if (inQuote)
            {
                continue;
            }

            if (doc[k].Kind == TokenKind.Dash && doc[k].Has(TokenFlags.SpaceBefore) && doc.FirstChar(k) != '-')
            {
                return k - 1;
            }

            if (doc.IsChar(k, ',') && k + 1 <= last && doc[k + 1].Kind == TokenKind.Word && IsWriterClause(doc, k + 1))
            {
                return k - 1;
            }
        }

        return last;
    }

    private static bool IsWriterClause(Document doc, int k)
    {
        var w = doc.Slice(k);
        if (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && !doc[k].Has(TokenFlags.Capitalized) && !w.SequenceEqual("including"))
        {
            return true;
        }

        return w is "as" or "while" or "amid" or "despite" or "although" or "though" or "whereas" or "according";
    }

    private static bool StartsClause(Document doc, int k)
    {
        ref readonly var t = ref doc[k];
        if (t.Kind != TokenKind.Word)
        {
            return t.Kind == TokenKind.Number;
        }

        var info = t.Info;
        if (info is { IsPronoun: true })
        {
            return !doc.Slice(k).Equals("her", StringComparison.OrdinalIgnoreCase) && !doc.Slice(k).Equals("him", StringComparison.OrdinalIgnoreCase);
        }

        if (t.Has(TokenFlags.Capitalized))
        {
            return info is not { IsNonName: true } || doc.Slice(k) is "The" or "A" or "An" or "This" or "It";
        }

        return doc.Slice(k) is "the" or "a" or "an" or "this" or "these" or "those" or "there" or "it" or "its" or "his" or "her" or "their" or "our" or "no" or "all" or "some" or "many" or "most" or "both";
    }

    private static bool TrailingIsShort(Document doc, int from, int last)
    {
        if (last - from > MaxTrailingTokens)
        {
            return false;
        }

        for (int k = from + 1; k <= last; k++)
        {
            if (doc[k].Kind == TokenKind.QuoteMark)
            {
                return false;
            }
        }

        return true;
    }

    private static (int First, int Last) SentenceOf(Document doc, int token)
    {
        int s = doc[token].Sentence;
        int first = token, last = token;
        while (first > 0 && doc[first - 1].Sentence == s && token - first < 200)
        {
            first--;
        }

        while (last + 1 < doc.Count && doc[last + 1].Sentence == s && last - token < 200)
        {
            last++;
        }

        return (first, last);
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
