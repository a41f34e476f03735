namespace QuoteAttribution.Tests.Stages;

/// <summary>PartialQuoteAttributor (through the public API): fragments in marks take the speaker of the clause around them; titles take nobody.</summary>
public sealed class PartialQuoteAttributorTests
{
    [Theory]
    [InlineData("Mayor Anna Berg criticised the “slow and clumsy” response of the agency, saying the town deserved better.", "slow and clumsy")]
    [InlineData("Mayor Anna Berg said the agency’s “slow” response had cost lives.", "slow")]
    [InlineData("“We will rebuild every home,” Mayor Anna Berg said of the “terrible” flood.", "terrible")]
    public void A_fragment_takes_the_speaker_of_its_sentence(string text, string fragment)
    {
        var q = Api.Single(QuoteExtractor.Extract(text), QuoteKind.Partial, fragment);
        q.SpeakerName.Should().Be("Anna Berg");
        q.Method.Should().Be(AttributionMethod.Enclosing);
        q.Cue.Should().BeNull();
    }

    [Theory]
    [InlineData("Mayor Anna Berg apologised for her “careless remarks” on Monday.", "careless remarks", "apologised")]
    [InlineData("Mayor Anna Berg blamed “years of neglect” for the flood.", "years of neglect", "blamed")]
    [InlineData("Mayor Anna Berg once referred to the agency as “a sleeping giant”.", "a sleeping giant", "referred")]
    public void A_fragment_after_a_verb_of_saying_without_a_clause_takes_the_verb_s_subject(string text, string fragment, string cue)
    {
        var q = Api.Single(QuoteExtractor.Extract(text), QuoteKind.Partial, fragment);
        q.SpeakerName.Should().Be("Anna Berg");
        q.Cue!.Text.Should().Be(cue);
    }

    [Theory]
    [InlineData("Mayor Anna Berg wants to see “proper health checks” when homes are sold.", "proper health checks")]
    [InlineData("Mayor Anna Berg believes the new line could be “the making of the town”.", "the making of the town")]
    public void A_fragment_after_a_verb_of_wanting_or_believing_takes_its_subject(string text, string fragment)
    {
        var q = Api.Single(QuoteExtractor.Extract(text), QuoteKind.Partial, fragment);
        q.SpeakerName.Should().Be("Anna Berg");
        q.Method.Should().Be(AttributionMethod.Subject);
        q.Cue.Should().BeNull();
    }

    // The writer's or reader's own belief, a one-word fragment (a scare quote as often) and a fragment far past the verb
    // in a clause of its own are nobody's.
    [Theory]
    [InlineData("I think the new design is rather “retro” in places.")]
    [InlineData("Mayor Anna Berg thinks the rise was “modest” at best.")]
    [InlineData("Anna Berg wanted to keep control of the firm, and preferred a deal to sell a stake and give the bank the right to sell it in future, known as a “put option”.")]
    public void A_fragment_not_owned_by_a_believer_is_no_quote(string text)
    {
        QuoteExtractor.Extract(text).Quotes.Should().BeEmpty();
    }

    [Fact]
    public void A_partial_quote_inside_reported_speech_comes_right_after_the_clause_that_holds_it()
    {
        var result = QuoteExtractor.Extract("Mayor Anna Berg said the agency’s “slow” response had cost lives.");
        result.Quotes.Select(q => q.Kind).Should().Equal(QuoteKind.Indirect, QuoteKind.Partial);
        result.Quotes[0].Span.Contains(result.Quotes[1].Span).Should().BeTrue();
    }

    [Fact]
    public void Partial_quotes_can_be_switched_off()
    {
        const string text = "Mayor Anna Berg said the agency’s “slow” response had cost lives.";
        var result = new QuoteExtractor(new QuoteExtractorOptions { IncludePartial = false }).ExtractQuotes(text);
        result.Quotes.Should().ContainSingle().Which.Kind.Should().Be(QuoteKind.Indirect);
    }

    [Theory]
    [InlineData("Millions of teenagers still play the game “Fortnite” every week.", "Fortnite")]
    [InlineData("The director’s new film “The Long Winter” opens in cinemas on Friday.", "The Long Winter")]
    public void Titles_are_not_quotes_and_are_reported_as_non_quotes_on_request(string text, string title)
    {
        QuoteExtractor.Extract(text).Quotes.Should().BeEmpty();
        QuoteExtractor.Extract(text).NonQuotes.Should().BeEmpty("non-quotes are listed only on request");

        var result = new QuoteExtractor(new QuoteExtractorOptions { ReportNonQuotes = true }).ExtractQuotes(text);
        result.Quotes.Should().BeEmpty();
        result.NonQuotes.Should().ContainSingle().Which.Slice(text).ToString().Should().Be(title);
    }

    [Fact]
    public void A_scare_quote_nobody_said_is_not_a_direct_quote()
    {
        var result = QuoteExtractor.Extract("The so-called “reform” has left thousands of families without support.");
        result.Quotes.Should().BeEmpty("a scare quote with no speaker around it is nobody's words");
    }
}
