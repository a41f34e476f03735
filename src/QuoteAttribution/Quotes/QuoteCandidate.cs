namespace QuoteAttribution.Quotes;

/// <summary>What a quotation in marks looks like before anyone is attributed.</summary>
internal enum QuoteShape : byte
{
    /// <summary>Someone's words standing on their own.</summary>
    Direct,

    /// <summary>A short fragment woven into the writer's sentence.</summary>
    Partial,

    /// <summary>A title, a name or a scare quote: nobody's words.</summary>
    Title,
}

/// <summary>An outermost quotation in marks: token indexes of its marks and its content span.</summary>
internal struct QuoteCandidate
{
    public int Open;
    public int Close;
    public int ContentStart;
    public int ContentEnd;
    public int WordCount;
    public QuoteShape Shape;
    public bool MultiParagraph;
}
