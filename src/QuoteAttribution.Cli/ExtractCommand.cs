using System.Diagnostics;
using System.Globalization;

namespace QuoteAttribution.Cli;

/// <summary><c>quotes extract</c>: quotes of text files (or standard input) as a table, JSON or JSON Lines; <c>--stats</c> for a directory run.</summary>
internal static class ExtractCommand
{
    public static readonly string[] Flags = [];
    public static readonly string[] Valued = ["--format", "--stats", ModelOption.Name];

    public static int Run(ParsedArguments args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Help)
        {
            return CommandLine.Help(stderr, Usage.Extract);
        }

        string? formatName = args.Value("--format");
        var format = formatName switch
        {
            null or "table" => OutputFormat.Table,
            "json" => OutputFormat.Json,
            "jsonl" => OutputFormat.JsonLines,
            _ => throw new UsageException($"unknown format '{formatName}' (table, json or jsonl)", "extract"),
        };

        string? directory = args.Value("--stats");
        if (directory is not null && args.Operands.Count > 0)
        {
            throw new UsageException("--stats takes a directory; give no FILE with it", "extract");
        }

        if (ModelOption.Extractor(args, stderr) is not { } extractor)
        {
            return ExitCodes.InputError;
        }

        if (directory is not null)
        {
            // A statistics run over thousands of files prints documents only when a format is asked for.
            return RunStats(directory, extractor, formatName is null ? null : ResultWriter.Create(format, stdout), stdout, stderr);
        }

        var writer = ResultWriter.Create(format, stdout);
        var runner = new DocumentRunner(extractor, stderr);
        writer.Begin();
        if (args.Operands.Count == 0)
        {
            runner.Run([stdin], TextInput.ReadStandardInput, writer.Write);
        }
        else
        {
            runner.Run(args.Operands, path => Load(path, stdin, stderr), writer.Write);
        }

        writer.End();
        return runner.Failed == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }

    private static int RunStats(string directory, QuoteExtractor extractor, ResultWriter? writer, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(directory))
        {
            stderr.WriteLine($"error: {directory}: no such directory");
            return ExitCodes.InputError;
        }

        var stopwatch = Stopwatch.StartNew();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        var files = Directory.EnumerateFiles(directory, "*.txt", options).Order(StringComparer.Ordinal).ToList();

        long characters = 0;
        long quotes = 0;
        var runner = new DocumentRunner(extractor, stderr);
        writer?.Begin();
        runner.Run(files, path => Load(path, TextReader.Null, stderr), (input, result) =>
        {
            characters += input.Text.Length;
            quotes += result.Quotes.Length;
            writer?.Write(input, result);
        });
        writer?.End();
        stopwatch.Stop();

        double seconds = stopwatch.Elapsed.TotalSeconds;
        var invariant = CultureInfo.InvariantCulture;
        stdout.WriteLine($"documents   {TextCells.Number(runner.Processed)}");
        stdout.WriteLine($"characters  {TextCells.Number(characters)}");
        stdout.WriteLine($"quotes      {TextCells.Number(quotes)}");
        stdout.WriteLine(string.Create(invariant, $"elapsed     {seconds:0.000} s"));
        stdout.WriteLine($"chars/s     {(seconds > 0 ? TextCells.Number((long)(characters / seconds)) : "-")}");
        stdout.WriteLine($"files       {TextCells.Number(files.Count)}: processed {TextCells.Number(runner.Processed)}, warned {TextCells.Number(runner.Warned)}, failed {TextCells.Number(runner.Failed)}");
        return runner.Failed == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }

    private static TextInput? Load(string path, TextReader stdin, TextWriter stderr)
    {
        // '-' among the files stands for standard input, as with most Unix tools.
        if (path == TextInput.StandardInputName)
        {
            return TextInput.ReadStandardInput(stdin);
        }

        var input = TextInput.TryRead(path, out string? error);
        if (input is null)
        {
            stderr.WriteLine($"error: {path}: {error}");
        }

        return input;
    }
}
