using System.Buffers.Binary;
using System.Text;
using QuoteAttribution.Learning;

namespace QuoteAttribution;

/// <summary>
/// A trained attribution model: learned decisions that extend the rules — which words, in context, are attribution
/// cues; on which side of its cue the reported content lies; and which of the candidate mentions near a cue is the
/// speaker. Trained with <c>quotes train</c> (ML.NET) and evaluated by the library itself, without third-party code.
/// </summary>
/// <remarks>
/// Set <see cref="QuoteExtractorOptions.Model"/> to <see cref="Default"/> (the model that ships inside the package,
/// trained on PolNeAR), to a model loaded with <see cref="Load(string)"/>, or to <see langword="null"/> for rules only.
/// A model is immutable and thread-safe.
/// </remarks>
public sealed class AttributionModel
{
    // Version 2 adds the cue vocabulary after the decisions; version 1 files (no vocabulary) still load.
    internal const int FormatVersion = 2;
    internal const int MinBits = 8;
    internal const int MaxBits = 22;
    private const string ResourceName = "QuoteAttribution.Resources.attribution-model.bin";

    private static readonly byte[] Magic = "QAMODEL\0"u8.ToArray();
    private static readonly Lazy<AttributionModel> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    internal AttributionModel(int bits, LinearDecision cue, LinearDecision direction, LinearDecision source, string description, CueVocabulary? cueWords = null)
    {
        Bits = bits;
        CueWords = cueWords ?? CueVocabulary.Any;
        Cue = cue;
        Direction = direction;
        Source = source;
        Description = description;
    }

    /// <summary>Gets the model that ships inside the package (trained on PolNeAR's training split). Loaded once, on first use.</summary>
    /// <exception cref="InvalidDataException">The embedded model is damaged (a broken build).</exception>
    public static AttributionModel Default => Embedded.Value;

    /// <summary>Gets a one-line description of what the model was trained on, written by the trainer.</summary>
    public string Description { get; }

    /// <summary>Gets the number of hash bits of the feature space (the weight vectors have 2^bits entries).</summary>
    internal int Bits { get; }

    /// <summary>Gets the words the cue decision is asked about (<see cref="CueVocabulary.Any"/>: every word).</summary>
    internal CueVocabulary CueWords { get; }

    /// <summary>Gets the cue decision: is this word, in this context, an attribution cue.</summary>
    internal LinearDecision Cue { get; }

    /// <summary>Gets the direction decision: does the reported content follow the cue (or precede it).</summary>
    internal LinearDecision Direction { get; }

    /// <summary>Gets the source decision: is this candidate mention the speaker of the cue (the highest margin wins).</summary>
    internal LinearDecision Source { get; }

    /// <summary>Loads a model written by <c>quotes train</c>.</summary>
    /// <param name="path">The model file (<c>model.bin</c> in the trainer's output folder).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid model of this format version; the message says why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static AttributionModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Loads a model written by <c>quotes train</c> from a stream (read to its end; not closed).</summary>
    /// <param name="stream">The model bytes.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The bytes are not a valid model of this format version; the message says why.</exception>
    public static AttributionModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Writes the model in the format <see cref="Load(Stream)"/> reads (only non-zero weights are stored).</summary>
    /// <param name="stream">Where to write.</param>
    internal void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Bits);
        w.Write(Description);
        foreach (var d in (ReadOnlySpan<LinearDecision>)[Cue, Direction, Source])
        {
            Write(w, d);
        }

        // -1: no vocabulary, every word is asked about.
        w.Write(CueWords.IsAny ? -1 : CueWords.Words.Count);
        foreach (string word in CueWords.Words)
        {
            w.Write(word);
        }
    }

    private static void Write(BinaryWriter w, LinearDecision d)
    {
        w.Write(d.Bias);
        w.Write(d.Threshold);
        int nonZero = 0;
        foreach (float x in d.Weights)
        {
            nonZero += x != 0 ? 1 : 0;
        }

        w.Write(nonZero);
        for (int i = 0; i < d.Weights.Length; i++)
        {
            if (d.Weights[i] != 0)
            {
                w.Write(i);
                w.Write(d.Weights[i]);
            }
        }
    }

    private static AttributionModel LoadEmbedded()
    {
        using var stream = typeof(AttributionModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The embedded attribution model '{ResourceName}' is missing from the assembly.");
        return Load(stream);
    }

    private static AttributionModel Parse(ReadOnlySpan<byte> data)
    {
        var r = new SpanReader(data);
        if (data.Length < Magic.Length || !data[..Magic.Length].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not an attribution model: the file does not start with the QAMODEL signature (write models with 'quotes train').");
        }

        r.Skip(Magic.Length);
        int version = r.Int();
        if (version is < 1 or > FormatVersion)
        {
            throw new InvalidDataException($"Attribution model format version {version} is not supported (this library reads versions 1 to {FormatVersion}).");
        }

        int bits = r.Int();
        if (bits < MinBits || bits > MaxBits)
        {
            throw new InvalidDataException($"Attribution model has {bits} hash bits; expected {MinBits} to {MaxBits}.");
        }

        string description = r.String();
        var decisions = new LinearDecision[3];
        for (int d = 0; d < decisions.Length; d++)
        {
            decisions[d] = ReadDecision(ref r, bits, d);
        }

        var cueWords = CueVocabulary.Any;
        if (version >= 2)
        {
            int count = r.Int();
            if (count < -1 || count > data.Length)
            {
                throw new InvalidDataException($"Attribution model claims {count} cue words: the file is damaged.");
            }

            if (count >= 0)
            {
                var words = new string[count];
                for (int i = 0; i < count; i++)
                {
                    words[i] = r.String();
                    if (words[i].Length == 0 || words[i].AsSpan().ContainsAny(" \t\r\n\uFFFD"))
                    {
                        throw new InvalidDataException($"Attribution model cue word {i} is not a word ('{words[i]}'): the file is damaged.");
                    }
                }

                cueWords = CueVocabulary.Of(words);
            }
        }

        if (!r.AtEnd)
        {
            throw new InvalidDataException("Attribution model has trailing bytes after its last part: the file is damaged.");
        }

        return new AttributionModel(bits, decisions[0], decisions[1], decisions[2], description, cueWords);
    }

    private static LinearDecision ReadDecision(ref SpanReader r, int bits, int d)
    {
        float bias = r.Float();
        float threshold = r.Float();
        int count = r.Int();
        if (count < 0 || count > 1 << bits)
        {
            throw new InvalidDataException($"Attribution model decision {d} claims {count} weights; at most {1 << bits} fit.");
        }

        var weights = new float[1 << bits];
        for (int i = 0; i < count; i++)
        {
            int index = r.Int();
            float value = r.Float();
            if ((uint)index >= (uint)weights.Length || !float.IsFinite(value))
            {
                throw new InvalidDataException($"Attribution model decision {d} has a bad weight (index {index}, value {value}).");
            }

            weights[index] = value;
        }

        if (!float.IsFinite(bias) || !float.IsFinite(threshold))
        {
            throw new InvalidDataException($"Attribution model decision {d} has a bias or threshold that is not a finite number.");
        }

        return new LinearDecision(bias, weights, threshold);
    }

    /// <summary>Little-endian reads with a clear error at a truncated file.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _at;

        public readonly bool AtEnd => _at == _data.Length;

        public void Skip(int n) => Take(n);

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public float Float() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public string String()
        {
            // BinaryWriter's 7-bit encoded length prefix.
            int length = 0, shift = 0;
            byte b;
            do
            {
                b = Take(1)[0];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0 && shift < 35);

            return Encoding.UTF8.GetString(Take(length));
        }

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || n > _data.Length - _at)
            {
                throw new InvalidDataException("Attribution model file is truncated.");
            }

            var s = _data.Slice(_at, n);
            _at += n;
            return s;
        }
    }
}
