using QuoteAttribution.Attribution;
using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Learning;

/// <summary>
/// The features of the learned decisions, computed from the library's own analysis: token text and shape, the cue
/// lexicon's class and verb form, neighbouring words and punctuation, mentions next to the word (name, pronoun,
/// description), position in the sentence and paragraph, quotation marks. The trainer and the extractor call the
/// same methods, so a model sees at run time exactly what it was trained on.
/// </summary>
internal static class LearnedFeatures
{
    /// <summary>Room for the features of one example.</summary>
    public const int MaxFeatures = 64;

    /// <summary>Most candidate mentions considered for one cue.</summary>
    public const int MaxCandidates = 16;

    private const int SourceWindow = 30;

    /// <summary>Whether token <paramref name="i"/> may be a learned cue at all: a word outside quotation marks.</summary>
    public static bool IsCueCandidate(Document doc, QuoteIndex quotes, int i) =>
        doc[i].Kind == TokenKind.Word && doc[i].Length > 1 && !quotes.InsideDirect(i);

    /// <summary>Features of token <paramref name="i"/> as a possible cue (also used by the direction decision).</summary>
    public static int Cue(Document doc, MentionReader reader, QuoteIndex quotes, int i, Span<int> buffer, int bits) =>
        Cue(doc, reader, quotes, i, ReportedClause.SentenceOf(doc, i), buffer, bits);

    /// <summary>Features of token <paramref name="i"/> as a possible cue, with its sentence (<see cref="ReportedClause.SentenceOf(Document, int)"/>) known.</summary>
    public static int Cue(Document doc, MentionReader reader, QuoteIndex quotes, int i, (int First, int Last) sentence, Span<int> buffer, int bits)
    {
        var f = new FeatureSink(buffer, bits);
        ref readonly var t = ref doc[i];
        var word = doc.Slice(i);
        var info = t.Info;
        int cls = info is null ? 0 : (int)info.Cue;
        int form = info is null ? 0 : (int)info.VerbForm + 1;
        f.Add(1);
        f.Add(2, word);
        f.Add(3, word.Length > 3 ? word[^3..] : word);
        f.Add(4, cls * 8 + form);
        f.Add(5, info is null ? 0 : (int)info.CueFlags & 0xFF); // the flags the model was trained with (one byte)
        f.Add(6, Shape(doc, i));

        var prev = Neighbour(doc, i - 1);
        var next = Neighbour(doc, i + 1);
        var prev2 = Neighbour(doc, i - 2);
        var next2 = Neighbour(doc, i + 2);
        f.Add(7, prev);
        f.Add(8, next);
        f.Add(9, prev2);
        f.Add(10, next2);
        f.Add(11, word, next);
        f.Add(12, prev, word);
        f.Add(13, next, next2);
        f.Add(14, next, cls);

        int s = (int)Mentions(reader, doc, i);
        f.Add(15, s);
        f.Add(16, word, s);
        f.Add(17, cls * 64 + s);

        var (first, last) = sentence;
        int thatAhead = ThatAhead(doc, i, last) ? 1 : 0;
        int quoteNear = QuoteNear(doc, i, first, last);
        f.Add(18, Bucket(i - first));
        f.Add(19, Bucket(last - i));
        f.Add(20, Math.Min(doc.ParagraphOf(i), 3));
        f.Add(21, quotes.InsideAny(i) ? 1 : 0);
        f.Add(22, thatAhead, cls);
        f.Add(23, word, thatAhead);
        f.Add(24, quoteNear);
        f.Add(25, word, quoteNear);
        return f.Count;
    }

    /// <summary>Features of a candidate mention as the speaker of the cue at <paramref name="cueFirst"/>..<paramref name="cueLast"/>.</summary>
    public static int Source(Document doc, int cueFirst, int cueLast, in Mention m, bool rulePick, bool contentAfter, Span<int> buffer, int bits)
    {
        var f = new FeatureSink(buffer, bits);
        var cue = doc.Slice(cueFirst);
        bool before = m.Last < cueFirst;
        int distance = before ? cueFirst - m.Last : m.First - cueLast;
        int side = before ? 0 : 1;
        int type = (int)m.Type * 8 + (int)m.Kind;
        f.Add(1);
        f.Add(2, rulePick ? 1 : 0);
        f.Add(3, side * 16 + Bucket(distance));
        f.Add(4, type * 2 + side);
        f.Add(5, cue, side);
        f.Add(6, cue, side * 16 + Bucket(distance));
        f.Add(7, (contentAfter ? 2 : 0) + side);
        f.Add(8, (contentAfter ? 2 : 0) + side, Bucket(distance));
        f.Add(9, m.Entity >= 0 ? 1 : 0, type);
        f.Add(10, Neighbour(doc, m.First - 1), side);
        f.Add(11, Neighbour(doc, m.Last + 1), side);
        f.Add(12, doc.Slice(m.Head >= 0 ? m.Head : m.Last), side);

        // What stands between the mention and the cue: commas, verbs, other cues, quotation marks.
        int from = before ? m.Last + 1 : cueLast + 1, to = before ? cueFirst - 1 : m.First - 1;
        int commas = 0, verbs = 0, quoteMarks = 0, words = 0;
        for (int k = from; k <= to; k++)
        {
            ref readonly var t = ref doc[k];
            if (t.Kind == TokenKind.QuoteMark)
            {
                quoteMarks++;
            }
            else if (doc.IsChar(k, ','))
            {
                commas++;
            }
            else if (t.Kind == TokenKind.Word)
            {
                words++;
                if (t.Info is { Cue: not CueClass.None } || IsAuxiliary(doc.Slice(k)))
                {
                    verbs++;
                }
            }
        }

        f.Add(13, side * 64 + Math.Min(commas, 3) * 16 + Math.Min(verbs, 3) * 4 + Math.Min(quoteMarks, 3));
        f.Add(14, side * 8 + Math.Min(words, 7));
        f.Add(15, doc[m.First].Has(TokenFlags.SentenceStart) ? 1 : 0, side);
        f.Add(16, cue, type * 2 + side);
        return f.Count;
    }

    /// <summary>
    /// The candidate speakers of a cue: the rules' own pick first (flagged), then every mention the reader finds in the
    /// cue's sentence within a window. Returns the count written to <paramref name="candidates"/>.
    /// </summary>
    public static int Candidates(Document doc, MentionReader reader, SpeakerLocator locator, QuoteIndex quotes, int cueFirst, Span<Mention> candidates, out bool firstIsRulePick)
    {
        int n = 0;
        if (doc[cueFirst].Info is { Cue: not CueClass.None })
        {
            var match = locator.AtVerb(cueFirst);
            if (!match.Mention.IsNone)
            {
                candidates[n++] = match.Mention;
            }
        }
        else
        {
            var subject = locator.SubjectBefore(cueFirst);
            if (!subject.IsNone)
            {
                candidates[n++] = subject;
            }
        }

        firstIsRulePick = n == 1;

        var (first, last) = ReportedClause.SentenceOf(doc, cueFirst);
        first = Math.Max(first, cueFirst - SourceWindow);
        last = Math.Min(last, cueFirst + SourceWindow);
        for (int k = first; k <= last && n < candidates.Length; k++)
        {
            if (doc[k].Kind != TokenKind.Word || k == cueFirst || quotes.InsideDirect(k))
            {
                continue;
            }

            var m = reader.ReadForward(k);
            if (m.IsNone)
            {
                m = reader.ReadBackward(k);
                if (m.IsNone || m.First != m.Last)
                {
                    continue; // Only bare one-word groups ("officials") are read backwards here.
                }
            }

            if (m.First <= cueFirst && m.Last >= cueFirst)
            {
                continue;
            }

            bool seen = false;
            for (int c = 0; c < n; c++)
            {
                seen |= candidates[c].First == m.First && candidates[c].Last == m.Last;
            }

            if (!seen)
            {
                candidates[n++] = m;
            }

            k = Math.Max(k, m.Last);
        }

        return n;
    }

    /// <summary>The last token of a learned cue that starts at <paramref name="v"/>: the verb with its particle or phrase.</summary>
    public static int CueLast(Document doc, int v)
    {
        if (CueWords.IsAccordingTo(doc, v))
        {
            return v + 1;
        }

        int end = CueWords.CueEnd(doc, v);
        if (end == v && IsParticle(doc, v + 1) && !doc[v + 1].Has(TokenFlags.SentenceStart))
        {
            return v + 1; // "called for", "referring to", "pointed to".
        }

        return end;
    }

    /// <summary>A verb form no noun phrase holds: a cue verb, a finite verb, an auxiliary, or a word in "-ed".</summary>
    private static bool IsVerb(Document doc, int j) =>
        j < doc.Count && doc[j].IsWord && !doc[j].Has(TokenFlags.Capitalized)
        && (doc[j].Info is { Cue: not CueClass.None, VerbForm: not VerbForm.Gerund } or { IsFiniteVerb: true } or { IsAuxiliary: true }
            || (doc[j].Info is null && doc.Slice(j).EndsWith("ed", StringComparison.Ordinal)));

    /// <summary>
    /// The reported content of a cue: after it (over a listener, "that", a colon) to the clause end, or before it
    /// from the sentence start to the comma before the speaker and cue. Content without "that" is mostly an object,
    /// which ends at the first comma, dash or second verb. Returns false when no content is there.
    /// </summary>
    public static bool Content(Document doc, SpeakerLocator locator, int cueFirst, int cueLast, in Mention source, bool after, out int firstToken, out int lastToken)
    {
        var (first, last) = ReportedClause.SentenceOf(doc, cueFirst);
        firstToken = lastToken = -1;
        if (after)
        {
            int k = cueLast + 1;
            if (!source.IsNone && source.First == k)
            {
                k = source.Last + 1; // "said Trump that …", "according to X, …".
            }

            if (doc.IsChar(k, ',') || doc.IsChar(k, ':'))
            {
                k++;
            }

            if (k <= last && doc[k].Kind == TokenKind.Word && !doc.IsWord(k, "that") && doc[cueFirst].Info is { CueFlags: var flags } && (flags & CueFlags.IndirectObject) != 0)
            {
                int listener = locator.ReadListener(k);
                if (listener >= k && listener < last && (doc.IsWord(listener + 1, "that") || doc.IsWord(listener + 1, "to")))
                {
                    k = listener + 1;
                }
            }

            bool clause = doc.IsWord(k, "that");
            if (clause || doc.IsChar(k, ','))
            {
                k++;
            }

            if (k > last)
            {
                return false;
            }

            firstToken = k;
            lastToken = ReportedClause.End(doc, k, last);
            if (!clause)
            {
                // No "that": mostly an object ("endorsed Hillary Clinton for president, another example of …"), which
                // ends at the first comma or dash; the writer's words go on after it.
                // So does it before a second verb: "promoted unproven therapies and downplayed the risk".
                for (int j = k + 1; j < lastToken; j++)
                {
                    if (((doc.IsChar(j, ',') || doc.IsChar(j, ';') || doc[j].Kind == TokenKind.Dash) && !doc.IsChar(j - 1, ')'))
                        || ((doc.IsWord(j, "and") || doc.IsWord(j, "but")) && IsVerb(doc, j + 1)))
                    {
                        lastToken = j - 1;
                        break;
                    }
                }
            }
        }
        else
        {
            int end = Math.Min(cueFirst, source.IsNone || source.First > cueFirst ? cueFirst : source.First) - 1;
            while (end >= first && (doc[end].Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.QuoteMark))
            {
                end--;
            }

            int start = first;
            while (start < end && doc[start].Kind is TokenKind.QuoteMark or TokenKind.Punctuation or TokenKind.Dash)
            {
                start++;
            }

            if (end < start)
            {
                return false;
            }

            firstToken = start;
            lastToken = end;
        }

        while (lastToken > firstToken && doc[lastToken].Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.QuoteMark)
        {
            lastToken--;
        }

        int words = 0;
        for (int k = firstToken; k <= lastToken; k++)
        {
            words += doc[k].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        return words >= 2;
    }

    private static bool IsParticle(Document doc, int k) =>
        (uint)k < (uint)doc.Count && doc[k].Kind == TokenKind.Word && doc.Slice(k) is "for" or "on" or "to" or "of" or "about" or "against" or "out";

    private static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        w is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "can" or "could" or "should" or "may" or "might" or "must" or "does" or "did" or "do";

    private static ReadOnlySpan<char> Neighbour(Document doc, int k)
    {
        if ((uint)k >= (uint)doc.Count)
        {
            return "<edge>";
        }

        return doc[k].Kind switch
        {
            TokenKind.Number => "<num>",
            TokenKind.QuoteMark => "<q>",
            TokenKind.Dash => "<dash>",
            TokenKind.Word when doc[k].Has(TokenFlags.Capitalized) && !doc[k].Has(TokenFlags.SentenceStart) && doc[k].Info is null => "<Cap>",
            _ => doc.Slice(k),
        };
    }

    private static int Shape(Document doc, int i)
    {
        ref readonly var t = ref doc[i];
        return (t.Has(TokenFlags.Capitalized) ? 1 : 0) | (t.Has(TokenFlags.AllCaps) ? 2 : 0) | (t.Has(TokenFlags.SentenceStart) ? 4 : 0)
            | (t.Has(TokenFlags.ParagraphStart) ? 8 : 0) | (t.Has(TokenFlags.Possessive) ? 16 : 0);
    }

    /// <summary>The mention types next to a word: before it (over adverbs) and after it, packed into one number.</summary>
    private static int Mentions(MentionReader reader, Document doc, int i)
    {
        int b = i - 1;
        for (int n = 0; n < 3 && CueWords.IsVerbModifier(doc, b); n++)
        {
            b--;
        }

        var before = reader.ReadBackward(b);
        var after = reader.ReadForward(i + 1);
        int bt = before.IsNone ? 0 : (int)before.Type + 1;
        int at = after.IsNone ? 0 : (int)after.Type + 1;
        return bt * 4 + at + (b < i - 1 ? 16 : 0);
    }

    private static bool ThatAhead(Document doc, int i, int last)
    {
        for (int k = i + 1; k <= last && k <= i + 5; k++)
        {
            if (doc.IsWord(k, "that"))
            {
                return true;
            }
        }

        return false;
    }

    private static int QuoteNear(Document doc, int i, int first, int last)
    {
        int r = 0;
        for (int k = Math.Max(first, i - 3); k < i; k++)
        {
            r |= doc[k].Kind == TokenKind.QuoteMark ? 1 : 0;
        }

        for (int k = i + 1; k <= Math.Min(last, i + 3); k++)
        {
            r |= doc[k].Kind == TokenKind.QuoteMark ? 2 : 0;
        }

        return r;
    }

    private static int Bucket(int d) => d switch
    {
        <= 0 => 0,
        1 => 1,
        2 => 2,
        <= 4 => 3,
        <= 8 => 4,
        <= 16 => 5,
        _ => 6,
    };
}
