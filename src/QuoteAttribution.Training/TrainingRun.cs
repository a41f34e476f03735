using System.Diagnostics;
using System.Globalization;
using System.Text;
using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Training;

/// <summary>Scores of rules only and of rules plus a model on one development set.</summary>
/// <param name="Name">The development file.</param>
/// <param name="RulesOnly">The scores without a model.</param>
/// <param name="WithModel">The scores with the model.</param>
public sealed record Comparison(string Name, EvaluationReport RulesOnly, EvaluationReport WithModel);

/// <summary>What <c>quotes train</c> does: train (or load) a model, compare it with the rules on development sets, write the files.</summary>
public static class TrainingRun
{
    /// <summary>The model file name in the output folder.</summary>
    public const string ModelFile = "model.bin";

    /// <summary>The report file name in the output folder.</summary>
    public const string ReportFile = "report.md";

    /// <summary>The file of the training data's cue-word counts in the output folder.</summary>
    public const string CueWordsFile = "cue-words.tsv";

    /// <summary>Scores rules only and rules plus <paramref name="model"/> on a gold set.</summary>
    /// <param name="name">A name for the set.</param>
    /// <param name="gold">The annotated documents.</param>
    /// <param name="model">The model.</param>
    /// <returns>Both reports.</returns>
    public static Comparison Compare(string name, IReadOnlyList<GoldDocument> gold, AttributionModel model)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return new Comparison(name, Score(gold, null), Score(gold, model));
    }

    /// <summary>Scores the library with the given model (or rules only) on a gold set.</summary>
    /// <param name="gold">The annotated documents.</param>
    /// <param name="model">The model, or <see langword="null"/> for rules only.</param>
    /// <returns>The scores.</returns>
    public static EvaluationReport Score(IReadOnlyList<GoldDocument> gold, AttributionModel? model)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default with { Model = model });
        var predictions = new List<PredictionDocument>(gold.Count);
        foreach (var d in gold)
        {
            predictions.Add(Predictions.FromResult(d.Id, extractor.ExtractQuotes(d.Text)));
        }

        return Scorer.Score(gold, predictions);
    }

    /// <summary>Writes the model and a Markdown report of the run into <paramref name="outDir"/>.</summary>
    /// <param name="outDir">The output folder (created when missing).</param>
    /// <param name="model">The model.</param>
    /// <param name="log">The trainer's log lines.</param>
    /// <param name="comparisons">The development scores.</param>
    /// <param name="command">The command line that made the model, for the record.</param>
    /// <param name="cueWords">The training data's cue-word counts, written as a table when given.</param>
    public static void Write(string outDir, AttributionModel model, IReadOnlyList<string> log, IReadOnlyList<Comparison> comparisons, string command, IReadOnlyList<CueWordCount>? cueWords = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(comparisons);
        Directory.CreateDirectory(outDir);
        using (var stream = File.Create(Path.Combine(outDir, ModelFile)))
        {
            model.Save(stream);
        }

        File.WriteAllText(Path.Combine(outDir, ReportFile), Report(model, log, comparisons, command));
        if (cueWords is not null)
        {
            var table = new StringBuilder("word\tcue_heads\toccurrences\tasked\n");
            foreach (var c in cueWords)
            {
                table.Append(CultureInfo.InvariantCulture, $"{c.Word}\t{c.Positives}\t{c.Occurrences}\t{(c.Kept ? "yes" : "no")}\n");
            }

            File.WriteAllText(Path.Combine(outDir, CueWordsFile), table.ToString());
        }
    }

    /// <summary>The Markdown report: what was trained, the log, and rules only vs model on each development set.</summary>
    /// <param name="model">The model.</param>
    /// <param name="log">The trainer's log lines.</param>
    /// <param name="comparisons">The development scores.</param>
    /// <param name="command">The command line.</param>
    /// <returns>The report text.</returns>
    public static string Report(AttributionModel model, IReadOnlyList<string> log, IReadOnlyList<Comparison> comparisons, string command)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(comparisons);
        var s = new StringBuilder();
        s.AppendLine("# Training report").AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"- command: `{command}`");
        s.AppendLine(CultureInfo.InvariantCulture, $"- model: {model.Description}");
        foreach (string line in log)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"- {line}");
        }

        foreach (var c in comparisons)
        {
            s.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {c.Name}").AppendLine();
            s.AppendLine("| row | setting | gold | pred | P | R | F1 | speaker_acc | attribution_F1 |");
            s.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
            for (int i = 0; i < c.RulesOnly.Rows.Count; i++)
            {
                Row(s, c.RulesOnly.Rows[i], "rules only");
                Row(s, c.WithModel.Rows[i], "model");
            }
        }

        return s.ToString();
    }

    /// <summary>One line per comparison for the console: the <c>all</c> row, rules only and with the model.</summary>
    /// <param name="c">The comparison.</param>
    /// <returns>The summary.</returns>
    public static string Summary(Comparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return string.Create(CultureInfo.InvariantCulture,
            $"{c.Name}: all quote F1 {F(c.RulesOnly.All.F1)} -> {F(c.WithModel.All.F1)}, attribution F1 {F(c.RulesOnly.All.AttributionF1)} -> {F(c.WithModel.All.AttributionF1)}");
    }

    /// <summary>Times extraction over the texts: characters per second, rules only and with the model.</summary>
    /// <param name="texts">The documents.</param>
    /// <param name="model">The model.</param>
    /// <returns>Characters per second without and with the model.</returns>
    public static (double RulesOnly, double WithModel) Throughput(IReadOnlyList<string> texts, AttributionModel model)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return (CharsPerSecond(texts, null), CharsPerSecond(texts, model));
    }

    private static double CharsPerSecond(IReadOnlyList<string> texts, AttributionModel? model)
    {
        var extractor = new QuoteExtractor(QuoteExtractorOptions.Default with { Model = model });
        long chars = 0;
        foreach (string t in texts)
        {
            extractor.ExtractQuotes(t); // Warm-up.
        }

        var clock = Stopwatch.StartNew();
        int rounds = 0;
        while (clock.Elapsed.TotalSeconds < 2 || rounds < 1)
        {
            foreach (string t in texts)
            {
                extractor.ExtractQuotes(t);
                chars += t.Length;
            }

            rounds++;
        }

        return chars / clock.Elapsed.TotalSeconds;
    }

    private static void Row(StringBuilder s, ScoreRow r, string setting) =>
        s.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {setting} | {r.Gold} | {r.Pred} | {F(r.Precision)} | {F(r.Recall)} | {F(r.F1)} | {F(r.SpeakerAccuracy)} | {F(r.AttributionF1)} |");

    private static string F(double? x) => x is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
