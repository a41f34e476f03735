namespace QuoteAttribution.Learning;

/// <summary>
/// Collects hashed feature indices into a caller's buffer: each feature is a template number plus up to two words,
/// hashed (FNV-1a, words lower-cased on the fly) into a fixed-size weight vector. Allocation-free.
/// </summary>
internal ref struct FeatureSink
{
    private const uint Prime = 16777619;
    private const uint Offset = 2166136261;

    private readonly Span<int> _buffer;
    private readonly int _mask;

    public FeatureSink(Span<int> buffer, int bits)
    {
        _buffer = buffer;
        _mask = (1 << bits) - 1;
        Count = 0;
    }

    /// <summary>Gets the number of features written.</summary>
    public int Count { get; private set; }

    public void Add(uint template) => Put(Mix(Offset, template));

    public void Add(uint template, int value) => Put(Mix(Mix(Offset, template), (uint)value));

    public void Add(uint template, int first, int second) => Put(Mix(Mix(Mix(Offset, template), (uint)first), (uint)second));

    public void Add(uint template, ReadOnlySpan<char> word) => Put(Word(Mix(Offset, template), word));

    public void Add(uint template, ReadOnlySpan<char> word, int value) => Put(Mix(Word(Mix(Offset, template), word), (uint)value));

    public void Add(uint template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) => Put(Word(Mix(Word(Mix(Offset, template), first), 0x7C), second));

    private static uint Mix(uint h, uint value)
    {
        for (int b = 0; b < 4; b++)
        {
            h = (h ^ (value & 0xFF)) * Prime;
            value >>= 8;
        }

        return h;
    }

    private static uint Word(uint h, ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            char l = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            l = l switch { '’' => '\'', '‘' => '\'', _ => l };
            h = (h ^ (uint)(l & 0xFF)) * Prime;
            h = (h ^ (uint)(l >> 8)) * Prime;
        }

        return h;
    }

    private void Put(uint hash)
    {
        if (Count < _buffer.Length)
        {
            // A final avalanche step so that the low bits used as the index depend on every input byte.
            hash ^= hash >> 15;
            hash *= 0x2C1B3C6D;
            hash ^= hash >> 12;
            _buffer[Count++] = (int)(hash & (uint)_mask);
        }
    }
}
