namespace QuoteAttribution.Tests.Stages;

/// <summary>The public entry points: argument checks, empty input, and the span invariants every result keeps.</summary>
public sealed class QuoteExtractorTests
{
    [Fact]
    public void Null_text_throws_ArgumentNullException()
    {
        var act = () => QuoteExtractor.Extract((string)null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");

        var instance = () => new QuoteExtractor().ExtractQuotes(null!);
        instance.Should().Throw<ArgumentNullException>().WithParameterName("text");

        var batch = () => new QuoteExtractor().ExtractAll(null!);
        batch.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("No quotation here at all.")]
    [InlineData("“”")]
    public void Text_without_quotes_gives_an_empty_result(string text)
    {
        var result = QuoteExtractor.Extract(text);
        result.Text.Should().Be(text);
        result.Quotes.Should().BeEmpty();
        result.Speakers.Should().BeEmpty();
        result.NonQuotes.Should().BeEmpty();
    }

    [Fact]
    public void Span_overload_gives_the_same_result()
    {
        const string text = "“We will rebuild every home,” Mayor Anna Berg said.";
        var fromSpan = QuoteExtractor.Extract(text.AsSpan());
        var fromString = QuoteExtractor.Extract(text);
        fromSpan.Quotes.Should().Equal(fromString.Quotes);
        fromSpan.Text.Should().Be(text);
    }

    public static TheoryData<string> SeedIds()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Data", "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Every_span_of_a_real_article_matches_its_text(string seed)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "seeds", seed));
        var result = new QuoteExtractor(new QuoteExtractorOptions { ReportNonQuotes = true }).ExtractQuotes(text);

        result.Quotes.Should().NotBeEmpty();
        result.Quotes.Select(q => q.Span.Start).Should().BeInAscendingOrder();
        foreach (var q in result.Quotes)
        {
            q.Span.End.Should().BeLessThanOrEqualTo(text.Length);
            q.Text.Should().Be(text.Substring(q.Span.Start, q.Span.Length));
            q.Text.Should().NotBeEmpty();
            q.Confidence.Should().BeInRange(0, 1);
            if (q.Mention is { } m)
            {
                m.Text.Should().Be(text.Substring(m.Span.Start, m.Span.Length));
                m.Span.Length.Should().BeLessThanOrEqualTo(80);
            }

            if (q.Cue is { } c)
            {
                c.Text.Should().Be(text.Substring(c.Span.Start, c.Span.Length));
            }

            if (q.SpeakerId is int id)
            {
                result.Speakers[id].Quotes.Should().Contain(q);
                q.SpeakerIds.Should().Contain(id);
            }
            else
            {
                q.SpeakerName.Should().BeNull();
                q.SpeakerIds.Should().BeEmpty();
            }
        }

        result.Speakers.Select(s => s.Id).Should().Equal(Enumerable.Range(0, result.Speakers.Length));
        foreach (var s in result.Speakers)
        {
            s.Mentions.Should().OnlyContain(m => m.Text == text.Substring(m.Span.Start, m.Span.Length));
        }

        foreach (var span in result.NonQuotes)
        {
            span.End.Should().BeLessThanOrEqualTo(text.Length);
        }
    }

    [Fact]
    public void Minimum_confidence_drops_weaker_quotes()
    {
        const string text = "“We will rebuild every home,” Mayor Anna Berg said. “It will take two years.”";
        QuoteExtractor.Extract(text).Quotes.Should().HaveCount(2);
        var strict = new QuoteExtractor(new QuoteExtractorOptions { MinimumConfidence = 0.8 }).ExtractQuotes(text);
        strict.Quotes.Should().ContainSingle().Which.Text.Should().Be("We will rebuild every home,");
    }

    [Fact]
    public void Batch_results_come_back_in_input_order()
    {
        string[] texts = ["“A is here,” Anna Berg said.", "No quote.", "“B is here,” Tom Reilly said.", string.Empty];
        var results = new QuoteExtractor(new QuoteExtractorOptions { MaxDegreeOfParallelism = 2 }).ExtractAll(texts).ToList();
        results.Select(r => r.Text).Should().Equal(texts);
        results[0].Quotes.Single().SpeakerName.Should().Be("Anna Berg");
        results[2].Quotes.Single().SpeakerName.Should().Be("Tom Reilly");
    }
}
