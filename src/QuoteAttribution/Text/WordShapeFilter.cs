namespace QuoteAttribution.Text;

/// <summary>
/// A quick "no" for a small set of words: per length, the first and last letters the set's words have. Most words of a
/// document fail these bit tests ("is", "of", "was" against "in", "on", "went") before any string comparison or hash.
/// Case-insensitive as <see cref="StringComparison.OrdinalIgnoreCase"/> is: it never says no to a word of the set.
/// </summary>
internal sealed class WordShapeFilter
{
    private readonly uint[] _first;
    private readonly uint[] _last;

    public WordShapeFilter(IEnumerable<string> words)
    {
        int longest = 0;
        foreach (string w in words)
        {
            longest = Math.Max(longest, w.Length);
        }

        _first = new uint[longest + 1];
        _last = new uint[longest + 1];
        foreach (string w in words)
        {
            if (w.Length > 0)
            {
                _first[w.Length] |= LetterBit(w[0]);
                _last[w.Length] |= LetterBit(w[^1]);
            }
        }

        Longest = longest;
    }

    /// <summary>Gets the length of the longest word of the set.</summary>
    public int Longest { get; }

    /// <summary>Whether <paramref name="word"/> may be one of the set; <see langword="false"/> only when it is not.</summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        !word.IsEmpty && word.Length <= Longest && (_first[word.Length] & LetterBit(word[0])) != 0 && (_last[word.Length] & LetterBit(word[^1])) != 0;

    // One bit per ASCII letter, either case, and one for every other ASCII character; a non-ASCII character sets every
    // bit, as it may equal a letter ignoring case, so such a word is always compared.
    private static uint LetterBit(char c) =>
        char.IsAsciiLetter(c) ? 1u << ((c | 0x20) - 'a') : c < 128 ? 1u << 26 : uint.MaxValue;
}
