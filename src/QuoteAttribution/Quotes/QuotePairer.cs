using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>A matched pair of quotation marks, by token index.</summary>
internal struct QuotePair
{
    public int Open;
    public int Close;

    /// <summary>Nesting depth: 0 for an outermost quotation.</summary>
    public int Depth;

    public bool MultiParagraph;
}

/// <summary>
/// Pairs quotation marks in one pass. Marks pair within a paragraph, by family, with a stack of bounded depth; an
/// unclosed quotation carries into the next paragraph only when that paragraph opens with a mark of the same family
/// (the convention for quotes that run over several paragraphs). Anything else unclosed is dropped at the paragraph
/// end, so a stray mark never swallows the rest of the document, and the work stays linear in the token count.
/// </summary>
internal static class QuotePairer
{
    private const int MaxDepth = 8;

    /// <summary>Pairs the marks <c>doc.QuoteMarks[markFrom..markTo]</c> (all by default), appending to <paramref name="pairs"/>.</summary>
    public static void Pair(Document doc, int maxQuoteLength, List<QuotePair> pairs, int markFrom = 0, int markTo = int.MaxValue)
    {
        int pairsFrom = pairs.Count;
        var marks = doc.QuoteMarks;
        markTo = Math.Min(markTo, marks.Count);
        var text = doc.Text.AsSpan();
        var tokens = doc.Tokens;
        Span<int> stackTok = stackalloc int[MaxDepth];
        Span<MarkFamily> stackFamily = stackalloc MarkFamily[MaxDepth];
        int depth = 0;
        bool outerMulti = false;
        int reopen = -1; // the mark that reopened the outermost quotation in the current paragraph
        int paragraph = -1;
        for (int m = markFrom; m < markTo; m++)
        {
            int i = marks[m];
            ref readonly var t = ref tokens[i];
            if (doc.ParagraphOf(i) != paragraph)
            {
                // Carry the outermost quotation on only if the very next paragraph opens with a mark that reopens it.
                bool carries = depth > 0
                    && doc.ParagraphOf(i) == paragraph + 1
                    && t.Has(TokenFlags.ParagraphStart)
                    && QuoteMarks.FamilyOf(text, t.Start, t.Length) == stackFamily[0]
                    && text[t.Start] == text[tokens[stackTok[0]].Start] // a writer repeats the mark they opened with; a " before “ is a stray
                    && (QuoteMarks.RoleOf(text, t.Start, t.Length) & MarkRole.Open) != 0
                    && t.Start - tokens[stackTok[0]].End <= maxQuoteLength;
                paragraph = doc.ParagraphOf(i);
                if (depth > 0)
                {
                    if (!carries)
                    {
                        Unnest(doc, pairs, pairsFrom, stackTok[..depth], stackFamily[..depth]);
                    }

                    depth = carries ? 1 : 0;
                    outerMulti = carries;
                    if (carries)
                    {
                        reopen = i;
                        continue;
                    }
                }
            }

            var family = QuoteMarks.FamilyOf(text, t.Start, t.Length);
            var role = QuoteMarks.RoleOf(text, t.Start, t.Length);
            if ((role & MarkRole.Close) != 0)
            {
                int k = depth - 1;
                while (k >= 0 && stackFamily[k] != family)
                {
                    k--;
                }

                if (k >= 0)
                {
                    // A quotation over paragraphs that ends up longer than the limit is cut at its last paragraph break:
                    // only its last paragraph is paired.
                    bool multi = k == 0 && outerMulti;
                    if (multi && t.Start - tokens[stackTok[0]].End > maxQuoteLength)
                    {
                        stackTok[0] = reopen;
                        multi = false;
                    }

                    pairs.Add(new QuotePair { Open = stackTok[k], Close = i, Depth = k, MultiParagraph = multi });
                    depth = k;
                    if (k == 0)
                    {
                        outerMulti = false;
                    }

                    continue;
                }

                if (role == MarkRole.Close && IsPluralPossessive(text, t))
                {
                    // "veterans' families": nothing opened it, so it is the apostrophe of a plural possessive, a word
                    // ending of the noun (as "’s" is), not a mark that later stages must step around.
                    doc[i].Kind = TokenKind.Word;
                    doc[i].Flags |= TokenFlags.Possessive;
                    continue;
                }
            }

            if (role == MarkRole.Open && depth > 0 && family == MarkFamily.Double && t.Length == 1 && text[t.Start] == text[tokens[stackTok[depth - 1]].Start]
                && AfterSentenceEnd(text, t.Start) && StandsAlone(doc, stackTok[depth - 1]))
            {
                // 'He said: "A. "B."': a double mark that opens a sentence inside a quotation opened by the same mark does not
                // nest (a quotation inside uses single marks). It reopens the quotation after a paragraph break that the
                // text lost, as a quote running over paragraphs does; the quotation goes on to its last mark. Not when the
                // first mark opened a fragment inside a sentence ('the plan "a disaster. "We will …," Smith said'), whose
                // closing mark is what is missing.
                continue;
            }

            if ((role & MarkRole.Open) != 0 && depth < MaxDepth)
            {
                stackTok[depth] = i;
                stackFamily[depth] = family;
                depth++;
            }
        }

        if (depth > 0)
        {
            Unnest(doc, pairs, pairsFrom, stackTok[..depth], stackFamily[..depth]);
        }

        RunSort.Sort(pairs, pairsFrom, static (a, b) => a.Open.CompareTo(b.Open));
    }

    /// <summary>
    /// Lifts the quotations paired inside marks that stay unclosed (<paramref name="unclosed"/>, in order) by one level for
    /// each such mark before them: 'Cole added: "I have done it. Wenger said: "Freddie is an option."' keeps Wenger's
    /// quotation as a quotation of its own once Cole's, which the source never closed, is dropped. A quotation in marks
    /// of another family stays inside ('"He ran at me saying 'what do you want?'' quotes someone within the quote), and so
    /// does a fragment inside a quotation that opened after punctuation or a cue ('He said: "I told him "no way" and');
    /// they are dropped with it. Only the pairs after the first unclosed mark are read, so the pass stays linear.
    /// </summary>
    private static void Unnest(Document doc, List<QuotePair> pairs, int pairsFrom, ReadOnlySpan<int> unclosed, ReadOnlySpan<MarkFamily> families)
    {
        var text = doc.Text.AsSpan();
        for (int p = pairs.Count - 1; p >= pairsFrom && pairs[p].Close > unclosed[0]; p--)
        {
            var pair = pairs[p];
            var family = QuoteMarks.FamilyOf(text, doc[pair.Open].Start, doc[pair.Open].Length);
            bool alone = StandsAlone(doc, pair.Open);
            int lift = 0;
            for (int u = 0; u < unclosed.Length && unclosed[u] < pair.Open; u++)
            {
                // A fragment inside words someone was quoted as saying stays with them ('He said: "I told him "no way" and
                // left.'); after an unclosed fragment ('were "only 10% … after "tremendous change"') the text is the writer's.
                lift += families[u] == family && (alone || !StandsAlone(doc, unclosed[u])) ? 1 : 0;
            }

            pair.Depth = Math.Max(0, pair.Depth - lift);
            pairs[p] = pair;
        }
    }

    /// <summary>Whether the mark at <paramref name="i"/> follows a sentence's end and white space: <c>complacency. "There</c>.</summary>
    private static bool AfterSentenceEnd(ReadOnlySpan<char> text, int i)
    {
        int j = i - 1;
        if (j < 0 || !char.IsWhiteSpace(text[j]))
        {
            return false;
        }

        while (j > 0 && char.IsWhiteSpace(text[j]) && !CharClasses.IsLineBreak(text[j]))
        {
            j--;
        }

        return text[j] is '.' or '?' or '!';
    }

    /// <summary>
    /// Whether the mark token <paramref name="k"/> opens a quotation of its own, not a fragment inside a sentence: it
    /// starts a paragraph, or follows punctuation, another quotation mark or a speech verb ('said "We …').
    /// </summary>
    private static bool StandsAlone(Document doc, int k)
    {
        if (k == 0 || doc[k].Has(TokenFlags.ParagraphStart))
        {
            return true;
        }

        ref readonly var before = ref doc[k - 1];
        return before.Kind is TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Dash || Cues.CueWords.IsCueVerb(doc, k - 1);
    }

    /// <summary>A single straight or curly apostrophe glued to a word in "s" and followed by a space and a lower-case word.</summary>
    private static bool IsPluralPossessive(ReadOnlySpan<char> text, in Token t) =>
        t.Length == 1 && t.Start > 0 && text[t.Start - 1] is 's' or 'S' && t.Start + 2 < text.Length && text[t.Start + 1] == ' ' && char.IsLower(text[t.Start + 2])
        && text[t.Start] is '\'' or '\u2019';
}
