using QuoteAttribution.Speakers;

namespace QuoteAttribution.Attribution;

/// <summary>
/// Walks the quotes in reading order: resolves each mention to an entity (pronouns favour the speaker just quoted),
/// gives a quote with no cue the speaker of the quote right before it in the same or the previous paragraph, and
/// sets each quote's confidence.
/// </summary>
internal static class SpeakerAssigner
{
    /// <summary>
    /// The tokens record <paramref name="i"/> reports: its content, or for a partial quote the clause around it that a
    /// record of the same mention reports ("But Mr Blair had been “hurt” by …, he added"), which comes after it.
    /// </summary>
    private static (int First, int Last) ReportedWords(ReadOnlySpan<QuoteRecord> records, int i)
    {
        const int MaxRecordsAhead = 4;
        ref readonly var r = ref records[i];
        if (r.Kind == QuoteKind.Partial)
        {
            for (int j = i + 1; j < records.Length && j <= i + MaxRecordsAhead; j++)
            {
                ref readonly var o = ref records[j];
                if (o.Kind == QuoteKind.Indirect && o.Mention.First == r.Mention.First && o.FirstToken <= r.FirstToken && o.LastToken >= r.LastToken)
                {
                    return (o.FirstToken, o.LastToken);
                }
            }
        }

        return (r.FirstToken, r.LastToken);
    }

    public static void Assign(CoreferenceResolver resolver, List<QuoteRecord> records)
    {
        int recentEntity = -1, recentParagraph = int.MinValue / 2, recentAnchor = int.MinValue;
        var recentUnnamed = Mention.None; // the last speaker, when an indefinite description ("analysts", "a spokesman")
        int previous = -1;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(records);
        for (int i = 0; i < span.Length; i++)
        {
            ref var r = ref span[i];
            if (r.Method == AttributionMethod.None && r.Mention.IsNone)
            {
                if (r.Kind == QuoteKind.Direct && previous >= 0 && r.Paragraph - span[previous].Paragraph <= 1 && span[previous].Method != AttributionMethod.None)
                {
                    // The speaker as last written is the nearest mention a continuation has.
                    r.Entity = span[previous].Entity;
                    r.Entity2 = span[previous].Entity2;
                    r.Mention = span[previous].Mention;
                    r.MentionSpan = span[previous].MentionSpan;
                    r.Method = AttributionMethod.Continuation;
                }
            }
            else
            {
                var (contentFirst, contentLast) = ReportedWords(span, i);
                resolver.Resolve(ref r.Mention, recentEntity, recentParagraph, recentAnchor == int.MinValue ? -1 : recentAnchor, recentUnnamed, contentFirst, contentLast);
                r.Entity = r.Mention.Entity;
                r.Entity2 = r.Mention.Entity2;
            }

            r.Confidence = Confidence.Of(r.Method, r.Mention, r.Kind);
            // A fragment given to the subject of "wants" or "believes" names no one who spoke: pronouns after it still
            // stand for the last speaker.
            if (r.Method == AttributionMethod.Subject)
            {
                continue;
            }

            if (r.Entity >= 0)
            {
                recentEntity = r.Entity;
                recentParagraph = r.Paragraph;
                recentAnchor = Math.Max(r.Anchor, r.CueLast);
                recentUnnamed = Mention.None;
            }
            else if (r.Mention.Type == MentionType.Description && r.Method != AttributionMethod.Continuation && resolver.IsIndefinite(r.Mention))
            {
                recentUnnamed = r.Mention; // the named speaker's anchor stays: subjects named since it still count
            }

            if (r.Method != AttributionMethod.None)
            {
                previous = i;
            }
        }
    }
}
