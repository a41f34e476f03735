namespace QuoteAttribution.Text;

/// <summary>
/// The lexicon's words for ASCII lookups: an open-addressing table keyed by the lower-cased form, hashed and compared
/// with ASCII case folding in one pass over the word. Every word of a text is looked up once, most of them absent
/// (names, nouns); a general case-insensitive dictionary spent about a fifth of the whole pipeline's time on that.
/// Gives the same answers as an <see cref="StringComparer.OrdinalIgnoreCase"/> lookup for ASCII words; the caller
/// sends other words to that dictionary. Immutable after construction, so safe to share between threads.
/// </summary>
internal sealed class AsciiWordTable
{
    private readonly string?[] _keys;
    private readonly uint[] _hashes;
    private readonly WordInfo?[] _values;
    private readonly int _mask;
    private readonly int _maxLength;

    public AsciiWordTable(IEnumerable<KeyValuePair<string, WordInfo>> words)
    {
        var entries = new List<(string Key, WordInfo Value)>();
        foreach (var (key, value) in words)
        {
            // Under OrdinalIgnoreCase no non-ASCII character equals an ASCII one, so only ASCII keys can match here.
            if (System.Text.Ascii.IsValid(key))
            {
                entries.Add((key.ToLowerInvariant(), value));
            }
        }

        int size = 16;
        while (size < entries.Count * 4)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _hashes = new uint[size];
        _values = new WordInfo?[size];
        _mask = size - 1;
        foreach (var (key, value) in entries)
        {
            _maxLength = Math.Max(_maxLength, key.Length);
            uint hash = Hash(key, out _);
            int slot = (int)hash & _mask;
            while (_keys[slot] is { } taken && !string.Equals(taken, key, StringComparison.Ordinal))
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _hashes[slot] = hash;
            _values[slot] = value;
        }
    }

    /// <summary>Looks up an ASCII word; <paramref name="ascii"/> is <see langword="false"/> when the word is not ASCII and was not looked up.</summary>
    public WordInfo? Find(ReadOnlySpan<char> word, out bool ascii)
    {
        if (word.Length > _maxLength)
        {
            ascii = System.Text.Ascii.IsValid(word);
            return null;
        }

        uint hash = Hash(word, out ascii);
        if (!ascii)
        {
            return null;
        }

        for (int slot = (int)hash & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == hash && FoldedEquals(word, key))
            {
                return _values[slot];
            }
        }

        return null;
    }

    private static uint Hash(ReadOnlySpan<char> word, out bool ascii)
    {
        uint hash = 2166136261;
        uint all = 0;
        foreach (char c in word)
        {
            all |= c;
            hash = (hash ^ Fold(c)) * 16777619;
        }

        ascii = all < 128;
        return hash;
    }

    private static bool FoldedEquals(ReadOnlySpan<char> word, string key)
    {
        if (word.Length != key.Length)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            if (Fold(word[i]) != key[i])
            {
                return false;
            }
        }

        return true;
    }

    private static uint Fold(char c) => char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c;
}
