using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>
/// The immutable pipeline behind a <see cref="QuoteExtractor"/>: text → tokens, sentences and paragraphs → quotation
/// marks paired and classified → names found → cues and speakers located → pronouns and descriptions resolved,
/// continuations and partial quotes attributed → typed results. Per-call state lives in a <see cref="Workspace"/>
/// rented for the call, so one pipeline serves any number of threads.
/// </summary>
/// <remarks>
/// A long document is tokenized whole, then the stages up to partial quotes run section by section (a few thousand
/// tokens of whole paragraphs, <see cref="DocumentSections"/>) while the section is in the cache; pronouns and
/// descriptions are resolved, and the result built, once every name of the document is known. The early stages
/// (pairing, names) run <see cref="Lookahead"/> tokens ahead of the attribution stages, which read names and
/// quotations a little past their section's end, so the result is the same as with one section.
/// </remarks>
internal sealed class ExtractionPipeline
{
    private const int LargeDocumentTokens = 1 << 16;

    /// <summary>
    /// The shortest section (see <see cref="DocumentSections"/>): about 80 KB of tokens and 20 KB of text, well inside
    /// a core's L2 cache. On the BBC corpus as one 5 MB document, 2^11, 2^12 and 2^14 tokens ran about alike (within
    /// this machine's noise); smaller sections only add per-section work.
    /// </summary>
    internal const int MeasuredSectionTokens = 1 << 12;

    /// <summary>
    /// The section length the pipeline uses. The result does not depend on it: tests run the same documents whole and
    /// in sections of 1 to 4,096 tokens, hard-wrapped included, and compare every quote and speaker.
    /// </summary>
    internal const int DefaultSectionTokens = MeasuredSectionTokens;

    /// <summary>
    /// How far the early stages run ahead of the attribution stages, in tokens. A sentence never crosses a cut, so the
    /// attribution stages read past their section's end only within a mention read forward from a cue: role words, a
    /// name of at most <see cref="NameFinder.MaxRunTokens"/> tokens, "and" and a second name, a few dozen tokens in
    /// all. The rest is slack.
    /// </summary>
    internal const int Lookahead = 512;

    // Where Warm's result goes, so the JIT cannot drop the read (a racy store of a throwaway value).
    private static int s_warmed;

    private readonly QuoteExtractorOptions _options;
    private readonly Lexicon _lexicon;
    private readonly int _sectionTokens;

    public ExtractionPipeline(QuoteExtractorOptions options, int sectionTokens = DefaultSectionTokens)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sectionTokens);
        _options = options;
        _lexicon = Lexicon.Shared;
        _sectionTokens = sectionTokens;
    }

    public QuoteExtractionResult Run(string text)
    {
        if (text.Length == 0)
        {
            return QuoteExtractionResult.Empty(text);
        }

        var w = Workspace.Rent();
        try
        {
            using var doc = Document.Create(text, _lexicon, w.Indexes);
            return Run(doc, w);
        }
        finally
        {
            w.Return();
        }
    }

    private static readonly Comparison<QuoteRecord> ByAnchor = static (a, b) => a.Anchor != b.Anchor ? a.Anchor.CompareTo(b.Anchor) : a.Start.CompareTo(b.Start);

    private QuoteExtractionResult Run(Document doc, Workspace w)
    {
        if (doc.Count > LargeDocumentTokens)
        {
            // Size the buffers of a large document once, from news densities, instead of doubling them many times.
            w.Pairs.EnsureCapacity(doc.Count / 50);
            w.Candidates.EnsureCapacity(doc.Count / 50);
            w.Names.EnsureCapacity(doc.Count / 10);
            w.Records.EnsureCapacity(doc.Count / 50);
        }

        w.Index.Reset(w.Candidates);
        w.Registry.Reset(doc);
        w.Reader.Reset(doc, w.Names);
        w.Locator.Reset(doc, w.Reader);

        // Each section goes through the early stages (pairing, classification, names) and, once they are at least
        // Lookahead tokens further on, through the attribution stages; so a stage that reads names or quotations
        // past a cut finds them there, as if the document were one section (see DocumentSections). An article is
        // one section, and its stages run one after the other.
        var early = default(EarlyCursor);
        var late = new LateCursor(0, 0, -1, -1);
        var ends = w.SectionEnds;
        int markCursor = 0, earlyEnd = 0, next = 0;
        for (int start = 0; start < doc.Count;)
        {
            while (earlyEnd < doc.Count && (next == ends.Count || earlyEnd < ends[next] + Lookahead))
            {
                int end = DocumentSections.End(doc, earlyEnd, _sectionTokens, ref markCursor);
                RunEarly(doc, w, earlyEnd, end, ref early);
                ends.Add(end);
                earlyEnd = end;
            }

            int sectionEnd = ends[next++];
            RunLate(doc, w, start, sectionEnd, ref late);
            start = sectionEnd;
        }

        // Pronouns and descriptions are resolved once every name is in: an entity's gender, kind and titles are
        // known from the whole document, however long.
        w.Resolver.Reset(doc, w.Names, w.Registry, w.Index);
        SpeakerAssigner.Assign(w.Resolver, w.Records);
        return ResultBuilder.Build(doc, w.Registry, w.Names, w.NameSpans, w.Candidates, w.Records, _options);
    }

    /// <summary>Pairs, classifies and finds the names of one section.</summary>
    private void RunEarly(Document doc, Workspace w, int start, int end, ref EarlyCursor at)
    {
        if (end - start < doc.Count)
        {
            // One of several sections: its tokens were written long ago. Read in order, they come into the cache
            // at memory speed, for these stages and then the attribution stages, a section behind.
            s_warmed = doc.Warm(start, end);
        }

        int marksTo = NextIndex(doc.QuoteMarks, at.Marks, end);
        int capitalsTo = NextIndex(doc.Capitals, at.Capitals, end);
        int pairsFrom = w.Pairs.Count, namesFrom = w.Names.Count;

        QuotePairer.Pair(doc, _options.MaxQuoteLength, w.Pairs, at.Marks, marksTo);
        QuoteClassifier.Classify(doc, w.Pairs, w.Candidates, pairsFrom);
        NameFinder.Find(doc, w.Registry, w.Names, at.Capitals, capitalsTo);

        // A mention's role words may stand on the line before the section ("Ukraine spokesperson⏎John Smith"), so the
        // section's first names may belong before the last ones of the section before: merge them in, as one sort
        // of the whole list would.
        var names = w.Names;
        int sortFrom = namesFrom;
        while (namesFrom < names.Count && sortFrom > 0 && NameFinder.ReadingOrder(names[sortFrom - 1], names[namesFrom]) > 0)
        {
            sortFrom--;
        }

        if (sortFrom < namesFrom)
        {
            RunSort.Sort(names, sortFrom, NameFinder.ReadingOrder);
            w.NameSpans.RemoveRange(sortFrom, namesFrom - sortFrom);
        }

        for (int i = sortFrom; i < names.Count; i++)
        {
            w.NameSpans.Add(doc.SpanOf(names[i].First, names[i].Last));
        }

        at = new EarlyCursor(marksTo, capitalsTo);
    }

    /// <summary>Attributes the quotes and reported speech of one section, whose early stages have run ahead of it.</summary>
    private void RunLate(Document doc, Workspace w, int start, int end, ref LateCursor at)
    {
        var candidates = w.Candidates;
        int candidatesFrom = at.Candidates, candidatesTo = candidatesFrom;
        while (candidatesTo < candidates.Count && candidates[candidatesTo].Open < end)
        {
            candidatesTo++;
        }

        int cuesTo = NextIndex(doc.CueWords, at.Cues, end);
        var records = w.Records;
        int recordsFrom = records.Count;
        int reportedDone = at.ReportedDone, learnedDone = at.LearnedDone;

        DirectQuoteAttributor.Attribute(doc, w.Locator, w.Reader, candidates, records, candidatesFrom, candidatesTo);
        UsedCues.Mark(doc, records, recordsFrom);

        if (_options.IncludeIndirect || _options.IncludePartial)
        {
            int reportedFrom = records.Count;
            if (start == 0 && _options.IncludeIndirect)
            {
                ReportedSpeechFinder.HeadlineLabel(doc, w.Reader, w.Index, records);
            }

            reportedDone = ReportedSpeechFinder.Find(doc, w.Locator, w.Index, records, at.Cues, cuesTo, at.ReportedDone);

            // Learned seam: a trained model adds the reported speech whose cues the rules do not know (Learning/).
            if (_options.Model is { } model && _options.IncludeIndirect)
            {
                UsedCues.Mark(doc, records, reportedFrom); // a learned cue never takes a rule's
                learnedDone = Learning.LearnedAttribution.Find(doc, w.Locator, w.Reader, w.Index, records, model, start, end, recordsFrom, at.LearnedDone);
            }
        }

        RunSort.Sort(records, recordsFrom, ByAnchor);
        PartialQuoteAttributor.Attribute(doc, w.Locator, w.Index, candidates, records, _options.IncludePartial, candidatesFrom, candidatesTo);
        RunSort.Sort(records, recordsFrom, ByAnchor);
        foreach (ref var r in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(records)[recordsFrom..])
        {
            r.MentionSpan = r.Mention.IsNone ? default : doc.SpanOf(r.Mention.First, r.Mention.Last);
            r.CueSpan = r.CueFirst < 0 ? default : doc.SpanOf(r.CueFirst, r.CueLast);
        }

        at = new LateCursor(candidatesTo, cuesTo, reportedDone, learnedDone);
    }

    /// <summary>The index of the first entry of the sorted token list <paramref name="list"/>, from <paramref name="from"/> on, at or after token <paramref name="end"/>.</summary>
    private static int NextIndex(List<int> list, int from, int end)
    {
        if (list.Count > 0 && list[^1] < end)
        {
            return list.Count; // the rest of the list: the last section, or the only one, as every article is
        }

        while (from < list.Count && list[from] < end)
        {
            from++;
        }

        return from;
    }

    /// <summary>Where the early stages' next section starts in the document's quotation marks and capitalised words.</summary>
    private readonly record struct EarlyCursor(int Marks, int Capitals);

    /// <summary>
    /// Where the attribution stages' next section starts in the quotations and the cue words, and the last token of the
    /// last cue the rules and the model read (a cue may run over a cut: "by⏎saying").
    /// </summary>
    private readonly record struct LateCursor(int Candidates, int Cues, int ReportedDone, int LearnedDone);
}
