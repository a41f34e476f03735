using QuoteAttribution.Attribution;
using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Learning;

/// <summary>
/// Reported speech found by a trained <see cref="AttributionModel"/>, after the rules: every word of the model's cue
/// vocabulary that the rules left alone is scored as a cue; for an accepted cue the model picks the side of the
/// content and the speaker among the candidate mentions, and the content span is read from the sentence as the rules
/// read it.
/// </summary>
internal static class LearnedAttribution
{
    /// <summary>
    /// Scores the words of tokens <paramref name="tokenFrom"/> up to <paramref name="tokenTo"/> (exclusive; all by
    /// default), whose rule records start at index <paramref name="recordsFrom"/>, skipping tokens up to
    /// <paramref name="done"/> (the end of a cue read in the section before). Returns the last token of the last
    /// cue read.
    /// </summary>
    public static int Find(
        Document doc, SpeakerLocator locator, MentionReader reader, QuoteIndex quotes, List<QuoteRecord> records, AttributionModel model, int tokenFrom = 0, int tokenTo = int.MaxValue, int recordsFrom = 0, int done = -1)
    {
        tokenTo = Math.Min(tokenTo, doc.Count);
        Span<int> features = stackalloc int[LearnedFeatures.MaxFeatures];
        Span<Mention> candidates = new Mention[LearnedFeatures.MaxCandidates];

        // The rules' cues are flagged already (UsedCues, by the caller); their spans, sorted, answer "does this overlap
        // a quote found before?" by binary search, so the work stays linear in the document.
        var found = new SpanSet(records.Count - recordsFrom);
        for (int i = recordsFrom; i < records.Count; i++)
        {
            found.Add(records[i].Start, records[i].End);
        }

        found.Seal();
        var sentence = (First: -1, Last: -1);
        for (int v = Math.Max(tokenFrom, done + 1); v < tokenTo; v++)
        {
            if (!model.CueWords.Contains(doc.Slice(v)) || !LearnedFeatures.IsCueCandidate(doc, quotes, v) || doc[v].Has(TokenFlags.UsedCue))
            {
                continue;
            }

            int n = LearnedFeatures.Cue(doc, reader, quotes, v, ReportedClause.SentenceOf(doc, v, ref sentence), features, model.Bits);
            if (!model.Cue.Accepts(features[..n]))
            {
                continue;
            }

            bool after = model.Direction.Accepts(features[..n]);
            int cueLast = LearnedFeatures.CueLast(doc, v);
            var source = PickSource(doc, reader, locator, quotes, v, cueLast, after, model, candidates, features);
            if (!LearnedFeatures.Content(doc, locator, v, cueLast, source, after, out int first, out int last)
                || quotes.InsideDirect(first) || quotes.InsideDirect(last) || found.Overlaps(doc[first].Start, doc[last].End))
            {
                continue;
            }

            if (ReportedClause.Create(doc, quotes, first, last, v, cueLast, source) is { } record)
            {
                records.Add(record);
                found.Add(record.Start, record.End);
            }

            v = cueLast;
            done = cueLast;
        }

        return done;
    }

    /// <summary>The candidate mention with the highest source margin, or none when the cue has no candidate.</summary>
    internal static Mention PickSource(
        Document doc, MentionReader reader, SpeakerLocator locator, QuoteIndex quotes, int cueFirst, int cueLast, bool after, AttributionModel model, Span<Mention> candidates, Span<int> features)
    {
        int count = LearnedFeatures.Candidates(doc, reader, locator, quotes, cueFirst, candidates, out bool rulePick);
        int best = -1;
        float bestMargin = float.NegativeInfinity;
        for (int c = 0; c < count; c++)
        {
            int n = LearnedFeatures.Source(doc, cueFirst, cueLast, candidates[c], c == 0 && rulePick, after, features, model.Bits);
            float margin = model.Source.Margin(features[..n]);
            if (margin > bestMargin)
            {
                bestMargin = margin;
                best = c;
            }
        }

        return best >= 0 ? candidates[best] : Mention.None;
    }
}

/// <summary>
/// Spans of the quotes found so far: the rules' spans sorted once, then the learned ones in the order they are found
/// (cue by cue through the document). Overlap tests look only at spans that start within the longest span's length.
/// </summary>
internal sealed class SpanSet
{
    private readonly List<(int Start, int End)> _sealed;
    private readonly List<(int Start, int End)> _added = [];
    private bool _isSealed;
    private int _maxLength;

    public SpanSet(int capacity) => _sealed = new List<(int Start, int End)>(capacity);

    public void Add(int start, int end)
    {
        (_isSealed ? _added : _sealed).Add((start, end));
        _maxLength = Math.Max(_maxLength, end - start);
    }

    public void Seal()
    {
        _sealed.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        _isSealed = true;
    }

    /// <summary>Whether a span covers at least half of a span in the set, or is at least half covered by one.</summary>
    public bool Overlaps(int start, int end)
    {
        int lo = SortedSearch.LowerBound<(int Start, int End), ByStart>(_sealed, end);
        for (int i = lo - 1; i >= 0 && _sealed[i].Start >= start - _maxLength; i--)
        {
            if (Covers(_sealed[i], start, end))
            {
                return true;
            }
        }

        for (int i = _added.Count - 1; i >= 0 && _added[i].End > start - _maxLength; i--)
        {
            if (Covers(_added[i], start, end))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covers((int Start, int End) r, int start, int end)
    {
        int inter = Math.Min(end, r.End) - Math.Max(start, r.Start);
        return inter > 0 && (inter * 2 >= r.End - r.Start || inter * 2 >= end - start);
    }
}

/// <summary>Orders spans by their start.</summary>
internal readonly struct ByStart : ISortKey<(int Start, int End)>
{
    public static int Of(in (int Start, int End) item) => item.Start;
}
