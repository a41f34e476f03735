namespace QuoteAttribution.Evaluation;

/// <summary>How the quotes of one gold document are matched, from its <c>"scoring"</c> field.</summary>
public enum ScoringMode
{
    /// <summary>No <c>"scoring"</c> field: direct and partial spans must be equal, indirect spans overlap by IoU ≥ 0.5.</summary>
    Exact,

    /// <summary><c>"scoring": "overlap"</c> (PolNeAR): any kinds match by IoU ≥ 0.5 after trimming quotation marks; predicted partial quotes are left out.</summary>
    Overlap,
}
