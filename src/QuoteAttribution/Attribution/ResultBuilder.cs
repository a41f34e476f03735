using System.Collections.Immutable;
using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>Turns attributed records into the public, immutable result: quotes in document order and the speakers that said them.</summary>
internal static class ResultBuilder
{
    public static QuoteExtractionResult Build(
        Document doc,
        EntityRegistry registry,
        List<Mention> names,
        List<QuoteCandidate> candidates,
        List<QuoteRecord> records,
        QuoteExtractorOptions options)
    {
        string text = doc.Text;
        records.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));

        // Public speaker ids follow the order in which speakers are first quoted.
        var publicId = new Dictionary<int, int>();
        var quotes = ImmutableArray.CreateBuilder<Quote>(records.Count);
        var quoteEntities = new List<(int Entity, int Entity2)>(records.Count);
        foreach (var r in records)
        {
            if ((r.Kind == QuoteKind.Indirect && !options.IncludeIndirect) || (r.Kind == QuoteKind.Partial && !options.IncludePartial)
                || r.Confidence < options.MinimumConfidence || r.End <= r.Start)
            {
                continue;
            }

            int e1 = r.Entity >= 0 ? registry.Find(r.Entity) : -1;
            int e2 = r.Entity2 >= 0 ? registry.Find(r.Entity2) : -1;
            if (e2 == e1)
            {
                e2 = -1;
            }

            int? id = null;
            var ids = ImmutableArray<int>.Empty;
            string? name = null;
            if (e1 >= 0)
            {
                id = IdOf(publicId, e1);
                name = registry.NameOf(e1);
                if (e2 >= 0)
                {
                    ids = [id.Value, IdOf(publicId, e2)];
                    name = string.Concat(name, " and ", registry.NameOf(e2));
                }
                else
                {
                    ids = [id.Value];
                }
            }

            SpeakerMention? mention = r.Mention.IsNone ? null : MakeMention(doc, r.Mention.First, r.Mention.Last);
            Cue? cue = r.CueFirst < 0 ? null : new Cue(doc.Slice(r.CueFirst, r.CueLast).ToString(), Span(doc, r.CueFirst, r.CueLast));
            quotes.Add(new Quote(text, r.Kind, TextSpan.FromBounds(r.Start, r.End), id, ids, name, mention, cue, r.Method, r.Confidence));
            quoteEntities.Add((e1, e2));
        }

        var builtQuotes = quotes.DrainToImmutable();
        var speakers = BuildSpeakers(doc, registry, names, publicId, builtQuotes, quoteEntities);
        var nonQuotes = ImmutableArray<TextSpan>.Empty;
        if (options.ReportNonQuotes)
        {
            var b = ImmutableArray.CreateBuilder<TextSpan>();
            foreach (var c in candidates)
            {
                if (c.Shape == QuoteShape.Title)
                {
                    b.Add(TextSpan.FromBounds(c.ContentStart, c.ContentEnd));
                }
            }

            nonQuotes = b.DrainToImmutable();
        }

        return new QuoteExtractionResult(text, builtQuotes, speakers, nonQuotes);
    }

    private static ImmutableArray<Speaker> BuildSpeakers(
        Document doc,
        EntityRegistry registry,
        List<Mention> names,
        Dictionary<int, int> publicId,
        ImmutableArray<Quote> quotes,
        List<(int Entity, int Entity2)> quoteEntities)
    {
        if (publicId.Count == 0)
        {
            return [];
        }

        var entityOf = new int[publicId.Count];
        foreach (var (entity, id) in publicId)
        {
            entityOf[id] = entity;
        }

        var mentionLists = new List<SpeakerMention>[publicId.Count];
        var quoteLists = new List<Quote>[publicId.Count];
        for (int i = 0; i < mentionLists.Length; i++)
        {
            mentionLists[i] = [];
            quoteLists[i] = [];
        }

        foreach (var m in names)
        {
            if (m.Entity >= 0 && publicId.TryGetValue(registry.Find(m.Entity), out int id))
            {
                mentionLists[id].Add(MakeMention(doc, m.First, m.Last));
            }
        }

        for (int i = 0; i < quotes.Length; i++)
        {
            var q = quotes[i];
            foreach (int id in q.SpeakerIds)
            {
                quoteLists[id].Add(q);
                if (q.Mention is { } mention && !Contains(mentionLists[id], mention))
                {
                    mentionLists[id].Add(mention);
                }
            }
        }

        _ = quoteEntities;
        var speakers = ImmutableArray.CreateBuilder<Speaker>(publicId.Count);
        for (int id = 0; id < entityOf.Length; id++)
        {
            mentionLists[id].Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
            speakers.Add(new Speaker(id, registry.NameOf(entityOf[id]), [.. mentionLists[id]], [.. quoteLists[id]]));
        }

        return speakers.DrainToImmutable();
    }

    private static bool Contains(List<SpeakerMention> mentions, SpeakerMention mention)
    {
        foreach (var m in mentions)
        {
            if (m.Span == mention.Span)
            {
                return true;
            }
        }

        return false;
    }

    private static int IdOf(Dictionary<int, int> publicId, int entity)
    {
        if (!publicId.TryGetValue(entity, out int id))
        {
            id = publicId.Count;
            publicId[entity] = id;
        }

        return id;
    }

    private static SpeakerMention MakeMention(Document doc, int first, int last) => new(doc.Slice(first, last).ToString(), Span(doc, first, last));

    private static TextSpan Span(Document doc, int first, int last) => TextSpan.FromBounds(doc[first].Start, doc[last].End);
}
