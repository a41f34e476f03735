using System.Text.Json;
using QuoteAttribution.Evaluation;
using static QuoteAttribution.Tests.Evaluation.GoldBuilder;

namespace QuoteAttribution.Tests.Evaluation;

public class EvaluationReportJsonTests
{
    private static readonly string[] RowNames = ["direct", "indirect", "partial", "all"];
    private static readonly string[] Keys = ["gold", "pred", "P", "R", "F1", "speaker_acc", "attribution_F1"];

    [Fact]
    public void Has_the_four_rows_each_with_the_seven_keys()
    {
        var gold = GoldReader.ReadFile(DataPath("dev.jsonl"));
        var report = Scorer.Score(gold, gold.Select(AsPrediction));

        using var json = JsonDocument.Parse(EvaluationReportJson.ToJson(report));

        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(RowNames);
        foreach (var row in json.RootElement.EnumerateObject())
        {
            row.Value.EnumerateObject().Select(p => p.Name).Should().Equal(Keys);
            row.Value.GetProperty("F1").GetDouble().Should().Be(1);
            row.Value.GetProperty("attribution_F1").GetDouble().Should().Be(1);
        }

        json.RootElement.GetProperty("all").GetProperty("gold").GetInt32().Should().Be(66);
    }

    [Fact]
    public void Undefined_figures_are_null_and_errors_are_added_only_when_asked()
    {
        var gold = GoldReader.ReadFile(DataPath("dev.jsonl"));
        var report = Scorer.Score(gold, []);

        using var plain = JsonDocument.Parse(EvaluationReportJson.ToJson(report));
        using var withErrors = JsonDocument.Parse(EvaluationReportJson.ToJson(report, includeErrors: true));

        var all = plain.RootElement.GetProperty("all");
        all.GetProperty("pred").GetInt32().Should().Be(0);
        all.GetProperty("P").ValueKind.Should().Be(JsonValueKind.Null);
        all.GetProperty("R").GetDouble().Should().Be(0);
        all.GetProperty("speaker_acc").ValueKind.Should().Be(JsonValueKind.Null);
        plain.RootElement.TryGetProperty("errors", out _).Should().BeFalse();
        withErrors.RootElement.GetProperty("errors").GetArrayLength().Should().Be(66);
        withErrors.RootElement.GetProperty("errors")[0].GetProperty("type").GetString().Should().Be("missed");
    }
}
