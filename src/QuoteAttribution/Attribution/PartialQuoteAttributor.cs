using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>
/// Gives each partial quote the speaker of the reported clause around it, or of the attribution in its sentence.
/// A fragment with neither is a scare quote that nobody said: it becomes a non-quote.
/// </summary>
internal static class PartialQuoteAttributor
{
    private const int Window = 400;

    public static void Attribute(Document doc, List<QuoteCandidate> candidates, List<QuoteRecord> records, bool include)
    {
        int count = records.Count;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
        for (int q = 0; q < span.Length; q++)
        {
            ref var c = ref span[q];
            if (c.Shape != QuoteShape.Partial)
            {
                continue;
            }

            int sentence = doc[c.Open].Sentence;
            int host = -1;

            // Records are in anchor order: only those anchored near the fragment can hold it (keeps this linear).
            for (int i = LowerBound(records, count, c.Open - Window); i < count && records[i].Anchor <= c.Close + Window; i++)
            {
                var r = records[i];
                if (r.Method == AttributionMethod.None && r.Entity < 0)
                {
                    continue;
                }

                if (r.Kind == QuoteKind.Indirect && r.Start <= c.ContentStart && c.ContentEnd <= r.End + 1)
                {
                    host = i;
                    break;
                }

                if (host < 0 && r.CueFirst >= 0 && doc[r.CueFirst].Sentence == sentence)
                {
                    host = i;
                }
            }

            if (host < 0)
            {
                c.Shape = QuoteShape.Title; // Nobody in reach said it: a scare quote.
                continue;
            }

            if (!include)
            {
                continue;
            }

            var h = records[host];
            records.Add(new QuoteRecord
            {
                Kind = QuoteKind.Partial,
                Start = c.ContentStart,
                End = c.ContentEnd,
                Anchor = c.Open,
                Paragraph = doc[c.Open].Paragraph,
                FirstToken = c.Open + 1,
                LastToken = c.Close - 1,
                Mention = h.Mention,
                Entity = h.Entity,
                Entity2 = h.Entity2,
                CueFirst = -1,
                CueLast = -1,
                Method = AttributionMethod.Enclosing,
                Confidence = Confidence.Of(AttributionMethod.Enclosing, h.Mention, QuoteKind.Partial),
                Candidate = q,
            });
        }
    }

    private static int LowerBound(List<QuoteRecord> records, int count, int anchor)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (records[mid].Anchor < anchor)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
