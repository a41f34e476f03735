using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>
/// Gives each partial quote the speaker of the reported clause around it, or of the attribution in its sentence
/// (<c>He calls reaching a deal “a lengthy and difficult process”</c>). A fragment with neither is a scare quote
/// that nobody said: it becomes a non-quote. Runs before speakers are resolved, so the partial quote's mention is
/// resolved in the same way as its host's.
/// </summary>
internal static class PartialQuoteAttributor
{
    private const int Window = 400;
    private const int MaxSentenceReach = 60;

    /// <summary>How far before a fragment a verb of naming inside a reported clause may stand, in tokens ("branded the plans a").</summary>
    private const int MaxNamingReach = 6;

    /// <summary>How far before a fragment a verb of wanting or believing may stand, in tokens: further off, the fragment is in a clause of its own.</summary>
    private const int MaxOwnerReach = 20;

    /// <summary>
    /// Attributes the partial quotes of <paramref name="candidates"/> from index <paramref name="candidatesFrom"/> up
    /// to <paramref name="candidatesTo"/> (exclusive; the end of the list by default), the quotations of one section,
    /// appending them to <paramref name="records"/> (sorted by anchor). A host is always in the fragment's sentence,
    /// so the records of later sections are not needed.
    /// </summary>
    public static void Attribute(Document doc, SpeakerLocator locator, QuoteIndex quotes, List<QuoteCandidate> candidates, List<QuoteRecord> records, bool include, int candidatesFrom = 0, int candidatesTo = int.MaxValue)
    {
        int count = records.Count;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
        candidatesTo = Math.Min(candidatesTo, span.Length);
        for (int q = candidatesFrom; q < candidatesTo; q++)
        {
            ref var c = ref span[q];
            if (c.Shape != QuoteShape.Partial)
            {
                continue;
            }

            var host = FindHost(doc, c, records, count, out int hostStart);
            if (!host.Found)
            {
                host = CueInSentence(doc, locator, quotes, c);
            }
            else if (hostStart >= 0 && CueInSentence(doc, locator, quotes, c) is { Found: true, CueFirst: >= 0 } inner && doc[inner.CueFirst].Start >= hostStart
                && c.Open - inner.CueLast <= MaxNamingReach && doc[inner.CueFirst].Info is { CueFlags: var naming } && (naming & CueFlags.NamesObject) != 0)
            {
                // "Leaked documents have suggested Mr Blunkett branded the plans a “leap in the dark”": a verb of naming
                // inside the reported clause, just before the fragment, says whose words it is.
                host = inner;
            }

            var method = AttributionMethod.Enclosing;
            if (!host.Found)
            {
                host = OwnerInSentence(doc, locator, quotes, c);
                method = AttributionMethod.Subject;
            }

            if (!host.Found)
            {
                c.Shape = QuoteShape.Title; // Nobody in reach said it: a scare quote.
                continue;
            }

            if (include)
            {
                records.Add(new QuoteRecord
                {
                    Kind = QuoteKind.Partial,
                    Start = c.ContentStart,
                    End = c.ContentEnd,
                    Anchor = c.Open,
                    Paragraph = doc.ParagraphOf(c.Open),
                    FirstToken = c.Open + 1,
                    LastToken = c.Close - 1,
                    Mention = host.Mention,
                    Entity = -1,
                    Entity2 = -1,
                    CueFirst = host.CueFirst,
                    CueLast = host.CueLast,
                    Method = method,
                    Candidate = q,
                });
            }
        }
    }

    /// <summary>
    /// An indirect quote that contains the fragment (its start in <paramref name="hostStart"/>), or an attribution cued in
    /// the fragment's sentence (<paramref name="hostStart"/> -1).
    /// </summary>
    private static CueMatch FindHost(Document doc, in QuoteCandidate c, List<QuoteRecord> records, int count, out int hostStart)
    {
        int sentence = doc[c.Open].Sentence;
        var host = CueMatch.None;
        hostStart = -1;

        // Records are in anchor order: only those anchored near the fragment can hold it (keeps this linear).
        for (int i = SortedSearch.LowerBound<QuoteRecord, ByAnchor>(records, count, c.Open - Window); i < count && records[i].Anchor <= c.Close + Window; i++)
        {
            var r = records[i];
            if (r.Mention.IsNone)
            {
                continue;
            }

            if (r.Kind == QuoteKind.Indirect && r.Start <= c.ContentStart && c.ContentEnd <= r.End + 1)
            {
                hostStart = r.Start;
                return new CueMatch { Mention = r.Mention, CueFirst = -1, CueLast = -1 };
            }

            if (!host.Found && r.CueFirst >= 0 && doc[r.CueFirst].Sentence == sentence)
            {
                host = new CueMatch { Mention = r.Mention, CueFirst = -1, CueLast = -1 };
            }
        }

        return host;
    }

    /// <summary>
    /// A verb of wanting or believing of the fragment's own sentence (cue-verbs.tsv, flag f) with a named or pronoun
    /// subject, whose words the fragment is ("Fiona Hale wants to see “proper health checks”"); the cue stays empty.
    /// </summary>
    private static CueMatch OwnerInSentence(Document doc, SpeakerLocator locator, QuoteIndex quotes, in QuoteCandidate c)
    {
        int sentence = doc[c.Open].Sentence;
        for (int k = c.Open - 1; k >= 0 && k > c.Open - MaxOwnerReach && doc[k].Sentence == sentence; k--)
        {
            // Not the writer's or the reader's own ("I think it's “retro”", "you want “mobile games”"), and not one word,
            // which is a scare quote as often ("thinks the “modest” rise").
            if (doc[k].IsWord && doc[k].Info is { CueFlags: var flags } && (flags & CueFlags.OwnsFragments) != 0 && !quotes.InsideAny(k) && c.Close - c.Open > 2
                && locator.SubjectBefore(k) is { IsNone: false, Type: Speakers.MentionType.Name or Speakers.MentionType.Pronoun } owner
                && !(owner.Type == Speakers.MentionType.Pronoun && doc.Slice(owner.First) is "I" or "we" or "We" or "you" or "You")
                && !IsCommonNounOwner(doc, owner))
            {
                return new CueMatch { Mention = owner, CueFirst = -1, CueLast = -1 };
            }
        }

        return CueMatch.None;
    }

    /// <summary>
    /// Whether an owner read as a name is a common noun capitalised only because it opens the sentence ("Airlines fear that
    /// “…”", "The Spaniard believed"), or a name ending in a role ("East Midlands MEP"): nobody the fragment can be given to.
    /// </summary>
    private static bool IsCommonNounOwner(Document doc, in Speakers.Mention owner) =>
        owner.Type == Speakers.MentionType.Name
        && (owner.First == owner.Last && (doc[owner.First].Has(TokenFlags.SentenceStart) || doc.IsWord(owner.First - 1, "the"))
                && (doc.Slice(owner.First).EndsWith("s", StringComparison.Ordinal) || doc[owner.First].Info is not null)
            || doc[owner.Last].Info is { IsTitle: true });

    /// <summary>A cue verb of the fragment's own sentence, outside quotation marks, with its speaker.</summary>
    private static CueMatch CueInSentence(Document doc, SpeakerLocator locator, QuoteIndex quotes, in QuoteCandidate c)
    {
        int sentence = doc[c.Open].Sentence;
        for (int k = c.Open - 1; k >= 0 && k > c.Open - MaxSentenceReach && doc[k].Sentence == sentence; k--)
        {
            if (CueWords.IsCueVerb(doc, k) && !quotes.InsideAny(k))
            {
                var match = locator.AtVerb(k);
                if (match.Found)
                {
                    return match;
                }
            }
        }

        return CueMatch.None;
    }
}
