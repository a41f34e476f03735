using System.Text;

namespace QuoteAttribution.Cli;

/// <summary>
/// A decoder fallback that replaces invalid bytes with U+FFFD, as the lenient UTF-8 decoder does, and remembers that
/// it did: standard input is a stream decoded as it is read, so this is how it can be warned about like a file.
/// </summary>
internal sealed class InvalidByteTracker : DecoderFallback
{
    private int _replaced;

    /// <summary>Gets a value indicating whether any invalid byte has been replaced.</summary>
    public bool Replaced => Volatile.Read(ref _replaced) != 0;

    public override int MaxCharCount => 1;

    /// <summary>Returns a UTF-8 encoding (no BOM written) that reports its replacements to a new tracker.</summary>
    public static Encoding CreateUtf8(out InvalidByteTracker tracker)
    {
        tracker = new InvalidByteTracker();
        return Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, tracker);
    }

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    /// <summary>Hands out one U+FFFD per invalid sequence, and marks the tracker only when that actually happens.</summary>
    private sealed class Buffer : DecoderFallbackBuffer
    {
        private readonly InvalidByteTracker _owner;
        private bool _pending;

        public Buffer(InvalidByteTracker owner) => _owner = owner;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            Volatile.Write(ref _owner._replaced, 1);
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending)
            {
                return '\0';
            }

            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (_pending)
            {
                return false;
            }

            _pending = true;
            return true;
        }

        public override void Reset() => _pending = false;
    }
}
