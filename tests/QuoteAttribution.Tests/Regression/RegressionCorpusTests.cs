using System.Globalization;
using System.Text;

namespace QuoteAttribution.Tests.Regression;

/// <summary>
/// The regression corpus: one short news paragraph per construction (Data/regression/cases.jsonl), each with the quotes
/// the engine must find, the speakers it must name (or leave unnamed), and what it must not report. A case that starts
/// failing is a regression in the engine, not in the case.
/// </summary>
public sealed class RegressionCorpusTests
{
    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (string id in RegressionCorpus.All.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_is_extracted_as_expected(string id)
    {
        var c = RegressionCorpus.Get(id);
        var result = QuoteExtractor.Extract(c.Text);
        var problems = new List<string>();

        foreach (var expected in c.Quotes)
        {
            var kind = RegressionCorpus.ParseKind(expected.Kind);
            var quote = result.Quotes.FirstOrDefault(q => q.Kind == kind && q.Text.Contains(expected.Text, StringComparison.Ordinal));
            if (quote is null)
            {
                problems.Add($"no {kind} quote containing «{expected.Text}»");
            }
            else if (quote.SpeakerName != expected.Speaker)
            {
                problems.Add($"{kind} «{expected.Text}»: speaker {Show(quote.SpeakerName)}, expected {Show(expected.Speaker)}");
            }
        }

        foreach (var forbidden in c.Forbidden)
        {
            QuoteKind? kind = forbidden.Kind is null ? null : RegressionCorpus.ParseKind(forbidden.Kind);
            if (result.Quotes.Any(q => (kind is null || q.Kind == kind) && q.Text.Contains(forbidden.Text, StringComparison.Ordinal)))
            {
                problems.Add($"found a {(kind?.ToString() ?? "quote")} containing «{forbidden.Text}», which must not be reported");
            }
        }

        if (c.Count is int count && result.Quotes.Length != count)
        {
            problems.Add($"{result.Quotes.Length} quotes, expected {count}");
        }

        problems.Should().BeEmpty(Describe(c, result));
    }

    [Fact]
    public void Corpus_is_big_enough_and_well_formed()
    {
        var cases = RegressionCorpus.All.Values.ToList();
        cases.Should().HaveCountGreaterThanOrEqualTo(40);
        cases.Count(c => c.Negative).Should().BeGreaterThanOrEqualTo(12);
        foreach (var c in cases)
        {
            c.Construction.Should().NotBeNullOrWhiteSpace(c.Id);
            (c.Quotes.Count > 0 || c.Forbidden.Count > 0 || c.Count is not null).Should().BeTrue($"case {c.Id} must assert something");
            foreach (var q in c.Quotes)
            {
                c.Text.Should().Contain(q.Text, $"case {c.Id}: an expected quote must be part of the text");
                Enum.TryParse<QuoteKind>(q.Kind, ignoreCase: true, out _).Should().BeTrue($"case {c.Id}: kind {q.Kind}");
            }
        }
    }

    [Fact]
    public void Every_case_keeps_text_equal_to_its_span()
    {
        foreach (var c in RegressionCorpus.All.Values)
        {
            var result = QuoteExtractor.Extract(c.Text);
            result.Text.Should().Be(c.Text);
            foreach (var q in result.Quotes)
            {
                q.Text.Should().Be(c.Text.Substring(q.Span.Start, q.Span.Length), c.Id);
                if (q.Mention is { } m)
                {
                    m.Text.Should().Be(c.Text.Substring(m.Span.Start, m.Span.Length), c.Id);
                }

                if (q.Cue is { } cue)
                {
                    cue.Text.Should().Be(c.Text.Substring(cue.Span.Start, cue.Span.Length), c.Id);
                }
            }
        }
    }

    private static string Show(string? name) => name is null ? "null" : $"\"{name}\"";

    private static string Describe(RegressionCase c, QuoteExtractionResult result)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"case {c.Id} ({c.Construction})\n  text: {c.Text}\n  actual quotes:");
        if (result.Quotes.IsEmpty)
        {
            sb.Append(" none");
        }

        foreach (var q in result.Quotes)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n    {q.Kind} «{q.Text}» speaker={Show(q.SpeakerName)} mention={q.Mention?.Text ?? "-"} cue={q.Cue?.Text ?? "-"}");
        }

        return sb.ToString();
    }
}
