using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>
/// The immutable pipeline behind a <see cref="QuoteExtractor"/>: text → tokens, sentences and paragraphs → quotation
/// marks paired and classified → names found → cues and speakers located → pronouns and descriptions resolved,
/// continuations and partial quotes attributed → typed results. All state lives in locals of <see cref="Run"/>, so
/// one pipeline serves any number of threads.
/// </summary>
internal sealed class ExtractionPipeline
{
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

        using var doc = Document.Create(text, _lexicon);
        var pairs = new List<QuotePair>();
        QuotePairer.Pair(doc, _options.MaxQuoteLength, pairs);
        var candidates = new List<QuoteCandidate>(pairs.Count);
        QuoteClassifier.Classify(doc, pairs, candidates);

        var registry = new EntityRegistry(doc);
        var names = new List<Mention>();
        NameFinder.Find(doc, registry, names);
        var reader = new MentionReader(doc, names);
        var locator = new SpeakerLocator(doc, reader);
        var index = new QuoteIndex(candidates);

        var records = new List<QuoteRecord>();
        DirectQuoteAttributor.Attribute(doc, locator, reader, candidates, records);
        var usedCues = new HashSet<int>();
        foreach (var r in records)
        {
            for (int k = r.CueFirst; k >= 0 && k <= r.CueLast; k++)
            {
                usedCues.Add(k);
            }
        }

        if (_options.IncludeIndirect || _options.IncludePartial)
        {
            ReportedSpeechFinder.Find(doc, locator, index.InsideDirect, usedCues.Contains, records);
        }

        records.Sort(static (a, b) => a.Anchor != b.Anchor ? a.Anchor.CompareTo(b.Anchor) : a.Start.CompareTo(b.Start));
        var resolver = new CoreferenceResolver(doc, names, registry, index.InsideAny);
        SpeakerAssigner.Assign(doc, resolver, records);
        PartialQuoteAttributor.Attribute(doc, candidates, records, _options.IncludePartial);

        return ResultBuilder.Build(doc, registry, names, candidates, records, _options);
    }
}
