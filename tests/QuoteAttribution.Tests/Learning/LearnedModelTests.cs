using QuoteAttribution.Evaluation;
using QuoteAttribution.Learning;
using QuoteAttribution.Training;

namespace QuoteAttribution.Tests.Learning;

/// <summary>
/// A small training run on the committed learning set (Data/learning/train.jsonl, written for these tests: cues the
/// rules do not know, with source spans): the model trains in seconds, survives a save and load, and changes a decision.
/// </summary>
public class LearnedModelTests
{
    private const string Sentence = "Senator Ann Ray urged the board to reject the housing plan.\n";

    private static readonly TrainingOptions Small = new() { Seed = 7, Bits = 16, L1 = 0, L2 = 0.1f, MaxIterations = 100 };

    private static IReadOnlyList<GoldDocument> TrainingSet() => GoldReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "learning", "train.jsonl"));

    private static byte[] Bytes(AttributionModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void A_model_trained_on_the_small_set_loads_and_finds_a_cue_the_rules_do_not_know()
    {
        var trained = ModelTrainer.Train(TrainingSet(), Small, "test set").Model;
        var loaded = AttributionModel.Load(new MemoryStream(Bytes(trained)));

        var rulesOnly = new QuoteExtractor(new QuoteExtractorOptions { Model = null }).ExtractQuotes(Sentence);
        var withModel = new QuoteExtractor(new QuoteExtractorOptions { Model = loaded }).ExtractQuotes(Sentence);

        loaded.Description.Should().Be("test set");
        rulesOnly.Quotes.Should().BeEmpty();
        withModel.Quotes.Should().ContainSingle();
        var quote = withModel.Quotes[0];
        quote.Kind.Should().Be(QuoteKind.Indirect);
        quote.Text.Should().Contain("reject the housing plan");
        quote.Cue!.Text.Should().Be("urged");
        quote.Mention!.Text.Should().Contain("Ann Ray");
    }

    [Fact]
    public void A_word_seen_as_a_cue_less_often_than_the_minimum_is_never_asked_about()
    {
        // "urged" heads four annotated cues in the small set.
        var fourTimes = ModelTrainer.Train(TrainingSet(), Small with { MinCueCount = 4 }, "4").Model;
        var fiveTimes = ModelTrainer.Train(TrainingSet(), Small with { MinCueCount = 5 }, "5").Model;

        fourTimes.CueWords.Contains("Urged").Should().BeTrue();
        fiveTimes.CueWords.Contains("urged").Should().BeFalse();
        new QuoteExtractor(new QuoteExtractorOptions { Model = fourTimes }).ExtractQuotes(Sentence).Quotes.Should().ContainSingle();
        new QuoteExtractor(new QuoteExtractorOptions { Model = fiveTimes }).ExtractQuotes(Sentence).Quotes.Should().BeEmpty();
    }

    [Fact]
    public void The_cue_vocabulary_survives_a_save_and_load()
    {
        var trained = ModelTrainer.Train(TrainingSet(), Small, "v").Model;
        var loaded = AttributionModel.Load(new MemoryStream(Bytes(trained)));

        trained.CueWords.IsAny.Should().BeFalse();
        loaded.CueWords.Words.Should().BeEquivalentTo(trained.CueWords.Words);
        loaded.CueWords.Words.Should().BeInAscendingOrder(StringComparer.Ordinal, "the file must not depend on the process's string hashing");
        Bytes(loaded).Should().Equal(Bytes(trained));
    }

    [Fact]
    public void A_version_1_file_without_a_vocabulary_loads_and_asks_about_every_word()
    {
        // A version 2 file whose vocabulary is "every word" ends with the count -1; version 1 stops before it.
        var trained = ModelTrainer.Train(TrainingSet(), Small with { MinCueCount = 0 }, "v1").Model;
        byte[] bytes = Bytes(trained);
        bytes[^4..].Should().Equal(0xFF, 0xFF, 0xFF, 0xFF);
        byte[] version1 = bytes[..^4];
        version1[8] = 1;

        var loaded = AttributionModel.Load(new MemoryStream(version1));

        loaded.CueWords.IsAny.Should().BeTrue();
        new QuoteExtractor(new QuoteExtractorOptions { Model = loaded }).ExtractQuotes(Sentence).Quotes
            .Should().Equal(new QuoteExtractor(new QuoteExtractorOptions { Model = trained }).ExtractQuotes(Sentence).Quotes);
    }

    [Fact]
    public void Training_is_deterministic_given_the_seed()
    {
        var set = TrainingSet();
        Bytes(ModelTrainer.Train(set, Small, "a").Model).Should().Equal(Bytes(ModelTrainer.Train(set, Small, "a").Model));
    }

    [Theory]
    [InlineData(0f, 0f)]
    [InlineData(-3.5f, 7.25f)]
    [InlineData(-0.001f, 0.002f)]
    public void A_decision_margin_is_the_bias_plus_the_weights_within_rounding(float low, float high)
    {
        var random = new Random(7);
        var weights = new float[1 << 10];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = low + ((high - low) * random.NextSingle());
        }

        var decision = new LinearDecision(0.5f, weights, 0f);
        int[] features = [.. Enumerable.Range(0, 40).Select(_ => random.Next(weights.Length)), 3, 3];
        float exact = 0.5f + features.Sum(f => weights[f]);
        float largest = weights.Max(MathF.Abs);

        decision.Margin(features).Should().BeApproximately(exact, (features.Length * largest / 65534f) + 1e-5f);
    }

    [Fact]
    public void The_embedded_model_loads()
    {
        AttributionModel.Default.Description.Should().Contain("train");
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 }, "signature")]
    [InlineData(new byte[] { (byte)'Q', (byte)'A', (byte)'M', (byte)'O', (byte)'D', (byte)'E', (byte)'L', 0, 9, 0, 0, 0 }, "version 9")]
    [InlineData(new byte[] { (byte)'Q', (byte)'A', (byte)'M', (byte)'O', (byte)'D', (byte)'E', (byte)'L', 0, 1, 0, 0, 0 }, "truncated")]
    public void A_bad_model_file_fails_clearly(byte[] bytes, string reason)
    {
        var load = () => AttributionModel.Load(new MemoryStream(bytes));
        load.Should().Throw<InvalidDataException>().WithMessage($"*{reason}*");
    }

    [Theory]
    [InlineData(new byte[] { 1, 0, 0, 0, 0 }, "not a word")] // one cue word, empty
    [InlineData(new byte[] { 1, 0, 0, 0, 3, (byte)'a', (byte)' ', (byte)'b' }, "not a word")]
    [InlineData(new byte[] { 1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x07 }, "truncated")] // a 2 GB word in a small file
    [InlineData(new byte[] { 0xFE, 0xFF, 0xFF, 0xFF }, "cue words")] // count -2
    public void A_damaged_cue_vocabulary_fails_clearly(byte[] vocabulary, string reason)
    {
        // A real model without a vocabulary ends with the count -1; put the damaged vocabulary in its place.
        byte[] bytes = Bytes(ModelTrainer.Train(TrainingSet(), Small with { MinCueCount = 0 }, "v").Model);
        byte[] damaged = [.. bytes[..^4], .. vocabulary];

        var load = () => AttributionModel.Load(new MemoryStream(damaged));

        load.Should().Throw<InvalidDataException>().WithMessage($"*{reason}*");
    }

    [Fact]
    public void A_truncated_copy_of_a_real_model_fails_clearly()
    {
        byte[] bytes = Bytes(ModelTrainer.Train(TrainingSet(), Small, "t").Model);
        var load = () => AttributionModel.Load(new MemoryStream(bytes[..(bytes.Length - 3)]));
        load.Should().Throw<InvalidDataException>().WithMessage("*truncated*");
    }
}
