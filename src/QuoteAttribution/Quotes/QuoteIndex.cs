namespace QuoteAttribution.Quotes;

/// <summary>Answers "is this token inside a quotation?" by binary search over the document's quotations.</summary>
internal sealed class QuoteIndex
{
    private List<QuoteCandidate> _quotes = [];

    public void Reset(List<QuoteCandidate> quotes) => _quotes = quotes;

    /// <summary>Whether a token is inside a direct quote's marks (content or mark).</summary>
    public bool InsideDirect(int token) => Inside(token, directOnly: true);

    /// <summary>Whether a token is inside any quotation marks.</summary>
    public bool InsideAny(int token) => Inside(token, directOnly: false);

    private bool Inside(int token, bool directOnly)
    {
        int lo = 0, hi = _quotes.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_quotes[mid].Open <= token)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && token <= _quotes[found].Close && (!directOnly || _quotes[found].Shape == QuoteShape.Direct);
    }
}
