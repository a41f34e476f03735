using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteAttribution.Tests.Regression;

/// <summary>One hand-written news paragraph of Data/regression/cases.jsonl and what the engine must find in it.</summary>
public sealed record RegressionCase
{
    /// <summary>Gets a short unique name; the theory shows it.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Gets the construction the case stands for (<c>“…,” X said.</c>, <c>according to X, …</c>).</summary>
    [JsonPropertyName("construction")]
    public required string Construction { get; init; }

    /// <summary>Gets a value indicating whether the case checks that the engine does NOT find or name something.</summary>
    [JsonPropertyName("negative")]
    public bool Negative { get; init; }

    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>Gets the quotes that must be found: kind, a distinctive substring of the quote, and the speaker's name (null: unnamed).</summary>
    [JsonPropertyName("quotes")]
    public IReadOnlyList<ExpectedQuote> Quotes { get; init; } = [];

    /// <summary>Gets quotes that must NOT be found (kind null: of any kind).</summary>
    [JsonPropertyName("forbidden")]
    public IReadOnlyList<ForbiddenQuote> Forbidden { get; init; } = [];

    /// <summary>Gets the exact number of quotes, when the case fixes it.</summary>
    [JsonPropertyName("count")]
    public int? Count { get; init; }

    public override string ToString() => Id;
}

public sealed record ExpectedQuote(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("speaker")] string? Speaker);

public sealed record ForbiddenQuote(
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("text")] string Text);

/// <summary>Loads the regression corpus from the test output folder (Data/** is copied there).</summary>
public static class RegressionCorpus
{
    private static readonly Lazy<IReadOnlyDictionary<string, RegressionCase>> Cases = new(Load);

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Data", "regression", "cases.jsonl");

    public static IReadOnlyDictionary<string, RegressionCase> All => Cases.Value;

    public static RegressionCase Get(string id) => All[id];

    public static QuoteKind ParseKind(string kind) => Enum.Parse<QuoteKind>(kind, ignoreCase: true);

    private static Dictionary<string, RegressionCase> Load()
    {
        var cases = new Dictionary<string, RegressionCase>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(FilePath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var c = JsonSerializer.Deserialize<RegressionCase>(line)
                ?? throw new InvalidDataException($"cases.jsonl line {lineNumber} is null.");
            if (!cases.TryAdd(c.Id, c))
            {
                throw new InvalidDataException($"cases.jsonl line {lineNumber}: duplicate id '{c.Id}'.");
            }
        }

        return cases;
    }
}
