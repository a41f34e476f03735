namespace QuoteAttribution.Attribution;

/// <summary>The immutable pipeline behind a <see cref="QuoteExtractor"/>: text → quotes → cues and speakers → attribution.</summary>
internal sealed class ExtractionPipeline
{
    private readonly QuoteExtractorOptions _options;

    public ExtractionPipeline(QuoteExtractorOptions options) => _options = options;

    public QuoteExtractionResult Run(string text)
    {
        _ = _options;
        return QuoteExtractionResult.Empty(text);
    }
}
