using System.Text;

namespace QuoteAttribution.Cli;

/// <summary>One input document: where it came from, its text, and whether its bytes were valid UTF-8.</summary>
/// <param name="Name">The path as given, or <c>-</c> for standard input.</param>
/// <param name="Text">The text, BOM stripped.</param>
/// <param name="HadInvalidUtf8">Whether invalid bytes were replaced with U+FFFD.</param>
internal sealed record TextInput(string Name, string Text, bool HadInvalidUtf8)
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The name standard input goes by in messages and output.</summary>
    public const string StandardInputName = "-";

    /// <summary>Decodes UTF-8 bytes; a BOM is stripped, invalid bytes become U+FFFD and are reported by <see cref="HadInvalidUtf8"/>.</summary>
    public static TextInput Decode(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        // A strict decode tells valid input from invalid at no extra cost in the common, valid case.
        try
        {
            return new TextInput(name, Strict.GetString(bytes), HadInvalidUtf8: false);
        }
        catch (DecoderFallbackException)
        {
            return new TextInput(name, Lenient.GetString(bytes), HadInvalidUtf8: true);
        }
    }

    /// <summary>Reads a file, or returns why it cannot be read as a short reason (<c>no such file</c>, <c>permission denied</c>, …).</summary>
    public static TextInput? TryRead(string path, out string? error)
    {
        try
        {
            if (Directory.Exists(path))
            {
                error = "is a directory";
                return null;
            }

            error = null;
            return Decode(path, File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            error = Reason(ex);
            return null;
        }
    }

    /// <summary>
    /// Reads the whole of standard input. The reader has already decoded it: a BOM remains to strip, and invalid bytes
    /// are known when the reader decodes with an <see cref="InvalidByteTracker"/> (as the console's does).
    /// </summary>
    public static TextInput ReadStandardInput(TextReader stdin)
    {
        string text = stdin.ReadToEnd();
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        bool invalid = stdin is StreamReader { CurrentEncoding.DecoderFallback: InvalidByteTracker { Replaced: true } };
        return new TextInput(StandardInputName, text, invalid);
    }

    /// <summary>A one-line reason for a failed read: short for the usual cases, the runtime's message otherwise.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "path too long",
        _ => OneLine(ex.Message),
    };

    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
