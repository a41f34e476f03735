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
/// descriptions are resolved, and the result built, once every name of the document is known. The result is the
/// same as with one section only when no stage reads past a cut; that is not true yet (see DefaultSectionTokens).
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
    /// Sections are off by default: a review found stages that read names and quotations past a cut (MentionReader's
    /// forward reads cross paragraph starts, so hard-wrapped text gives different results in sections). They come
    /// back on once the early stages (pairing, names) run ahead of the attribution stages.
    /// </summary>
    internal const int DefaultSectionTokens = int.MaxValue;

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

        // Every stage runs on one section before the next section starts (see DocumentSections): a news article is
        // one section; a document of megabytes is read about a hundred kilobytes at a time, in the cache.
        var cursor = default(SectionCursor);
        int markCursor = 0;
        for (int start = 0; start < doc.Count;)
        {
            int end = DocumentSections.End(doc, start, _sectionTokens, ref markCursor);
            RunSection(doc, w, start, end, ref cursor);
            start = end;
        }

        // Pronouns and descriptions are resolved once every name is in: an entity's gender, kind and titles are
        // known from the whole document, however long.
        w.Resolver.Reset(doc, w.Names, w.Registry, w.Index);
        SpeakerAssigner.Assign(w.Resolver, w.Records);
        return ResultBuilder.Build(doc, w.Registry, w.Names, w.NameSpans, w.Candidates, w.Records, _options);
    }

    private void RunSection(Document doc, Workspace w, int start, int end, ref SectionCursor at)
    {
        if (end - start < doc.Count)
        {
            s_warmed = doc.Warm(start, end); // one of several sections: its tokens were written long ago
        }
        int marksTo = NextIndex(doc.QuoteMarks, at.Marks, end);
        int capitalsTo = NextIndex(doc.Capitals, at.Capitals, end);
        int cuesTo = NextIndex(doc.CueWords, at.Cues, end);
        int pairsFrom = w.Pairs.Count, candidatesFrom = w.Candidates.Count, namesFrom = w.Names.Count, recordsFrom = w.Records.Count;

        QuotePairer.Pair(doc, _options.MaxQuoteLength, w.Pairs, at.Marks, marksTo);
        QuoteClassifier.Classify(doc, w.Pairs, w.Candidates, pairsFrom);
        NameFinder.Find(doc, w.Registry, w.Names, at.Capitals, capitalsTo);
        for (int i = namesFrom; i < w.Names.Count; i++)
        {
            w.NameSpans.Add(doc.SpanOf(w.Names[i].First, w.Names[i].Last));
        }

        var records = w.Records;
        DirectQuoteAttributor.Attribute(doc, w.Locator, w.Reader, w.Candidates, records, candidatesFrom);
        UsedCues.Mark(doc, records, recordsFrom);

        if (_options.IncludeIndirect || _options.IncludePartial)
        {
            int reportedFrom = records.Count;
            ReportedSpeechFinder.Find(doc, w.Locator, w.Index, records, at.Cues, cuesTo);

            // Learned seam: a trained model adds the reported speech whose cues the rules do not know (Learning/).
            if (_options.Model is { } model && _options.IncludeIndirect)
            {
                UsedCues.Mark(doc, records, reportedFrom); // a learned cue never takes a rule's
                Learning.LearnedAttribution.Find(doc, w.Locator, w.Reader, w.Index, records, model, start, end, recordsFrom);
            }
        }

        RunSort.Sort(records, recordsFrom, ByAnchor);
        PartialQuoteAttributor.Attribute(doc, w.Locator, w.Index, w.Candidates, records, _options.IncludePartial, candidatesFrom);
        RunSort.Sort(records, recordsFrom, ByAnchor);
        foreach (ref var r in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(records)[recordsFrom..])
        {
            r.MentionSpan = r.Mention.IsNone ? default : doc.SpanOf(r.Mention.First, r.Mention.Last);
            r.CueSpan = r.CueFirst < 0 ? default : doc.SpanOf(r.CueFirst, r.CueLast);
        }

        at = new SectionCursor(marksTo, capitalsTo, cuesTo);
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

    /// <summary>Where the next section starts in the document's token lists.</summary>
    private readonly record struct SectionCursor(int Marks, int Capitals, int Cues);
}
