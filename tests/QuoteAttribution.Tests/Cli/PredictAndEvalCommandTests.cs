using System.Text.Json;
using QuoteAttribution.Evaluation;
using QuoteAttribution.Tests.Evaluation;

namespace QuoteAttribution.Tests.Cli;

public class PredictAndEvalCommandTests
{
    [Fact]
    public void Predict_writes_one_prediction_line_per_document_with_the_ids_in_input_order()
    {
        var result = CliHarness.Run("predict", CliHarness.DevGold);

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        var predictions = PredictionJson.Read(new StringReader(result.Stdout)).ToList();
        var gold = GoldReader.ReadFile(CliHarness.DevGold);
        predictions.Select(p => p.Id).Should().Equal(gold.Select(g => g.Id));
        result.StdoutLines.Should().HaveCount(5).And.OnlyContain(l => l.StartsWith("{\"id\":", StringComparison.Ordinal));
    }

    [Fact]
    public void Predict_needs_only_ids_and_texts()
    {
        using var temp = new TempDirectory();
        string gold = temp.File("texts.jsonl", "{\"id\": \"b\", \"text\": \"One.\"}\n{\"id\": \"a\", \"text\": \"Two.\"}\n");

        var result = CliHarness.Run("predict", gold);

        result.ExitCode.Should().Be(0);
        result.StdoutLines.Should().Equal("""{"id":"b","quotes":[]}""", """{"id":"a","quotes":[]}""");
    }

    [Fact]
    public void Eval_of_the_librarys_own_predictions_prints_the_four_rows()
    {
        var result = CliHarness.Run("eval", CliHarness.DevGold);

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        result.StdoutLines[1].Should().StartWith("row").And.Contain("speaker_acc").And.Contain("attribution_F1");
        result.StdoutLines.Skip(2).Take(4).Select(l => l.Split(' ')[0]).Should().Equal("direct", "indirect", "partial", "all");
        result.StdoutLines[5].Should().MatchRegex(@"^all\s+66\s");
    }

    [Fact]
    public void Predict_with_the_embedded_model_adds_to_the_rules_predictions()
    {
        var rules = CliHarness.Run("predict", CliHarness.DevGold);
        var learned = CliHarness.Run("predict", "--model", "default", CliHarness.DevGold);

        learned.ExitCode.Should().Be(0);
        learned.Stderr.Should().BeEmpty();
        learned.StdoutLines.Should().HaveSameCount(rules.StdoutLines);
        string.Concat(learned.StdoutLines).Length.Should().BeGreaterThan(string.Concat(rules.StdoutLines).Length, "the model finds reported speech the rules leave");
    }

    [Fact]
    public void Eval_with_a_model_that_cannot_be_loaded_is_one_error_line_and_exit_1()
    {
        using var temp = new TempDirectory();
        string bad = Path.Combine(temp.Path, "model.bin");
        File.WriteAllText(bad, "not a model");

        var result = CliHarness.Run("eval", "--model", bad, CliHarness.DevGold);

        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("cannot load model").And.Contain("QAMODEL");
    }

    [Fact]
    public void Eval_of_gold_as_predictions_scores_1_and_json_has_the_four_rows()
    {
        using var temp = new TempDirectory();
        var gold = GoldReader.ReadFile(CliHarness.DevGold);
        string predicted = temp.File("pred.jsonl", string.Concat(gold.Select(GoldBuilder.AsPrediction).Select(p => PredictionJson.ToJsonLine(p) + "\n")));

        var table = CliHarness.Run("eval", CliHarness.DevGold, predicted);
        var json = CliHarness.Run("eval", "--json", CliHarness.DevGold, predicted);

        table.ExitCode.Should().Be(0);
        table.StdoutLines[5].Should().MatchRegex(@"^all\s+66\s+66\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000$");
        json.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(json.Stdout);
        document.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("direct", "indirect", "partial", "all");
        document.RootElement.GetProperty("all").GetProperty("attribution_F1").GetDouble().Should().Be(1);
    }

    [Fact]
    public void Eval_warns_about_prediction_lines_it_ignores_but_still_exits_0()
    {
        using var temp = new TempDirectory();
        string predicted = temp.File("pred.jsonl", "{\"id\": \"nope\", \"quotes\": []}\n{\"id\": \"000_4cb482f20df9b447\", \"quotes\": []}\n{\"id\": \"000_4cb482f20df9b447\", \"quotes\": []}\n");

        var result = CliHarness.Run("eval", CliHarness.DevGold, predicted);

        result.ExitCode.Should().Be(0);
        result.StderrLines.Should().Equal(
            $"warning: {predicted}: 1 prediction lines for ids not in the gold were ignored",
            $"warning: {predicted}: 1 prediction lines repeat an earlier id and were ignored");
    }

    [Fact]
    public void Eval_errors_lists_misses_false_quotes_and_wrong_speakers()
    {
        using var temp = new TempDirectory();
        var gold = GoldReader.ReadFile(CliHarness.DevGold);
        var first = GoldBuilder.AsPrediction(gold[0]);
        var quotes = first.Quotes.RemoveAt(0).SetItem(0, first.Quotes[1] with { Speaker = "Somebody Else" }).Add(new PredictedQuote(AnnotatedKind.Direct, 0, 4, null, null, null));
        string predicted = temp.File("pred.jsonl", PredictionJson.ToJsonLine(first with { Quotes = quotes }) + "\n");

        var result = CliHarness.Run("eval", "--errors", CliHarness.DevGold, predicted);

        result.ExitCode.Should().Be(0);
        result.StdoutLines.Should().Contain(l => l.StartsWith("missed", StringComparison.Ordinal) && l.Contains("000_4cb482f20df9b447", StringComparison.Ordinal) && l.Contains("gold: Dmitry Peskov", StringComparison.Ordinal));
        result.StdoutLines.Should().Contain(l => l.StartsWith("false quote", StringComparison.Ordinal) && l.Contains("[0..4)", StringComparison.Ordinal));
        result.StdoutLines.Should().Contain(l => l.StartsWith("wrong speaker", StringComparison.Ordinal) && l.Contains("pred: Somebody Else", StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_with_an_unreadable_or_malformed_file_prints_one_error_line_and_exits_1()
    {
        using var temp = new TempDirectory();
        string missing = Path.Combine(temp.Path, "none.jsonl");
        string malformed = temp.File("bad.jsonl", "{\"id\": \"x\", \"quotes\": [{\"kind\": \"direct\"}]}\n");

        var noGold = CliHarness.Run("eval", missing);
        var badPred = CliHarness.Run("eval", CliHarness.DevGold, malformed);

        noGold.ExitCode.Should().Be(1);
        noGold.StderrLines.Should().Equal($"error: {missing}: no such file or directory");
        badPred.ExitCode.Should().Be(1);
        badPred.StderrLines.Should().ContainSingle().Which.Should().StartWith($"error: {malformed}: line 1: ");
        badPred.Stdout.Should().BeEmpty();
    }
}
