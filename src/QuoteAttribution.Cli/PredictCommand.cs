using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Cli;

/// <summary><c>quotes predict GOLD.jsonl</c>: the library's prediction lines for the texts of a gold file, in input order.</summary>
internal static class PredictCommand
{
    public static readonly string[] Flags = [];
    public static readonly string[] Valued = [ModelOption.Name];

    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Help)
        {
            return CommandLine.Help(stderr, Usage.Predict);
        }

        if (args.Operands.Count != 1)
        {
            throw new UsageException("predict takes exactly one GOLD.jsonl", "predict");
        }

        string path = args.Operands[0];
        var documents = GoldFiles.ReadTexts(path, stderr);
        if (documents is null)
        {
            return ExitCodes.InputError;
        }

        if (ModelOption.Extractor(args, stderr) is not { } extractor)
        {
            return ExitCodes.InputError;
        }

        var runner = new DocumentRunner(extractor, stderr);
        runner.Run(documents, d => new TextInput(d.Id, d.Text, HadInvalidUtf8: false), (input, result) =>
            PredictionJson.Write(stdout, Predictions.FromResult(input.Name, result)));
        return runner.Failed == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }
}
