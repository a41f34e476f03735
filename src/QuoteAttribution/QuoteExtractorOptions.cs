namespace QuoteAttribution;

/// <summary>
/// Settings of a <see cref="QuoteExtractor"/>. Immutable; validated when the extractor is built, so a bad value
/// fails once, at construction, with an <see cref="ArgumentOutOfRangeException"/> that names the option.
/// </summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>Gets the default options: every kind of quote, no confidence floor.</summary>
    public static QuoteExtractorOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether reported speech (<see cref="QuoteKind.Indirect"/>) is extracted. Default <see langword="true"/>.</summary>
    public bool IncludeIndirect { get; init; } = true;

    /// <summary>Gets a value indicating whether partial quotes (<see cref="QuoteKind.Partial"/>) are extracted. Default <see langword="true"/>.</summary>
    public bool IncludePartial { get; init; } = true;

    /// <summary>Gets the lowest <see cref="Quote.Confidence"/> a quote needs to be returned, in [0, 1]. Default 0.</summary>
    public double MinimumConfidence { get; init; }

    /// <summary>
    /// Gets a value indicating whether titles, names and scare quotes in quotation marks are listed in
    /// <see cref="QuoteExtractionResult.NonQuotes"/>. Default <see langword="false"/>.
    /// </summary>
    public bool ReportNonQuotes { get; init; }

    /// <summary>
    /// Gets the longest quote, in UTF-16 code units, that may run across paragraphs. A multi-paragraph quote longer
    /// than this is cut at its paragraph breaks, so that one stray mark cannot swallow a whole document. Default 20,000.
    /// </summary>
    public int MaxQuoteLength { get; init; } = 20_000;

    /// <summary>
    /// Gets the largest degree of parallelism of the batch methods; 0 means one per processor. Values above 1,024 act as
    /// 1,024. Default 0.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Gets the trained model that extends the rules with learned decisions (which words are attribution cues, on which
    /// side of its cue the content lies, which nearby mention is the speaker), or <see langword="null"/> for rules
    /// only. Default <see cref="AttributionModel.Default"/>, the model that ships inside the package; a model trained
    /// on your own annotated data with <c>quotes train</c> is loaded with <see cref="AttributionModel.Load(string)"/>.
    /// </summary>
    public AttributionModel? Model { get; init; }

    internal void Validate()
    {
        if (double.IsNaN(MinimumConfidence) || MinimumConfidence < 0 || MinimumConfidence > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumConfidence), MinimumConfidence, "MinimumConfidence must be between 0 and 1.");
        }

        if (MaxQuoteLength < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxQuoteLength), MaxQuoteLength, "MaxQuoteLength must be at least 16.");
        }

        if (MaxDegreeOfParallelism < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be 0 (one per processor) or positive.");
        }
    }
}
