using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using QuoteAttribution.Evaluation;
using QuoteAttribution.Learning;

namespace QuoteAttribution.Training;

/// <summary>Settings of a training run.</summary>
public sealed record TrainingOptions
{
    /// <summary>Gets the seed of ML.NET's random numbers; a run is deterministic given its seed and data.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the number of hash bits of the feature space.</summary>
    public int Bits { get; init; } = 18;

    /// <summary>Gets the L1 regularisation weight (sparser, smaller models).</summary>
    public float L1 { get; init; } = 0.5f;

    /// <summary>Gets the L2 regularisation weight.</summary>
    public float L2 { get; init; } = 0.5f;

    /// <summary>Gets the most L-BFGS iterations per decision.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>
    /// Gets how often a word must be the head of an annotated cue for the model to ask about it at all. Other words are
    /// never learned cues: a word seen once is as often an annotation slip as a cue, and asking about every word of a
    /// document costs most of the model's time. 0 asks about every word.
    /// </summary>
    public int MinCueCount { get; init; } = 2;

    /// <summary>
    /// Gets the least share of a word's occurrences that must be cue heads for the model to ask about it: "the" heads
    /// a hundred PolNeAR cues in 28,000 occurrences, and asking about it costs more than it finds.
    /// </summary>
    public double MinCueShare { get; init; } = 0.02;
}

/// <summary>What a training run produced: the model and the figures measured on the way.</summary>
/// <param name="Model">The trained model.</param>
/// <param name="Log">Lines describing the run (examples, thresholds, timings).</param>
/// <param name="CueWords">Every word of the training data with how often it was a cue head and occurred, and whether the model asks about it.</param>
public sealed record TrainingResult(AttributionModel Model, IReadOnlyList<string> Log, IReadOnlyList<CueWordCount> CueWords);

/// <summary>A word of the training data as a cue.</summary>
/// <param name="Word">The word.</param>
/// <param name="Positives">How often it was the head of an annotated cue.</param>
/// <param name="Occurrences">How often it occurred outside direct quotes.</param>
/// <param name="Kept">Whether the model's cue decision asks about it.</param>
public sealed record CueWordCount(string Word, int Positives, int Occurrences, bool Kept);

/// <summary>
/// Trains the model's decisions with ML.NET (L-BFGS logistic regression, single-threaded, so deterministic) over the
/// library's hashed features, and exports the weights into the library's own model format.
/// </summary>
public static class ModelTrainer
{
    /// <summary>Trains a model on annotated documents (gold JSONL with cue texts and, for source selection, <c>source</c> spans).</summary>
    /// <param name="training">The training documents.</param>
    /// <param name="options">The settings.</param>
    /// <param name="description">A line stored in the model saying what it was trained on.</param>
    /// <returns>The model and a log of the run.</returns>
    public static TrainingResult Train(IReadOnlyList<GoldDocument> training, TrainingOptions options, string description)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(options);
        var log = new List<string>();
        var clock = Stopwatch.StartNew();

        // Thresholds are tuned on a tenth of the training documents held out, then every decision is retrained on all.
        var fit = new List<GoldDocument>();
        var heldOut = new List<GoldDocument>();
        for (int i = 0; i < training.Count; i++)
        {
            (i % 10 == 9 && training.Count >= 10 ? heldOut : fit).Add(training[i]);
        }

        float cueThreshold = 0, directionThreshold = 0;
        if (heldOut.Count > 0)
        {
            var tuneTrain = TrainingExamples.From(fit, options.Bits);
            var tuneTest = TrainingExamples.From(heldOut, options.Bits);
            var cue = Fit(tuneTrain.Cue, options, "cue", log);
            cueThreshold = BestThreshold(cue, tuneTest.Cue, SelectCueWords(tuneTrain, options), out double f1);
            log.Add(string.Create(CultureInfo.InvariantCulture, $"cue threshold {cueThreshold:0.00} (held-out token F1 {f1:0.000}, {heldOut.Count} documents)"));
        }

        var all = TrainingExamples.From(training, options.Bits);
        log.Add($"{training.Count} documents: {all.CuesLocated} of {all.CuesAnnotated} annotated cues located in the text");
        log.Add($"examples: cue {all.Cue.Count} ({Positives(all.Cue)} positive), direction {all.Direction.Count} ({Positives(all.Direction)} after), source {all.Source.Count} ({Positives(all.Source)} positive)");
        var cueWords = SelectCueWords(all, options);
        int kept = 0, keptPositives = 0, positives = 0;
        var counts = new List<CueWordCount>(all.CueWords.Count);
        foreach (var (word, (pos, occurrences)) in all.CueWords)
        {
            bool isKept = cueWords.Contains(word);
            counts.Add(new CueWordCount(word, pos, occurrences, isKept));
            kept += isKept ? 1 : 0;
            keptPositives += isKept ? pos : 0;
            positives += pos;
        }

        counts.Sort(static (a, b) => a.Positives != b.Positives ? b.Positives.CompareTo(a.Positives) : string.CompareOrdinal(a.Word, b.Word));
        log.Add(cueWords.IsAny
            ? "cue vocabulary: every word"
            : string.Create(CultureInfo.InvariantCulture, $"cue vocabulary: {kept} words (at least {options.MinCueCount} times a cue head, share at least {options.MinCueShare:0.####}), holding {keptPositives} of {positives} cue heads"));
        var model = new AttributionModel(
            options.Bits,
            Fit(all.Cue, options, "cue", log) with { Threshold = cueThreshold },
            Fit(all.Direction, options, "direction", log) with { Threshold = directionThreshold },
            Fit(all.Source, options, "source", log) with { Threshold = 0 },
            description,
            cueWords);
        log.Add(string.Create(CultureInfo.InvariantCulture, $"trained in {clock.Elapsed.TotalSeconds:0.0} s"));
        return new TrainingResult(model, log, counts);
    }

    /// <summary>The words the cue decision will be asked about, by their counts in the examples.</summary>
    private static CueVocabulary SelectCueWords(TrainingExamples examples, TrainingOptions options)
    {
        if (options.MinCueCount <= 0)
        {
            return CueVocabulary.Any;
        }

        var words = new List<string>();
        foreach (var (word, (positives, occurrences)) in examples.CueWords)
        {
            if (positives >= options.MinCueCount && positives >= options.MinCueShare * occurrences)
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return CueVocabulary.Of(words);
    }

    private static int Positives(List<Example> examples)
    {
        int n = 0;
        foreach (var e in examples)
        {
            n += e.Label ? 1 : 0;
        }

        return n;
    }

    private static Weights Fit(List<Example> examples, TrainingOptions options, string name, List<string> log)
    {
        int size = 1 << options.Bits;
        if (examples.Count == 0 || Positives(examples) == 0 || Positives(examples) == examples.Count)
        {
            log.Add($"{name}: too few examples of both answers; the decision keeps a constant answer");
            return new Weights(Positives(examples) > 0 ? 1 : -1, new float[size], 0);
        }

        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        var data = ml.Data.LoadFromEnumerable(Rows(examples, size), schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = options.MaxIterations,
            OptimizationTolerance = 1e-7f,
        });
        var clock = Stopwatch.StartNew();
        var transformer = trainer.Fit(data);
        var parameters = transformer.Model.SubModel;
        var weights = new float[size];
        int nonZero = 0;
        for (int i = 0; i < size; i++)
        {
            weights[i] = parameters.Weights[i];
            nonZero += weights[i] != 0 ? 1 : 0;
        }

        log.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {examples.Count} examples, {nonZero} non-zero weights, {clock.Elapsed.TotalSeconds:0.0} s"));
        return new Weights(parameters.Bias, weights, 0);
    }

    private static IEnumerable<Row> Rows(List<Example> examples, int size)
    {
        foreach (var e in examples)
        {
            // Sorted distinct indices with counts: the sparse vector ML.NET wants, equal to the sum the library computes.
            var sorted = (int[])e.Features.Clone();
            Array.Sort(sorted);
            int distinct = 0;
            var indices = new int[sorted.Length];
            var values = new float[sorted.Length];
            foreach (int f in sorted)
            {
                if (distinct > 0 && indices[distinct - 1] == f)
                {
                    values[distinct - 1]++;
                }
                else
                {
                    indices[distinct] = f;
                    values[distinct++] = 1;
                }
            }

            yield return new Row { Label = e.Label, Features = new VBuffer<float>(size, distinct, values, indices) };
        }
    }

    /// <summary>The margin threshold with the best F1 of the decision on held-out examples (those the vocabulary asks about).</summary>
    private static float BestThreshold(Weights w, List<Example> test, CueVocabulary cueWords, out double bestF1)
    {
        var decision = w.ToDecision();
        var scored = new List<(float Margin, bool Label)>(test.Count);
        int positives = 0;
        foreach (var e in test)
        {
            // A word outside the vocabulary is never asked about: a positive there is a miss at every threshold.
            if (e.Word is null || cueWords.Contains(e.Word))
            {
                scored.Add((decision.Margin(e.Features), e.Label));
            }

            positives += e.Label ? 1 : 0;
        }

        scored.Sort((a, b) => b.Margin.CompareTo(a.Margin));
        bestF1 = 0;
        float best = 0;
        int tp = 0;
        for (int i = 0; i < scored.Count; i++)
        {
            tp += scored[i].Label ? 1 : 0;
            double f1 = 2.0 * tp / (i + 1 + positives);
            if (f1 > bestF1 && (i + 1 == scored.Count || scored[i + 1].Margin < scored[i].Margin))
            {
                bestF1 = f1;
                best = i + 1 < scored.Count ? (scored[i].Margin + scored[i + 1].Margin) / 2 : scored[i].Margin - 1;
            }
        }

        return best;
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    private sealed record Weights(float Bias, float[] Values, float Threshold)
    {
        public LinearDecision ToDecision() => new(Bias, Values, Threshold);

        public static implicit operator LinearDecision(Weights w) => w.ToDecision();
    }
}
