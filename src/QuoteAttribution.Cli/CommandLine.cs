namespace QuoteAttribution.Cli;

/// <summary>The <c>quotes</c> command: picks the subcommand, and turns every failure into one line and an exit code.</summary>
internal static class CommandLine
{
    /// <summary>Runs <c>quotes</c> in process: the console's streams are parameters so that tests can supply their own.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output: results only.</param>
    /// <param name="stderr">Standard error: usage, warnings and errors, one line each.</param>
    /// <returns>An exit code of <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        string command = args.Length > 0 ? args[0] : string.Empty;
        try
        {
            var rest = args.Skip(1);
            return command switch
            {
                "extract" => ExtractCommand.Run(ParsedArguments.Parse(command, rest, ExtractCommand.Flags, ExtractCommand.Valued), stdin, stdout, stderr),
                "predict" => PredictCommand.Run(ParsedArguments.Parse(command, rest, PredictCommand.Flags, PredictCommand.Valued), stdout, stderr),
                "eval" => EvalCommand.Run(ParsedArguments.Parse(command, rest, EvalCommand.Flags, EvalCommand.Valued), stdout, stderr),
                "-h" or "--help" or "help" when args.Length == 1 => Help(stderr, Usage.General),
                "help" when args.Length == 2 => Help(stderr, Usage.For(args[1])),
                "" => throw new UsageException("no command given"),
                _ when command.StartsWith('-') => throw new UsageException($"unknown option {command}"),
                _ => throw new UsageException($"unknown command '{command}'"),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"quotes: {ex.Message}");
            stderr.WriteLine();
            stderr.Write(Usage.For(ex.Command));
            stderr.WriteLine();
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A command line tool reports, it does not dump a stack trace: one line, and a failure exit code.
            stderr.WriteLine($"error: {TextInput.OneLine(ex.Message)}");
            return ExitCodes.InputError;
        }
        finally
        {
            stdout.Flush();
        }
    }

    /// <summary>
    /// Prints a usage text asked for with <c>--help</c>. As the project's CLI contract says, help goes where usage
    /// errors go (standard error, exit 2), so a script never mistakes help for results.
    /// </summary>
    internal static int Help(TextWriter stderr, string text)
    {
        stderr.Write(text);
        stderr.WriteLine();
        return ExitCodes.Usage;
    }
}
