using System.Globalization;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Cli;

/// <summary><c>quotes eval GOLD.jsonl [PRED.jsonl]</c>: scores predictions (the library's own by default) with <see cref="Scorer"/>.</summary>
internal static class EvalCommand
{
    public static readonly string[] Flags = ["--errors", "--json"];
    public static readonly string[] Valued = [ModelOption.Name];

    private const int SnippetWidth = 60;

    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Help)
        {
            return CommandLine.Help(stderr, Usage.Eval);
        }

        if (args.Operands.Count is < 1 or > 2)
        {
            throw new UsageException("eval takes GOLD.jsonl and, optionally, PRED.jsonl", "eval");
        }

        var gold = GoldFiles.ReadGold(args.Operands[0], stderr);
        if (gold is null)
        {
            return ExitCodes.InputError;
        }

        int exitCode = ExitCodes.Success;
        IReadOnlyList<PredictionDocument>? predictions;
        if (args.Operands.Count == 2)
        {
            predictions = GoldFiles.ReadPredictions(args.Operands[1], stderr);
            if (predictions is null)
            {
                return ExitCodes.InputError;
            }

            WarnAboutIgnoredLines(args.Operands[1], gold, predictions, stderr);
        }
        else
        {
            if (ModelOption.Extractor(args, stderr) is not { } extractor)
            {
                return ExitCodes.InputError;
            }

            var own = new List<PredictionDocument>(gold.Count);
            var runner = new DocumentRunner(extractor, stderr);
            runner.Run(gold, d => new TextInput(d.Id, d.Text, HadInvalidUtf8: false), (input, result) => own.Add(Predictions.FromResult(input.Name, result)));

            // A document the library failed on is scored as all missed, and the exit code says the run was incomplete.
            exitCode = runner.Failed == 0 ? ExitCodes.Success : ExitCodes.InputError;
            predictions = own;
        }

        var report = Scorer.Score(gold, predictions);
        if (args.Has("--json"))
        {
            stdout.WriteLine(EvaluationReportJson.ToJson(report, includeErrors: args.Has("--errors")));
            return exitCode;
        }

        int overlap = gold.Count(d => d.Scoring == ScoringMode.Overlap);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{gold.Count} documents ({gold.Count - overlap} exact, {overlap} overlap scoring); {predictions.Count} prediction lines"));
        WriteTable(stdout, report);
        if (args.Has("--errors"))
        {
            WriteErrors(stdout, report);
        }

        return exitCode;
    }

    /// <summary>The protocol ignores lines for unknown ids and repeated ids silently; a person running it should still hear of them.</summary>
    private static void WarnAboutIgnoredLines(string path, IReadOnlyList<GoldDocument> gold, IReadOnlyList<PredictionDocument> predictions, TextWriter stderr)
    {
        var goldIds = gold.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        int unknown = predictions.Count(p => !goldIds.Contains(p.Id));
        int repeated = predictions.Count - predictions.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count();
        if (unknown > 0)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {path}: {unknown} prediction lines for ids not in the gold were ignored"));
        }

        if (repeated > 0)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {path}: {repeated} prediction lines repeat an earlier id and were ignored"));
        }
    }

    private static void WriteTable(TextWriter stdout, EvaluationReport report)
    {
        stdout.WriteLine($"{"row",-10}{"gold",7}{"pred",7}{"P",8}{"R",8}{"F1",8}{"speaker_acc",13}{"attribution_F1",16}");
        foreach (var row in report.Rows)
        {
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{row.Name,-10}{row.Gold,7}{row.Pred,7}{TextCells.Figure(row.Precision),8}{TextCells.Figure(row.Recall),8}{TextCells.Figure(row.F1),8}{TextCells.Figure(row.SpeakerAccuracy),13}{TextCells.Figure(row.AttributionF1),16}"));
        }
    }

    private static void WriteErrors(TextWriter stdout, EvaluationReport report)
    {
        stdout.WriteLine();
        stdout.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"errors: {report.Errors.Count(e => e.Type == EvaluationErrorType.Missed)} missed, {report.Errors.Count(e => e.Type == EvaluationErrorType.FalseQuote)} false quotes, {report.Errors.Count(e => e.Type == EvaluationErrorType.WrongSpeaker)} wrong speakers"));
        foreach (var error in report.Errors)
        {
            string type = error.Type switch
            {
                EvaluationErrorType.Missed => "missed",
                EvaluationErrorType.FalseQuote => "false quote",
                _ => "wrong speaker",
            };
            string speakers = error.Type switch
            {
                EvaluationErrorType.Missed => $"gold: {error.GoldSpeaker}",
                EvaluationErrorType.FalseQuote => $"pred: {error.PredictedSpeaker ?? "null"}",
                _ => $"gold: {error.GoldSpeaker} | pred: {error.PredictedSpeaker ?? "null"}",
            };
            string snippet = error.Snippet.Length == 0 ? "(outside the text)" : $"\"{TextCells.Cell(error.Snippet, SnippetWidth)}\"";
            stdout.WriteLine($"{type,-14}{error.DocumentId}  {KindNames.ToName(error.Kind),-8} {TextCells.Span(error.Start, error.End),-14} {snippet}  {speakers}");
        }
    }
}
