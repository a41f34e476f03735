using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Accuracy;

/// <summary>
/// The library's own predictions on the bundled development set (five real articles, exact scoring), scored with the
/// protocol of ANNOTATION.md. The floors are the targets the project committed to; a change that drops below one fails.
/// </summary>
public sealed class DevSetAccuracyTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() =>
    {
        var gold = GoldReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "dev.jsonl"));
        var extractor = new QuoteExtractor();
        var predictions = new List<PredictionDocument>();
        foreach (var document in gold)
        {
            predictions.Add(Predictions.FromResult(document.Id, extractor.ExtractQuotes(document.Text)));
        }

        return Scorer.Score(gold, predictions);
    });

    [Theory]
    [InlineData("direct", 0.95, 0.97)]
    [InlineData("indirect", 0.80, 0.85)]
    [InlineData("all", 0.90, 0.90)]
    public void Dev_set_meets_its_floors(string row, double quoteF1, double attributionF1)
    {
        var r = row switch
        {
            "direct" => Report.Value.Direct,
            "indirect" => Report.Value.Indirect,
            _ => Report.Value.All,
        };

        r.F1.Should().BeGreaterThanOrEqualTo(quoteF1, $"quote F1 of row {row}");
        r.AttributionF1.Should().BeGreaterThanOrEqualTo(attributionF1, $"attribution F1 of row {row}");
    }
}
