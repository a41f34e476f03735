namespace QuoteAttribution.Evaluation;

/// <summary>The span arithmetic of the scoring protocol: trimming and intersection over union.</summary>
internal static class SpanMath
{
    // ANNOTATION.md's list of quotation marks; trimmed from span edges in overlap scoring only.
    private const string QuotationMarks = "\"'“”‘’«»„‚‹›";

    public static bool IsQuotationMark(char c) => QuotationMarks.Contains(c, StringComparison.Ordinal);

    /// <summary>Narrows [start, end) past white space (any Unicode white space) and, when asked, quotation marks at both ends.</summary>
    public static (int Start, int End) Trim(string text, int start, int end, bool quotationMarks)
    {
        while (start < end && IsTrimmed(text[start], quotationMarks))
        {
            start++;
        }

        while (end > start && IsTrimmed(text[end - 1], quotationMarks))
        {
            end--;
        }

        return (start, end);
    }

    public static double IntersectionOverUnion((int Start, int End) a, (int Start, int End) b)
    {
        int intersection = Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
        int union = (a.End - a.Start) + (b.End - b.Start) - intersection;
        return union <= 0 ? 0 : (double)intersection / union;
    }

    public static bool IsInside(int start, int end, int textLength) => start >= 0 && start <= end && end <= textLength;

    private static bool IsTrimmed(char c, bool quotationMarks) => char.IsWhiteSpace(c) || (quotationMarks && IsQuotationMark(c));
}
