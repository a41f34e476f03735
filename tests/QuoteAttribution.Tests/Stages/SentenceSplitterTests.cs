using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Stages;

/// <summary>SentenceSplitter: sentence and paragraph numbers of each token.</summary>
public sealed class SentenceSplitterTests
{
    /// <summary>Sentences of a text as strings, from the first to the last token of each.</summary>
    private static List<string> Sentences(string text)
    {
        using var doc = Stage.Parse(text);
        var result = new List<string>();
        int first = 0;
        for (int i = 1; i <= doc.Count; i++)
        {
            if (i == doc.Count || doc[i].Sentence != doc[first].Sentence)
            {
                result.Add(doc.Slice(first, i - 1).ToString());
                first = i;
            }
        }

        return result;
    }

    [Theory]
    [InlineData("The talks ended. Both sides left.", new[] { "The talks ended.", "Both sides left." })]
    [InlineData("Did it work? Nobody knows! We wait.", new[] { "Did it work?", "Nobody knows!", "We wait." })]
    [InlineData("Mr. Smith met Sen. Jones in Washington.", new[] { "Mr. Smith met Sen. Jones in Washington." })]
    [InlineData("ORLANDO, Fla. (Reuters) - The mayor spoke.", new[] { "ORLANDO, Fla. (Reuters) - The mayor spoke." })]
    [InlineData("The rally was in Phoenix, Ariz. Sara Long spoke.", new[] { "The rally was in Phoenix, Ariz.", "Sara Long spoke." })]
    [InlineData("He said it would \"damage... Arvona's position\" badly. We wait.", new[] { "He said it would \"damage... Arvona's position\" badly.", "We wait." })]
    [InlineData("He waited... Then he left.", new[] { "He waited...", "Then he left." })]
    [InlineData("The U.S. Army said it was ready.", new[] { "The U.S. Army said it was ready." })]
    [InlineData("John F. Kennedy spoke. Then he left.", new[] { "John F. Kennedy spoke.", "Then he left." })]
    [InlineData("It cost 1,000.5 euros. Prices rose.", new[] { "It cost 1,000.5 euros.", "Prices rose." })]
    [InlineData("He paused... and went on.", new[] { "He paused... and went on." })]
    [InlineData("“We are ready.” Then he left.", new[] { "“We are ready.”", "Then he left." })]
    [InlineData("He said: “We are ready.” Then he left.", new[] { "He said: “We are ready.”", "Then he left." })]
    [InlineData("“Is it over?” she asked.", new[] { "“Is it over?” she asked." })]
    [InlineData("They agreed (finally.) Talks end.", new[] { "They agreed (finally.)", "Talks end." })]
    [InlineData("“It is over.” “No, it is not.”", new[] { "“It is over.”", "“No, it is not.”" })]
    [InlineData("Sales fell 5%. 2025 was worse.", new[] { "Sales fell 5%.", "2025 was worse." })]
    public void Splits_sentences(string text, string[] expected)
    {
        Sentences(text).Should().Equal(expected);
    }

    [Fact]
    public void Closing_marks_glued_to_the_period_stay_in_the_sentence()
    {
        const string text = "He said “Never.” Then he left.";
        using var doc = Stage.Parse(text);
        int close = Enumerable.Range(0, doc.Count).Single(i => doc.Slice(i) is "”");
        doc[close].Sentence.Should().Be(doc[close - 1].Sentence);
        doc[close + 1].Sentence.Should().Be(doc[close].Sentence + 1);
        doc[close + 1].Has(TokenFlags.SentenceStart).Should().BeTrue();
    }

    [Theory]
    [InlineData("Headline without period\nFirst sentence here", 2, 2)]
    [InlineData("One.\n\nTwo.\n\n\nThree.", 3, 3)]
    [InlineData("Line one\r\nline two", 2, 2)]
    [InlineData("A text in one paragraph. With two sentences.", 1, 2)]
    public void Line_breaks_start_paragraphs_and_sentences(string text, int paragraphs, int sentences)
    {
        using var doc = Stage.Parse(text);
        var tokens = doc.Tokens.ToArray();
        Enumerable.Range(0, doc.Count).Select(doc.ParagraphOf).Distinct().Should().HaveCount(paragraphs);
        tokens.Select(t => t.Sentence).Distinct().Should().HaveCount(sentences);
        tokens.Where(t => t.Has(TokenFlags.ParagraphStart)).Should().OnlyContain(t => t.Has(TokenFlags.SentenceStart));
    }

    [Fact]
    public void A_lower_case_word_after_a_period_does_not_start_a_sentence()
    {
        Sentences("The vote is set for Jan. next year.").Should().ContainSingle();
    }

    [Theory]
    [InlineData("“Leading mark. Then a sentence.\nAnd a paragraph.")]
    [InlineData("... trailing start. Two.")]
    [InlineData(")")]
    public void Every_token_has_a_paragraph_and_no_sentence_spans_two(string text)
    {
        using var doc = Stage.Parse(text);
        for (int i = 1; i < doc.Count; i++)
        {
            if (doc[i].Sentence == doc[i - 1].Sentence)
            {
                doc.ParagraphOf(i).Should().Be(doc.ParagraphOf(i - 1));
            }
        }

        doc.ParagraphOf(doc.Count - 1).Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void Numbers_are_monotonic_and_start_at_zero()
    {
        using var doc = Stage.Parse("First. Second.\nThird. Fourth.");
        var tokens = doc.Tokens.ToArray();
        tokens[0].Sentence.Should().Be(0);
        doc.ParagraphOf(0).Should().Be(0);
        tokens.Select(t => t.Sentence).Should().BeInAscendingOrder();
        Enumerable.Range(0, doc.Count).Select(doc.ParagraphOf).Should().BeInAscendingOrder();
        tokens[^1].Sentence.Should().Be(3);
        doc.ParagraphOf(doc.Count - 1).Should().Be(1);
    }
}
