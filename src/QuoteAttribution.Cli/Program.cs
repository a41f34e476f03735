using System.Text;

namespace QuoteAttribution.Cli;

/// <summary>The process entry point: wires the console to <see cref="CommandLine.Run"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        Console.OutputEncoding = utf8;

        // Standard input is decoded leniently (a bad byte becomes U+FFFD, and is warned about) so one stray byte never
        // stops a run. No BOM detection: it would swap in an encoding without the tracker; the BOM is stripped later.
        using var stdin = new StreamReader(Console.OpenStandardInput(), InvalidByteTracker.CreateUtf8(out _), detectEncodingFromByteOrderMarks: false);
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        int exitCode = CommandLine.Run(args, stdin, stdout, stderr);
        stdout.Flush();
        return exitCode;
    }
}
