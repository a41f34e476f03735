using QuoteAttribution.Attribution;
using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Learning;

/// <summary>
/// A document taken through the pipeline's early stages (tokens, quotation marks, names, mention reader, speaker
/// locator) so that the trainer computes features exactly as extraction does. Training only; extraction uses its
/// <see cref="Workspace"/>.
/// </summary>
internal sealed class LearningDocument : IDisposable
{
    private readonly List<QuotePair> _pairs = [];
    private readonly List<QuoteCandidate> _candidates = [];
    private readonly List<Mention> _names = [];
    private readonly EntityRegistry _registry = new();

    private LearningDocument(string text, int maxQuoteLength)
    {
        Doc = Document.Create(text, Lexicon.Shared);
        QuotePairer.Pair(Doc, maxQuoteLength, _pairs);
        QuoteClassifier.Classify(Doc, _pairs, _candidates);
        Quotes.Reset(_candidates);
        _registry.Reset(Doc);
        NameFinder.Find(Doc, _registry, _names);
        Reader.Reset(Doc, _names);
        Locator.Reset(Doc, Reader);
    }

    public Document Doc { get; }

    public QuoteIndex Quotes { get; } = new();

    public MentionReader Reader { get; } = new();

    public SpeakerLocator Locator { get; } = new();

    public static LearningDocument Create(string text) => new(text, QuoteExtractorOptions.Default.MaxQuoteLength);

    /// <summary>The index of the token that covers character <paramref name="offset"/>, or the first token after it.</summary>
    public int TokenAt(int offset)
    {
        var doc = Doc;
        int lo = 0, hi = doc.Count - 1, found = doc.Count;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc[mid].End > offset)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }

    public void Dispose() => Doc.Dispose();
}
