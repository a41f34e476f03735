using System.Collections.Frozen;

namespace QuoteAttribution.Learning;

/// <summary>
/// The words a model's cue decision is asked about: the words that were the head of an annotated cue often enough in
/// its training data. Every other word is no learned cue, so the model computes features only for these; without a
/// vocabulary (models of format version 1) it asks about every word.
/// </summary>
/// <remarks>
/// The lookup is case-insensitive and runs once per word of a document, so a bit per (length, first letter, last
/// letter) answers most words before the hash set is consulted. Immutable and thread-safe.
/// </remarks>
internal sealed class CueVocabulary
{
    private const int Letters = 27; // a–z, then everything else
    private const int Lengths = 16;

    private readonly FrozenSet<string>? _words;
    private readonly string[] _sorted = [];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _filter = new ulong[((Lengths * Letters * Letters) + 63) / 64];

    private CueVocabulary(FrozenSet<string>? words)
    {
        _words = words;
        if (words is null)
        {
            return;
        }

        // Sorted, so that a saved model's bytes do not depend on the process's string hashing.
        _sorted = [.. words];
        Array.Sort(_sorted, StringComparer.Ordinal);
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string w in words)
        {
            if (w.Length == 0)
            {
                continue; // Never asked about: Contains("") is false.
            }

            int key = Key(w);
            _filter[key >> 6] |= 1UL << key;
        }
    }

    /// <summary>Gets the vocabulary of a model that asks about every word.</summary>
    public static CueVocabulary Any { get; } = new(null);

    /// <summary>Gets whether every word is asked about.</summary>
    public bool IsAny => _words is null;

    /// <summary>Gets the words in ordinal order (empty for <see cref="Any"/>).</summary>
    public IReadOnlyList<string> Words => _sorted;

    /// <summary>A vocabulary of the given words (compared ignoring case).</summary>
    public static CueVocabulary Of(IEnumerable<string> words) => new(words.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether the model's cue decision is asked about <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_words is null)
        {
            return true;
        }

        if (word.IsEmpty)
        {
            return false;
        }

        int key = Key(word);
        return (_filter[key >> 6] & (1UL << key)) != 0 && _lookup.Contains(word);
    }

    private static int Key(ReadOnlySpan<char> word) =>
        (((Math.Min(word.Length, Lengths - 1) * Letters) + Fold(word[0])) * Letters) + Fold(word[^1]);

    // Case-folds ASCII letters; every other character shares one slot. Training and extraction both ask Contains, so
    // the filter only has to be cheap and agree with itself.
    private static int Fold(char c)
    {
        uint k = (uint)((c | 0x20) - 'a');
        return k < 26 ? (int)k : 26;
    }
}
