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
internal sealed class ExtractionPipeline
{
    private const int LargeDocumentTokens = 1 << 16;

    private readonly QuoteExtractorOptions _options;
    private readonly Lexicon _lexicon;

    public ExtractionPipeline(QuoteExtractorOptions options)
    {
        _options = options;
        _lexicon = Lexicon.Shared;
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

        QuotePairer.Pair(doc, _options.MaxQuoteLength, w.Pairs);
        QuoteClassifier.Classify(doc, w.Pairs, w.Candidates);
        w.Index.Reset(w.Candidates);

        w.Registry.Reset(doc);
        NameFinder.Find(doc, w.Registry, w.Names);
        w.Reader.Reset(doc, w.Names);
        w.Locator.Reset(doc, w.Reader);

        var records = w.Records;
        DirectQuoteAttributor.Attribute(doc, w.Locator, w.Reader, w.Candidates, records);
        foreach (var r in records)
        {
            for (int k = r.CueFirst; k >= 0 && k <= r.CueLast; k++)
            {
                doc[k].Flags |= TokenFlags.UsedCue;
            }
        }

        if (_options.IncludeIndirect || _options.IncludePartial)
        {
            ReportedSpeechFinder.Find(doc, w.Locator, w.Index, records);

            // Learned seam: a trained model adds the reported speech whose cues the rules do not know (Learning/).
            if (_options.Model is { } model && _options.IncludeIndirect)
            {
                Learning.LearnedAttribution.Find(doc, w.Locator, w.Reader, w.Index, records, model);
            }
        }

        RunSort.Sort(records, ByAnchor);
        PartialQuoteAttributor.Attribute(doc, w.Locator, w.Index, w.Candidates, records, _options.IncludePartial);
        RunSort.Sort(records, ByAnchor);
        w.Resolver.Reset(doc, w.Names, w.Registry, w.Index);
        SpeakerAssigner.Assign(w.Resolver, records);

        return ResultBuilder.Build(doc, w.Registry, w.Names, w.Candidates, records, _options);
    }
}
