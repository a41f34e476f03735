namespace QuoteAttribution.Cli;

/// <summary>How <c>quotes extract</c> prints documents.</summary>
internal enum OutputFormat
{
    /// <summary>A readable table per document.</summary>
    Table,

    /// <summary>One JSON array of document objects.</summary>
    Json,

    /// <summary>One compact JSON document object a line.</summary>
    JsonLines,
}
