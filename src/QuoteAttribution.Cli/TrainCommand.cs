using System.Globalization;
using QuoteAttribution.Evaluation;
using QuoteAttribution.Training;

namespace QuoteAttribution.Cli;

/// <summary>
/// <c>quotes train --train TRAIN.jsonl --dev DEV.jsonl[,DEV2.jsonl] --out DIR [--seed N]</c>: trains the learned
/// decisions with ML.NET, compares rules only and the model on each development set, and writes DIR/model.bin and
/// DIR/report.md. Without <c>--train</c>, <c>--model FILE</c> (or the embedded model) is compared instead.
/// </summary>
internal static class TrainCommand
{
    public const string Help = """
        usage: quotes train --train TRAIN.jsonl --dev DEV.jsonl[,DEV2.jsonl...] --out DIR [--seed N] [--min-cue-count N] [--min-cue-share X] [--throughput]
               quotes train --model FILE|default --dev DEV.jsonl[,...] [--out DIR] [--throughput]

        Train the learned attribution decisions (cue detection, content side, source selection) with ML.NET on
        annotated JSONL (the gold format: quotes with cue texts and, for source selection, 'source' spans), score
        rules only against rules plus the model on each development file, and write DIR/model.bin (load it with
        AttributionModel.Load), DIR/report.md and DIR/cue-words.tsv (each word's count as a cue head and as a word,
        and whether the model asks about it). Deterministic given the seed (default 1).
        Without --train, an existing model is compared with the rules instead.

        options:
          --train FILE     annotated training documents
          --dev FILES      development files to score, separated by commas
          --out DIR        where model.bin and report.md go
          --seed N         the ML.NET seed (default 1)
          --min-cue-count N  ask the cue decision only about words that were a cue head at least N times
                           in training (default 2; 0: every word)
          --min-cue-share X  ... and whose occurrences were cue heads at least this share of the time
                           (default 0.02)
          --model FILE     compare this model (or 'default', the embedded one) instead of training
          --throughput     also time extraction over the development texts, with and without the model
          -h, --help       show this help
        """;

    public static readonly string[] Flags = ["--throughput"];
    public static readonly string[] Valued = ["--train", "--dev", "--out", "--seed", "--model", "--min-cue-count", "--min-cue-share"];

    public static int Run(ParsedArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Help)
        {
            return CommandLine.Help(stderr, Help);
        }

        string? train = args.Value("--train"), outDir = args.Value("--out"), modelPath = args.Value("--model");
        if (args.Operands.Count > 0 || (train is null) == (modelPath is null) || (train is not null && outDir is null))
        {
            throw new UsageException("train needs --train FILE and --out DIR, or --model FILE", "train");
        }

        int seed = 1;
        if (args.Value("--seed") is { } s && !int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            throw new UsageException($"--seed takes a whole number, not '{s}'", "train");
        }

        var options = new TrainingOptions { Seed = seed };
        if (args.Value("--min-cue-count") is { } m)
        {
            options = int.TryParse(m, NumberStyles.Integer, CultureInfo.InvariantCulture, out int min) && min >= 0
                ? options with { MinCueCount = min }
                : throw new UsageException($"--min-cue-count takes a whole number of at least 0, not '{m}'", "train");
        }

        if (args.Value("--min-cue-share") is { } share)
        {
            options = double.TryParse(share, NumberStyles.Float, CultureInfo.InvariantCulture, out double min) && min is >= 0 and <= 1
                ? options with { MinCueShare = min }
                : throw new UsageException($"--min-cue-share takes a number from 0 to 1, not '{share}'", "train");
        }

        var devFiles = (args.Value("--dev") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var log = new List<string>();
        AttributionModel model;
        IReadOnlyList<CueWordCount>? cueWords = null;
        if (train is not null)
        {
            var documents = GoldReader.ReadFile(train);
            stderr.WriteLine($"training on {documents.Count} documents of {train} (seed {seed})");
            var result = ModelTrainer.Train(documents, options, $"trained on {Path.GetFileName(train)} ({documents.Count} documents), seed {seed}, cue words {options.MinCueCount}+ times, share {options.MinCueShare.ToString(CultureInfo.InvariantCulture)}+");
            model = result.Model;
            cueWords = result.CueWords;
            log.AddRange(result.Log);
            foreach (string line in result.Log)
            {
                stderr.WriteLine(line);
            }
        }
        else
        {
            model = modelPath == "default" ? AttributionModel.Default : AttributionModel.Load(modelPath!);
        }

        var comparisons = new List<Comparison>();
        foreach (string dev in devFiles)
        {
            var gold = GoldReader.ReadFile(dev);
            var c = TrainingRun.Compare(dev, gold, model);
            comparisons.Add(c);
            stdout.WriteLine(TrainingRun.Summary(c));
            if (args.Has("--throughput"))
            {
                var (rules, withModel) = TrainingRun.Throughput([.. gold.Select(d => d.Text)], model);
                string line = string.Create(CultureInfo.InvariantCulture, $"{dev}: throughput {rules / 1e6:0.0} M chars/s rules only, {withModel / 1e6:0.0} M chars/s with the model (one thread)");
                stdout.WriteLine(line);
                log.Add(line);
            }
        }

        if (outDir is not null)
        {
            string command = "quotes " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
            TrainingRun.Write(outDir, model, log, comparisons, command, cueWords);
            stdout.WriteLine($"wrote {Path.Combine(outDir, TrainingRun.ModelFile)} and {Path.Combine(outDir, TrainingRun.ReportFile)}");
        }

        return ExitCodes.Success;
    }
}
