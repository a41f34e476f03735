using QuoteAttribution.Evaluation;
using QuoteAttribution.Learning;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Training;

/// <summary>One example of one decision: hashed feature indices and a label.</summary>
/// <param name="Features">The feature indices (repeats allowed: they count twice).</param>
/// <param name="Label">The gold answer.</param>
/// <param name="Word">For the cue decision, the word asked about; otherwise <see langword="null"/>.</param>
internal readonly record struct Example(int[] Features, bool Label, string? Word = null);

/// <summary>The examples of the three decisions, computed from annotated documents by the library's own features.</summary>
internal sealed class TrainingExamples
{
    public List<Example> Cue { get; } = [];

    public List<Example> Direction { get; } = [];

    public List<Example> Source { get; } = [];

    /// <summary>Per word (ignoring case): how often it was an annotated cue head, and how often it occurred at all.</summary>
    public Dictionary<string, (int Positives, int Occurrences)> CueWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gold cues found in the text (the annotation gives the cue as text only) / gold cues annotated.</summary>
    public int CuesLocated { get; private set; }

    public int CuesAnnotated { get; private set; }

    public static TrainingExamples From(IEnumerable<GoldDocument> documents, int bits)
    {
        var examples = new TrainingExamples();
        foreach (var d in documents)
        {
            examples.Add(d, bits);
        }

        return examples;
    }

    private static bool IsLetter(string text, int i) => (uint)i < (uint)text.Length && char.IsLetterOrDigit(text[i]);

    /// <summary>
    /// Finds the annotated cue text next to its quote: the whole-word occurrence nearest to the source and the
    /// content (outside the content where possible). Returns the character span, or (-1, -1).
    /// </summary>
    private static (int Start, int End) LocateCue(string text, GoldQuote q)
    {
        string cue = q.Cue!.Trim();
        if (cue.Length == 0)
        {
            return (-1, -1);
        }

        int lo = Math.Min(q.Start, q.Source?.Start ?? q.Start), hi = Math.Max(q.End, q.Source?.End ?? q.End);
        int from = Math.Max(0, lo - 300), to = Math.Min(text.Length, hi + 300);
        int best = -1;
        long bestCost = long.MaxValue;
        for (int at = text.IndexOf(cue, from, to - from, StringComparison.OrdinalIgnoreCase); at >= 0 && at + cue.Length <= to;
            at = at + 1 < to ? text.IndexOf(cue, at + 1, to - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if ((char.IsLetterOrDigit(cue[0]) && IsLetter(text, at - 1)) || (char.IsLetterOrDigit(cue[^1]) && IsLetter(text, at + cue.Length)))
            {
                continue;
            }

            long cost = Gap(at, at + cue.Length, q.Start, q.End) * 2;
            if (q.Source is { } s)
            {
                cost += Gap(at, at + cue.Length, s.Start, s.End) * 3;
            }

            if (at >= q.Start && at + cue.Length <= q.End)
            {
                cost += 500;
            }

            if (cost < bestCost)
            {
                bestCost = cost;
                best = at;
            }
        }

        return best < 0 || bestCost > 900 ? (-1, -1) : (best, best + cue.Length);
    }

    private static long Gap(int a0, int a1, int b0, int b1) => a1 <= b0 ? b0 - a1 : b1 <= a0 ? a0 - b1 : 0;

    private static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        w is "has" or "have" or "had" or "also" or "is" or "are" or "was" or "were" or "will" or "would" or "be" or "been" or "being" or "did" or "does" or "do" or "not" or "later" or "then" or "again";

    private void Add(GoldDocument gold, int bits)
    {
        using var ld = LearningDocument.Create(gold.Text);
        var doc = ld.Doc;
        if (doc.Count == 0)
        {
            return;
        }

        // Gold cue heads: the first word of the cue that is not an auxiliary or adverb ("has said" → "said").
        var heads = new Dictionary<int, GoldQuote>();
        foreach (var q in gold.Quotes)
        {
            if (q.Cue is null)
            {
                continue;
            }

            CuesAnnotated++;
            var (start, end) = LocateCue(gold.Text, q);
            if (start < 0)
            {
                continue;
            }

            int first = ld.TokenAt(start), head = -1;
            for (int k = first; k < doc.Count && doc[k].Start < end; k++)
            {
                if (doc[k].Kind == TokenKind.Word && doc[k].Length > 1 && !IsAuxiliary(doc.Slice(k)))
                {
                    head = k;
                    break;
                }
            }

            if (head >= 0)
            {
                CuesLocated++;
                heads.TryAdd(head, q);
            }
        }

        Span<int> buffer = stackalloc int[LearnedFeatures.MaxFeatures];
        var candidates = new Mention[LearnedFeatures.MaxCandidates];
        for (int v = 0; v < doc.Count; v++)
        {
            if (!LearnedFeatures.IsCueCandidate(doc, ld.Quotes, v))
            {
                continue;
            }

            int n = LearnedFeatures.Cue(doc, ld.Reader, ld.Quotes, v, buffer, bits);
            bool positive = heads.TryGetValue(v, out var q);
            string word = doc.Slice(v).ToString();
            Cue.Add(new Example(buffer[..n].ToArray(), positive, word));
            CueWords[word] = CueWords.TryGetValue(word, out var counts)
                ? (counts.Positives + (positive ? 1 : 0), counts.Occurrences + 1)
                : (positive ? 1 : 0, 1);
            if (!positive)
            {
                continue;
            }

            int cueLast = LearnedFeatures.CueLast(doc, v);
            bool after = q!.Start >= doc[v].Start;
            Direction.Add(new Example(buffer[..n].ToArray(), after));
            if (q.Source is not { } source)
            {
                continue;
            }

            int count = LearnedFeatures.Candidates(doc, ld.Reader, ld.Locator, ld.Quotes, v, candidates, out bool rulePick);
            bool any = false;
            var labels = new bool[count];
            for (int c = 0; c < count; c++)
            {
                int ms = doc[candidates[c].First].Start, me = doc[candidates[c].Last].End;
                labels[c] = ms < source.End && source.Start < me;
                any |= labels[c];
            }

            if (!any)
            {
                continue; // The reader never found the annotated source: nothing to rank.
            }

            for (int c = 0; c < count; c++)
            {
                int m = LearnedFeatures.Source(doc, v, cueLast, candidates[c], c == 0 && rulePick, after, buffer, bits);
                Source.Add(new Example(buffer[..m].ToArray(), labels[c]));
            }
        }
    }
}
