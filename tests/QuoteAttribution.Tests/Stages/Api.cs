namespace QuoteAttribution.Tests.Stages;

/// <summary>Looks up quotes in a public result by their text, for attribution tests that go through <see cref="QuoteExtractor"/>.</summary>
internal static class Api
{
    public static Quote Single(QuoteExtractionResult result, QuoteKind kind, string text)
    {
        var matches = result.Quotes.Where(q => q.Kind == kind && q.Text == text).ToList();
        matches.Should().ContainSingle($"one {kind} quote «{text}» is expected; found: {Describe(result)}");
        return matches[0];
    }

    public static string Describe(QuoteExtractionResult result) =>
        result.Quotes.IsEmpty
            ? "no quotes"
            : string.Join("; ", result.Quotes.Select(q => $"{q.Kind} «{q.Text}» by {q.SpeakerName ?? "null"} (mention {q.Mention?.Text ?? "-"}, cue {q.Cue?.Text ?? "-"})"));
}
