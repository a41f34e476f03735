using QuoteAttribution.Attribution;
using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Learning;

/// <summary>
/// Reported speech found by a trained <see cref="AttributionModel"/>, after the rules: every word the rules left
/// alone is scored as a cue; for an accepted cue the model picks the side of the content and the speaker among the
/// candidate mentions, and the content span is read from the sentence as the rules read it.
/// </summary>
internal static class LearnedAttribution
{
    public static void Find(Document doc, SpeakerLocator locator, MentionReader reader, QuoteIndex quotes, List<QuoteRecord> records, AttributionModel model)
    {
        Span<int> features = stackalloc int[LearnedFeatures.MaxFeatures];
        Span<Mention> candidates = new Mention[LearnedFeatures.MaxCandidates];
        int rulesCount = records.Count;
        for (int v = 0; v < doc.Count; v++)
        {
            if (!LearnedFeatures.IsCueCandidate(doc, quotes, v) || doc[v].Has(TokenFlags.UsedCue))
            {
                continue;
            }

            int n = LearnedFeatures.Cue(doc, reader, quotes, v, features, model.Bits);
            if (!model.Cue.Accepts(features[..n]) || IsRuleCue(records, rulesCount, v))
            {
                continue;
            }

            bool after = model.Direction.Accepts(features[..n]);
            int cueLast = LearnedFeatures.CueLast(doc, v);
            var source = PickSource(doc, reader, locator, quotes, v, cueLast, after, model, candidates, features);
            if (!LearnedFeatures.Content(doc, locator, v, cueLast, source, after, out int first, out int last)
                || quotes.InsideDirect(first) || quotes.InsideDirect(last) || Overlaps(records, doc[first].Start, doc[last].End))
            {
                continue;
            }

            records.Add(new QuoteRecord
            {
                Kind = QuoteKind.Indirect,
                Start = doc[first].Start,
                End = doc[last].End,
                Anchor = v,
                Paragraph = doc[v].Paragraph,
                FirstToken = first,
                LastToken = last,
                Mention = source,
                Entity = -1,
                Entity2 = -1,
                CueFirst = v,
                CueLast = cueLast,
                Method = AttributionMethod.Explicit,
                Candidate = -1,
            });
            v = cueLast;
        }
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

    private static bool IsRuleCue(List<QuoteRecord> records, int count, int v)
    {
        for (int i = 0; i < count; i++)
        {
            if (v >= records[i].CueFirst && v <= records[i].CueLast)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a span covers at least half of a quote found before (or is at least half covered by it).</summary>
    private static bool Overlaps(List<QuoteRecord> records, int start, int end)
    {
        foreach (var r in records)
        {
            int inter = Math.Min(end, r.End) - Math.Max(start, r.Start);
            if (inter > 0 && (inter * 2 >= r.End - r.Start || inter * 2 >= end - start))
            {
                return true;
            }
        }

        return false;
    }
}
