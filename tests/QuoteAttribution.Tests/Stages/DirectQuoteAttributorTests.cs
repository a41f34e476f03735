namespace QuoteAttribution.Tests.Stages;

/// <summary>DirectQuoteAttributor (through the public API): the cue and speaker next to a quotation in marks.</summary>
public sealed class DirectQuoteAttributorTests
{
    [Theory]
    [InlineData("“We will rebuild every home,” Mayor Anna Berg said.", "We will rebuild every home,", "Anna Berg", "Mayor Anna Berg", "said")]
    [InlineData("“We will rebuild every home,” Berg said on Tuesday.", "We will rebuild every home,", "Berg", "Berg", "said")]
    [InlineData("Mayor Anna Berg said, “We will rebuild every home.”", "We will rebuild every home.", "Anna Berg", "Mayor Anna Berg", "said")]
    [InlineData("Mayor Anna Berg said: “We will rebuild every home.”", "We will rebuild every home.", "Anna Berg", "Mayor Anna Berg", "said")]
    [InlineData("“We will rebuild every home,” said Mayor Anna Berg.", "We will rebuild every home,", "Anna Berg", "Mayor Anna Berg", "said")]
    [InlineData("“We will rebuild every home,” said Anna Berg, the mayor of the town.", "We will rebuild every home,", "Anna Berg", "Anna Berg", "said")]
    [InlineData("“We will rebuild every home,” scoffed Anna Berg, 54, who runs the town.", "We will rebuild every home,", "Anna Berg", "Anna Berg", "scoffed")]
    [InlineData("Said Anna Berg, who grew up in the town, “We will rebuild every home.”", "We will rebuild every home.", "Anna Berg", "Anna Berg", "Said")]
    [InlineData("In short, explained town moderator Anna Berg: “We will rebuild every home.”", "We will rebuild every home.", "Anna Berg", "town moderator Anna Berg", "explained")]
    [InlineData("“We will rebuild every home,” said Swedish town council official Anna Berg.", "We will rebuild every home,", "Anna Berg", "Swedish town council official Anna Berg", "said")]
    [InlineData("Mayor Anna Berg told reporters: “We will rebuild every home.”", "We will rebuild every home.", "Anna Berg", "Mayor Anna Berg", "told")]
    [InlineData("Mayor Anna Berg told the BBC: “We will rebuild every home.”", "We will rebuild every home.", "Anna Berg", "Mayor Anna Berg", "told")]
    [InlineData("“We will rebuild every home,” Anna Berg wrote on Facebook on Sunday.", "We will rebuild every home,", "Anna Berg", "Anna Berg", "wrote on Facebook")]
    [InlineData("“We will rebuild every home,” Anna Berg wrote on X late on Sunday.", "We will rebuild every home,", "Anna Berg", "Anna Berg", "wrote on X")]
    [InlineData("Mayor Anna Berg said in a statement: “We will rebuild every home.”", "We will rebuild every home.", "Anna Berg", "Mayor Anna Berg", "said")]
    [InlineData("According to Mayor Anna Berg, “We will rebuild every home.”", "We will rebuild every home.", "Anna Berg", "Mayor Anna Berg", "According to")]
    [InlineData("\"We will rebuild every home,\" Berg said.", "We will rebuild every home,", "Berg", "Berg", "said")]
    [InlineData("‘We will rebuild every home,’ Berg said.", "We will rebuild every home,", "Berg", "Berg", "said")]
    [InlineData("«We will rebuild every home», Berg said.", "We will rebuild every home", "Berg", "Berg", "said")]
    [InlineData("“We will rebuild every home,” says Nordvale Bank's Anna Berg.", "We will rebuild every home,", "Anna Berg", "Nordvale Bank's Anna Berg", "says")]
    [InlineData("“We will rebuild every home,” added Gartner's principal analyst Anna Berg.", "We will rebuild every home,", "Anna Berg", "Gartner's principal analyst Anna Berg", "added")]
    public void Attributes_a_quote_to_the_speaker_next_to_its_cue(string text, string quote, string speaker, string mention, string cue)
    {
        var result = QuoteExtractor.Extract(text);
        var q = Api.Single(result, QuoteKind.Direct, quote);

        q.SpeakerName.Should().Be(speaker);
        q.Mention!.Text.Should().Be(mention);
        q.Cue!.Text.Should().Be(cue);
        q.Method.Should().Be(AttributionMethod.Explicit);
        q.Confidence.Should().BeApproximately(0.9, 0.001, "an explicit cue with a name is the most trusted attribution");
        result.GetSpeaker(q)!.Name.Should().Be(speaker);
    }

    // A name's "'s" before a person of its own, or a name modifying role words before one ("Google founder and director
    // Anna Berg"): the person speaks, known by a role or a first name; a role it owns speaks unnamed, or named by an
    // appositive; "London's Evening Standard" (no role, no first name) stays the owner's.
    [Theory]
    [InlineData("“Sales will rise,” said Google's chief executive, Eric Schmidt.", "Eric Schmidt", "Google's chief executive, Eric Schmidt")]
    [InlineData("“Sales will rise,” said Google's chief executive.", null, "Google's chief executive")]
    [InlineData("“Sales will rise,” said Santander's board.", "Santander", "Santander")]
    [InlineData("“Sales will rise,” reported London's Evening Standard.", "London", "London")]
    [InlineData("“Sales will rise,” said Google founder and director Anna Berg.", "Anna Berg", "Google founder and director Anna Berg")]
    [InlineData("“Sales will rise,” said Hendrix biographer Paul Adams.", "Paul Adams", "Hendrix biographer Paul Adams")]
    [InlineData("“Sales will rise,” said Nordvale in Leeds.", "Nordvale", "Nordvale")]
    [InlineData("“Sales will rise,” said Opera spokeswoman, Berit Hanson.", "Berit Hanson", "Opera spokeswoman, Berit Hanson")]
    [InlineData("“Sales will rise,” chairman and chief executive Anna Berg said.", "Anna Berg", "chairman and chief executive Anna Berg")]
    [InlineData("“Sales will rise,” CBI director-general Sir Digby Jones said.", "Digby Jones", "CBI director-general Sir Digby Jones")]
    public void A_possessive_or_modifying_name_before_the_speaker_leaves_the_owner_out(string text, string? speaker, string mention)
    {
        var q = Api.Single(QuoteExtractor.Extract(text), QuoteKind.Direct, "Sales will rise,");
        q.SpeakerName.Should().Be(speaker);
        q.Mention!.Text.Should().Be(mention);
    }

    [Theory]
    [InlineData("“We will win,” Anna Berg said.\n\n“It was a dream to win.” Tom Hale continues to live in Leeds.", "Anna Berg")]
    [InlineData("“We will win,” Anna Berg said.\n\n“It was a dream to win.” Tom Hale is keen to stay in Leeds.", "Anna Berg")]
    [InlineData("“We will win,” Anna Berg said.\n\n“It was a dream to win.” The Sports Council has told the club not to “give up”.", "Anna Berg")]
    [InlineData("“We will win,” Anna Berg said.\n\n“It was a dream to win.” Tom Hale has apologised publicly for his tackle.", "Anna Berg")]
    public void A_verb_with_an_infinitive_after_a_quote_s_sentence_is_no_cue_for_it(string text, string speaker)
    {
        var q = Api.Single(QuoteExtractor.Extract(text), QuoteKind.Direct, "It was a dream to win.");
        q.SpeakerName.Should().Be(speaker);
        q.Method.Should().Be(AttributionMethod.Continuation);
    }

    [Fact]
    public void A_quote_without_a_cue_continues_the_previous_speaker()
    {
        var result = QuoteExtractor.Extract("“We will rebuild every home,” Mayor Anna Berg said. “It will take two years.”");
        var first = Api.Single(result, QuoteKind.Direct, "We will rebuild every home,");
        var second = Api.Single(result, QuoteKind.Direct, "It will take two years.");

        second.SpeakerName.Should().Be("Anna Berg");
        second.SpeakerId.Should().Be(first.SpeakerId);
        second.Method.Should().Be(AttributionMethod.Continuation);
        second.Cue.Should().BeNull();
        second.Confidence.Should().BeLessThan(first.Confidence);
    }

    [Theory]
    [InlineData("“It can be done,” Ann Berg said. “It will take years.” Lord Falconer told BBC Radio 4 it was impossible for some people to go to court.", "It will take years.", "it was impossible for some people to go to court", "Lord Falconer")]
    [InlineData("“It was a gift,” Ann Berg said. “It helped the film.” Mira Nair explained how camera tricks had been used in some scenes.", "It helped the film.", "how camera tricks had been used in some scenes", "Mira Nair")]
    public void A_cue_after_a_closed_quote_that_goes_on_with_a_clause_reports_that_clause_and_the_quote_goes_on_from_the_speaker_before(string text, string quote, string clause, string next)
    {
        var result = QuoteExtractor.Extract(text);
        Api.Single(result, QuoteKind.Indirect, clause).SpeakerName.Should().Be(next);
        var direct = Api.Single(result, QuoteKind.Direct, quote);
        direct.SpeakerName.Should().Be("Ann Berg");
        direct.Method.Should().Be(AttributionMethod.Continuation);
    }

    [Theory]
    [InlineData("“We are ready.” Smith said 10 days ago.")]
    [InlineData("“We are ready.” Smith said two weeks ago.")]
    public void A_cue_after_a_closed_quote_with_only_a_time_after_it_is_the_quote_s_alone(string text)
    {
        var result = QuoteExtractor.Extract(text);
        result.Quotes.Should().ContainSingle().Which.SpeakerName.Should().Be("Smith");
        new QuoteExtractor(new QuoteExtractorOptions { Model = AttributionModel.Default }).ExtractQuotes(text).Quotes.Should().ContainSingle();
    }

    [Fact]
    public void A_quote_split_by_its_cue_is_two_quotes_of_one_speaker()
    {
        var result = QuoteExtractor.Extract("“The talks were hard,” Markova said, “but we agreed on a date.”");
        result.Quotes.Should().HaveCount(2);
        result.Quotes.Should().OnlyContain(q => q.Kind == QuoteKind.Direct && q.SpeakerName == "Markova");
        result.Speakers.Should().ContainSingle().Which.Quotes.Should().HaveCount(2);
    }

    [Fact]
    public void A_multi_paragraph_quote_is_one_attributed_quote()
    {
        const string text = "Police Chief Sarah Nolan said: “We received the first call just after midnight.\n\n“Officers were at the scene within four minutes.”";
        var result = QuoteExtractor.Extract(text);
        var q = result.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("We received the first call just after midnight.\n\n“Officers were at the scene within four minutes.");
        q.SpeakerName.Should().Be("Sarah Nolan");
    }

    [Theory]
    [InlineData("Coach Gary Kubiak spoke after the defeat.\n\nKubiak: “We made too many mistakes in the second half.”", "We made too many mistakes in the second half.", "Gary Kubiak")]
    [InlineData("“Safety on our roads is everyone’s responsibility.” — Commissioner Dana Walsh", "Safety on our roads is everyone’s responsibility.", "Dana Walsh")]
    public void Labels_and_signatures_attribute_without_a_cue(string text, string quote, string speaker)
    {
        var q = Api.Single(QuoteExtractor.Extract(text), QuoteKind.Direct, quote);
        q.SpeakerName.Should().Be(speaker);
        q.Method.Should().Be(AttributionMethod.Label);
        q.Cue.Should().BeNull();
    }

    [Theory]
    [InlineData("“This is the worst flood in living memory.”\n\nThe water reached the town hall by noon.", "This is the worst flood in living memory.")]
    [InlineData("“The water came into the kitchen in minutes,” one resident said.", "The water came into the kitchen in minutes,")]
    [InlineData("“The evidence is thin,” a defense lawyer told the court.", "The evidence is thin,")]
    public void A_quote_whose_speaker_is_never_named_has_no_speaker(string text, string quote)
    {
        var result = QuoteExtractor.Extract(text);
        var q = Api.Single(result, QuoteKind.Direct, quote);
        q.SpeakerName.Should().BeNull();
        q.SpeakerId.Should().BeNull();
        q.SpeakerIds.Should().BeEmpty();
        result.GetSpeaker(q).Should().BeNull();
    }

    [Fact]
    public void A_cue_whose_speaker_cannot_be_read_leaves_the_quote_unnamed_rather_than_continued()
    {
        var result = QuoteExtractor.Extract("“We will rebuild,” Mayor Anna Berg said.\n\n“It is too early to tell,” said Cuban.");
        var q = Api.Single(result, QuoteKind.Direct, "It is too early to tell,");
        q.SpeakerName.Should().BeNull();
        q.Cue!.Text.Should().Be("said");
        q.Method.Should().Be(AttributionMethod.Explicit);
        q.Confidence.Should().BeLessThan(0.7, "a cue without a readable speaker is less trusted than a continuation");
    }

    [Fact]
    public void A_part_of_a_group_is_an_unnamed_speaker_with_its_mention()
    {
        var q = Api.Single(QuoteExtractor.Extract("“There will be no path,” said one of those advisers, who spoke on condition of anonymity."), QuoteKind.Direct, "There will be no path,");
        q.SpeakerName.Should().BeNull();
        q.Mention!.Text.Should().Be("one of those advisers");
        q.Cue!.Text.Should().Be("said");
    }

    [Fact]
    public void An_unnamed_speaker_still_reports_its_mention_and_cue()
    {
        var q = Api.Single(QuoteExtractor.Extract("“The evidence is thin,” a defense lawyer told the court."), QuoteKind.Direct, "The evidence is thin,");
        q.Mention!.Text.Should().Be("a defense lawyer");
        q.Cue!.Text.Should().Be("told");
        q.Method.Should().Be(AttributionMethod.Explicit);
    }
}
