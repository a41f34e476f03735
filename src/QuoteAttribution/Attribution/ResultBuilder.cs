using System.Buffers;
using System.Collections.Immutable;
using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>
/// Turns attributed records into the public, immutable result: quotes in document order and the speakers that said
/// them. The spans of records and names were taken section by section, while the tokens were in the cache, so
/// building the result of a long document reads tokens only for each speaker's name.
/// </summary>
internal static class ResultBuilder
{
    public static QuoteExtractionResult Build(
        Document doc,
        EntityRegistry registry,
        List<Mention> names,
        List<TextSpan> nameSpans,
        List<QuoteCandidate> candidates,
        List<QuoteRecord> records,
        QuoteExtractorOptions options)
    {
        string text = doc.Text;
        RunSort.Sort(records, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));

        // Public speaker ids follow the order in which speakers are first quoted.
        int[] publicId = ArrayPool<int>.Shared.Rent(Math.Max(1, registry.Count));
        string?[] nameCache = ArrayPool<string?>.Shared.Rent(Math.Max(1, registry.Count));
        try
        {
            nameCache.AsSpan(0, registry.Count).Clear();
            string NameOf(int entity) => nameCache[entity] ??= registry.NameOf(entity);

            publicId.AsSpan(0, registry.Count).Fill(-1);
            int speakerCount = 0;

            // A speaker's quotes share one id array: a quote allocates no array of its own.
            var singleIds = new List<ImmutableArray<int>>();
            var quotes = ImmutableArray.CreateBuilder<Quote>(records.Count);

            // Quotes nest or stand apart, never cross: ends of the kept quotes that may still enclose the next one.
            var open = new Stack<int>();
            foreach (var r in records)
            {
                if ((r.Kind == QuoteKind.Indirect && !options.IncludeIndirect) || (r.Kind == QuoteKind.Partial && !options.IncludePartial)
                    || r.Confidence < options.MinimumConfidence || r.End <= r.Start)
                {
                    continue;
                }

                while (open.Count > 0 && open.Peek() <= r.Start)
                {
                    open.Pop();
                }

                if (open.Count > 0 && open.Peek() < r.End)
                {
                    continue; // crosses the end of a quote already kept (two reported clauses read from one sentence)
                }

                open.Push(r.End);

                int e1 = r.Entity, e2 = r.Entity2 == r.Entity ? -1 : r.Entity2;
                int? id = null;
                var ids = ImmutableArray<int>.Empty;
                string? name = null;
                if (e1 >= 0)
                {
                    id = IdOf(publicId, e1, ref speakerCount);
                    name = NameOf(e1);
                    if (e2 >= 0)
                    {
                        ids = [id.Value, IdOf(publicId, e2, ref speakerCount)];
                        name = string.Concat(name, " and ", NameOf(e2));
                    }
                    else
                    {
                        while (singleIds.Count <= id.Value)
                        {
                            singleIds.Add([singleIds.Count]);
                        }

                        ids = singleIds[id.Value];
                    }
                }

                SpeakerMention? mention = r.Mention.IsNone ? null : new SpeakerMention(text, r.MentionSpan, lazy: true);
                Cue? cue = r.CueFirst < 0 ? null : new Cue(text, r.CueSpan, lazy: true);
                quotes.Add(new Quote(text, r.Kind, TextSpan.FromBounds(r.Start, r.End), id, ids, name, mention, cue, r.Method, r.Confidence));
            }

            var builtQuotes = quotes.DrainToImmutable();
            var speakers = speakerCount == 0 ? [] : BuildSpeakers(doc, registry, names, nameSpans, publicId, nameCache, speakerCount, builtQuotes);
            return new QuoteExtractionResult(text, builtQuotes, speakers, options.ReportNonQuotes ? NonQuotes(candidates) : []);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(publicId);
            ArrayPool<string?>.Shared.Return(nameCache, clearArray: true);
        }
    }

    private static ImmutableArray<TextSpan> NonQuotes(List<QuoteCandidate> candidates)
    {
        var b = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var c in candidates)
        {
            if (c.Shape == QuoteShape.Title)
            {
                b.Add(TextSpan.FromBounds(c.ContentStart, c.ContentEnd));
            }
        }

        return b.DrainToImmutable();
    }

    private static ImmutableArray<Speaker> BuildSpeakers(
        Document doc,
        EntityRegistry registry,
        List<Mention> names,
        List<TextSpan> nameSpans,
        int[] publicId,
        string?[] nameCache,
        int speakerCount,
        ImmutableArray<Quote> quotes)
    {
        var entityOf = new int[speakerCount];
        for (int e = 0; e < registry.Count; e++)
        {
            if (publicId[e] >= 0)
            {
                entityOf[publicId[e]] = e;
            }
        }

        // Mentions in reading order (start, then longer first), each span once: the names (already in order) merged
        // with the cue mentions of the speaker's quotes (nearly in order; sorted per speaker, which is short).
        var quoteLists = new ImmutableArray<Quote>.Builder[speakerCount];
        var cueMentions = new List<SpeakerMention>?[speakerCount];
        for (int i = 0; i < speakerCount; i++)
        {
            quoteLists[i] = ImmutableArray.CreateBuilder<Quote>();
        }

        foreach (var q in quotes)
        {
            foreach (int id in q.SpeakerIds)
            {
                quoteLists[id].Add(q);
                if (q.Mention is { } mention)
                {
                    (cueMentions[id] ??= []).Add(mention);
                }
            }
        }

        var mentionLists = new ImmutableArray<SpeakerMention>.Builder[speakerCount];
        var next = new int[speakerCount];
        for (int i = 0; i < speakerCount; i++)
        {
            mentionLists[i] = ImmutableArray.CreateBuilder<SpeakerMention>();
            if (cueMentions[i] is { Count: > 1 } list)
            {
                list.Sort(ReadingOrder);
            }
        }

        var nameList = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(names);
        for (int n = 0; n < nameList.Length; n++)
        {
            ref readonly var m = ref nameList[n];
            if (m.Entity >= 0 && publicId[m.Entity] is int id and >= 0)
            {
                var span = nameSpans[n];
                var cued = cueMentions[id];
                while (cued is not null && next[id] < cued.Count && Compare(cued[next[id]].Span, span) < 0)
                {
                    AddOnce(mentionLists[id], cued[next[id]++]);
                }

                if (cued is not null && next[id] < cued.Count && cued[next[id]].Span == span)
                {
                    continue; // the cue mention is this name: it is added when the merge reaches it
                }

                AddOnce(mentionLists[id], new SpeakerMention(doc.Text, span, lazy: true));
            }
        }

        var speakers = ImmutableArray.CreateBuilder<Speaker>(speakerCount);
        for (int id = 0; id < speakerCount; id++)
        {
            var mentions = mentionLists[id];
            if (cueMentions[id] is { } rest)
            {
                while (next[id] < rest.Count)
                {
                    AddOnce(mentions, rest[next[id]++]);
                }
            }

            speakers.Add(new Speaker(id, nameCache[entityOf[id]] ?? registry.NameOf(entityOf[id]), mentions.DrainToImmutable(), quoteLists[id].DrainToImmutable()));
        }

        return speakers.DrainToImmutable();
    }

    private static readonly Comparison<SpeakerMention> ReadingOrder = static (a, b) => Compare(a.Span, b.Span);

    private static int Compare(TextSpan a, TextSpan b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length);

    /// <summary>Adds a mention unless the last one added has the same span (a name that is also a cue's mention).</summary>
    private static void AddOnce(ImmutableArray<SpeakerMention>.Builder mentions, SpeakerMention mention)
    {
        if (mentions.Count == 0 || mentions[^1].Span != mention.Span)
        {
            mentions.Add(mention);
        }
    }

    private static int IdOf(int[] publicId, int entity, ref int count)
    {
        if (publicId[entity] < 0)
        {
            publicId[entity] = count++;
        }

        return publicId[entity];
    }

}
