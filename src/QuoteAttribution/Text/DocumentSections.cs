namespace QuoteAttribution.Text;

/// <summary>
/// Cuts a long document into sections of whole paragraphs, so the pipeline can run every stage on one section while
/// its tokens are still in the cache, instead of each stage streaming megabytes of tokens from memory. A section ends
/// only before a paragraph that follows a paragraph without quotation marks: no quotation is open there (a quote
/// that runs over paragraphs reopens each one with a mark). Stages that read names past a paragraph start find
/// them because the pipeline runs name finding ahead of attribution (<see cref="Attribution.ExtractionPipeline.Lookahead"/>).
/// </summary>
internal static class DocumentSections
{
    /// <summary>
    /// Returns the exclusive end token of the section that starts at <paramref name="start"/>: the first suitable
    /// paragraph start more than <paramref name="minTokens"/> tokens on, or the end of the document when there is none.
    /// </summary>
    /// <param name="doc">The document.</param>
    /// <param name="start">The section's first token.</param>
    /// <param name="minTokens">The shortest section worth cutting.</param>
    /// <param name="markCursor">
    /// An index into <see cref="Document.QuoteMarks"/> that only moves forward from call to call, so finding every
    /// section of a document reads each token and each mark once at most.
    /// </param>
    public static int End(Document doc, int start, int minTokens, ref int markCursor)
    {
        var tokens = doc.Tokens;
        var marks = doc.QuoteMarks;
        if (tokens.Length - start <= minTokens)
        {
            return tokens.Length;
        }

        // The paragraph that holds the target token; each later paragraph start is a candidate cut.
        int paragraphStart = start + minTokens;
        while (paragraphStart > start && !tokens[paragraphStart].Has(TokenFlags.ParagraphStart))
        {
            paragraphStart--;
        }

        for (int p = start + minTokens + 1; p < tokens.Length; p++)
        {
            if (!tokens[p].Has(TokenFlags.ParagraphStart))
            {
                continue;
            }

            while (markCursor < marks.Count && marks[markCursor] < paragraphStart)
            {
                markCursor++;
            }

            if (markCursor == marks.Count || marks[markCursor] >= p)
            {
                return p; // the paragraph before p has no quotation mark
            }

            paragraphStart = p;
        }

        return tokens.Length;
    }
}
