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

    /// <summary>Whether someone's words (a direct or partial quotation, not a title) open within tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    public bool AnyWithin(int first, int last)
    {
        for (int i = LastOpeningAtOrBefore(last); i >= 0 && _quotes[i].Open >= first; i--)
        {
            if (_quotes[i].Shape is QuoteShape.Direct or QuoteShape.Partial)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quotation whose marks enclose the token (marks included), or <see langword="null"/>.</summary>
    public QuoteCandidate? Containing(int token)
    {
        int found = LastOpeningAtOrBefore(token);
        return found >= 0 && token <= _quotes[found].Close ? _quotes[found] : null;
    }

    /// <summary>
    /// A reader that answers <see cref="InsideAny"/> for tokens asked in decreasing order, from <paramref name="token"/>
    /// down, stepping back through the quotations instead of searching them for every token.
    /// </summary>
    public BackwardReader ReadBackward(int token) => new(_quotes, LastOpeningAtOrBefore(token));

    /// <summary>See <see cref="ReadBackward"/>.</summary>
    public struct BackwardReader(List<QuoteCandidate> quotes, int index)
    {
        private int _index = index;

        /// <summary>Whether a token, at or before the one asked last, is inside any quotation marks.</summary>
        public bool InsideAny(int token)
        {
            while (_index >= 0 && quotes[_index].Open > token)
            {
                _index--;
            }

            return _index >= 0 && token <= quotes[_index].Close;
        }
    }

    private bool Inside(int token, bool directOnly)
    {
        int found = LastOpeningAtOrBefore(token);
        return found >= 0 && token <= _quotes[found].Close && (!directOnly || _quotes[found].Shape == QuoteShape.Direct);
    }

    private int LastOpeningAtOrBefore(int token)
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

        return found;
    }
}
