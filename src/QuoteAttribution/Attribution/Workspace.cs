using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>
/// Scratch space for one extraction: lists and stage objects, reset per document and kept per thread, so a call
/// allocates little beyond its results. It holds no results between calls: only emptied buffers.
/// </summary>
internal sealed class Workspace
{
    // Buffers that grew past this for one huge document are dropped rather than kept for the thread's lifetime.
    private const int MaxRetainedItems = 1 << 18;

    [ThreadStatic]
    private static Workspace? t_cached;

    public List<QuotePair> Pairs { get; private set; } = [];

    public List<QuoteCandidate> Candidates { get; private set; } = [];

    public List<Mention> Names { get; private set; } = [];

    public List<QuoteRecord> Records { get; private set; } = [];

    public TokenIndexes Indexes { get; } = new();

    public EntityRegistry Registry { get; } = new();

    public QuoteIndex Index { get; } = new();

    public MentionReader Reader { get; } = new();

    public SpeakerLocator Locator { get; } = new();

    public CoreferenceResolver Resolver { get; } = new();

    /// <summary>Gets the character spans of <see cref="Names"/>, index for index.</summary>
    public List<TextSpan> NameSpans { get; private set; } = [];

    /// <summary>Gets the ends of the sections of the document, in order (see <see cref="ExtractionPipeline"/>).</summary>
    public List<int> SectionEnds { get; private set; } = [];

    public static Workspace Rent()
    {
        var w = t_cached;
        t_cached = null;
        return w ?? new Workspace();
    }

    public void Return()
    {
        Pairs = ListBuffers.Reuse(Pairs, MaxRetainedItems);
        Candidates = ListBuffers.Reuse(Candidates, MaxRetainedItems);
        Names = ListBuffers.Reuse(Names, MaxRetainedItems);
        Records = ListBuffers.Reuse(Records, MaxRetainedItems);
        Indexes.Reset(MaxRetainedItems);
        NameSpans = ListBuffers.Reuse(NameSpans, MaxRetainedItems);
        SectionEnds = ListBuffers.Reuse(SectionEnds, MaxRetainedItems);
        t_cached = this;
    }
}
