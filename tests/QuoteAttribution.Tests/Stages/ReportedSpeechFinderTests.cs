namespace QuoteAttribution.Tests.Stages;

/// <summary>ReportedSpeechFinder (through the public API): reported clauses of speech verbs, and verbs that do not report.</summary>
public sealed class ReportedSpeechFinderTests
{
    [Theory]
    [InlineData("Mayor Anna Berg said that the town would rebuild every home.", "the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said the town would rebuild every home.", "the town would rebuild every home", "said")]
    [InlineData("The town will rebuild every home, Mayor Anna Berg said.", "The town will rebuild every home", "said")]
    [InlineData("The town will rebuild every home, said Mayor Anna Berg.", "The town will rebuild every home", "said")]
    [InlineData("According to Mayor Anna Berg, the town will rebuild every home.", "the town will rebuild every home", "According to")]
    [InlineData("The town will rebuild every home, according to Mayor Anna Berg.", "The town will rebuild every home", "according to")]
    [InlineData("Mayor Anna Berg visited the site, saying that the town would rebuild every home.", "the town would rebuild every home", "saying")]
    [InlineData("Mayor Anna Berg visited the site, saying the town would rebuild every home.", "the town would rebuild every home", "saying")]
    [InlineData("Mayor Anna Berg visited the site, noting that the town would rebuild every home.", "the town would rebuild every home", "noting")]
    [InlineData("Mayor Anna Berg visited the site, emphasizing that the town would rebuild every home.", "the town would rebuild every home", "emphasizing")]
    [InlineData("Mayor Anna Berg told reporters that the town would rebuild every home.", "the town would rebuild every home", "told")]
    [InlineData("Mayor Anna Berg told pupils the town would rebuild every home.", "the town would rebuild every home", "told")]
    [InlineData("Mayor Anna Berg told officials the town would rebuild every home.", "the town would rebuild every home", "told")]
    [InlineData("Mayor Anna Berg told MPs council tax would rise.", "council tax would rise", "told")]
    [InlineData("Mayor Anna Berg said in a statement the town would rebuild every home.", "the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said more than 300 people voted for the plan.", "more than 300 people voted for the plan", "said")]
    [InlineData("Mayor Anna Berg, the head of the council, says this was unlawful.", "this was unlawful", "says")]
    [InlineData("Mayor Anna Berg ruled that the town would rebuild every home.", "the town would rebuild every home", "ruled")]
    [InlineData("Mayor Anna Berg said no such plan had been made.", "no such plan had been made", "said")]
    [InlineData("Mayor Anna Berg said the prospect of outsiders poking their noses into the inner workings of the council appeared to worry staff.", "the prospect of outsiders poking their noses into the inner workings of the council appeared to worry staff", "said")]
    [InlineData("The rebuilding plan has also improved, Mayor Anna Berg said.", "The rebuilding plan has also improved", "said")]
    [InlineData("The rebuilding plan also improved, Mayor Anna Berg said.", "The rebuilding plan also improved", "said")]
    [InlineData("Mayor Anna Berg announced that the town would rebuild every home.", "the town would rebuild every home", "announced")]
    [InlineData("Mayor Anna Berg added that the town would rebuild every home.", "the town would rebuild every home", "added")]
    [InlineData("Mayor Anna Berg pointed out that the town would rebuild every home.", "the town would rebuild every home", "pointed out")]
    [InlineData("Mayor Anna Berg points out the town will rebuild every home.", "the town will rebuild every home", "points out")]
    [InlineData("Mayor Anna Berg fired back that the town would rebuild every home.", "the town would rebuild every home", "fired back")]
    [InlineData("Mayor Anna Berg, during a visit to a school in Fresno, California, said the town would rebuild every home.", "the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg, whose firm, Nordvale, builds houses, said the town would rebuild every home.", "the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg, head of the council, who called the meeting, said the town would rebuild every home.", "the town would rebuild every home", "said")]
    [InlineData("In an interview with journalist Ken Park, Mayor Anna Berg praised the crews and said the town would rebuild every home.", "the town would rebuild every home", "said")]
    [InlineData("LONDON (Reuters) - Mayor Anna Berg met the crews and said the town would rebuild every home.", "the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said the town would rebuild every home, but did not say when.", "the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said during her 22 years in office she had rebuilt every home.", "she had rebuilt every home", "said")]
    [InlineData("Mayor Anna Berg said the town would rebuild every home - warning that costs would rise.", "the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said she would rebuild every home but refused to comment on costs.", "she would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said the town would rebuild every home, but she would not say when.", "the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said the town rebuilt homes from 1990 - 2000 and would do so again.", "the town rebuilt homes from 1990 - 2000 and would do so again", "said")]
    [InlineData("Mayor Anna Berg said the town - and the county - would rebuild every home.", "the town - and the county - would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said the town would rebuild every home, but Tom Hale thought the cost too high.", "the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg insists the town will rebuild every home, and has admitted that it will cost more.", "the town will rebuild every home", "insists")]
    [InlineData("Mayor Anna Berg said the house was empty, and had been for a year.", "the house was empty, and had been for a year", "said")]
    [InlineData("Mayor Anna Berg said the town would rebuild every home, and would raise a new tax.", "the town would rebuild every home, and would raise a new tax", "said")]
    [InlineData("Rain fell for days, and while Mayor Anna Berg said the town would rebuild every home, the plan is unlikely to pass.", "the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg went on to say the town would rebuild every home.", "the town would rebuild every home", "say")]
    [InlineData("Mayor Anna Berg was quick to add that the town would rebuild every home.", "the town would rebuild every home", "add")]
    [InlineData("Mayor Anna Berg confirmed the town would rebuild every home.", "the town would rebuild every home", "confirmed")]
    [InlineData("Mayor Anna Berg declared the town would rebuild every home.", "the town would rebuild every home", "declared")]
    [InlineData("Mayor Anna Berg reported the town would rebuild every home.", "the town would rebuild every home", "reported")]
    [InlineData("Mayor Anna Berg hinted the town would rebuild every home.", "the town would rebuild every home", "hinted")]
    [InlineData("Mayor Anna Berg said she's ready to rebuild every home.", "she's ready to rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said it’ll take a year to rebuild every home.", "it’ll take a year to rebuild every home", "said")]
    [InlineData("They're ready to rebuild every home, Mayor Anna Berg said.", "They're ready to rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said prices rose.", "prices rose", "said")]
    [InlineData("Mayor Anna Berg said that they agreed.", "they agreed", "said")]
    [InlineData("Mayor Anna Berg said if the bill passed, the town would rebuild every home.", "if the bill passed, the town would rebuild every home", "said")]
    [InlineData("Mayor Anna Berg said more homes would be rebuilt.", "more homes would be rebuilt", "said")]
    [InlineData("Mayor Anna Berg says more would be rebuilt.", "more would be rebuilt", "says")]
    [InlineData("Mayor Anna Berg says this year's budget will rebuild every home.", "this year's budget will rebuild every home", "says")]
    [InlineData("Mayor Anna Berg pledged the town would rebuild every home.", "the town would rebuild every home", "pledged")]
    [InlineData("Mayor Anna Berg told BBC Radio Five Live the town would rebuild every home.", "the town would rebuild every home", "told")]
    [InlineData("Mayor Anna Berg said they also oppose the plan to rebuild every home.", "they also oppose the plan to rebuild every home", "said")]
    public void Finds_the_reported_clause_and_its_speaker(string text, string clause, string cue)
    {
        var q = Api.Single(QuoteExtractor.Extract(text), QuoteKind.Indirect, clause);
        q.SpeakerName.Should().Be("Anna Berg");
        q.Mention!.Text.Should().Be("Mayor Anna Berg");
        q.Cue!.Text.Should().Be(cue);
        q.Method.Should().Be(AttributionMethod.Explicit);
        q.Confidence.Should().BeLessThan(0.9, "clause edges are less certain than quotation marks");
    }

    [Theory]
    [InlineData("Mayor Anna Berg expects the town to rebuild every home.")]
    [InlineData("Mayor Anna Berg believes that the town will rebuild every home.")]
    [InlineData("Mayor Anna Berg believes the town will rebuild every home.")]
    [InlineData("Mayor Anna Berg hopes the town will rebuild every home.")]
    [InlineData("Mayor Anna Berg hopes that the town will rebuild every home.")]
    [InlineData("Mayor Anna Berg thinks the town will rebuild every home.")]
    [InlineData("Mayor Anna Berg fears that the town cannot rebuild every home.")]
    [InlineData("Mayor Anna Berg wants the town to rebuild every home.")]
    [InlineData("Experts believe that the glacier will disappear within fifty years.")]
    [InlineData("Trump threatened to impose new sanctions on Moscow within 50 days.")]
    [InlineData("The town will rebuild every home by the end of next year.")]
    [InlineData("Mayor Anna Berg pointed out the flaws in the rebuilding plan.")]
    [InlineData("Mayor Anna Berg pointed to the rebuilding plan as a model.")]
    [InlineData("Mayor Anna Berg fired back at the critics of the plan.")]
    [InlineData("Mayor Anna Berg declined to say whether the town would rebuild every home.")]
    [InlineData("Mayor Anna Berg wanted to say the town would rebuild every home.")]
    [InlineData("Mayor Anna Berg said so.")]
    [InlineData("Mayor Anna Berg said yes on Monday.")]
    [InlineData("Mayor Anna Berg said this week the town.")]
    [InlineData("Mayor Anna Berg suggests new ways of boosting turnout, seen as a way of winning votes.")]
    [InlineData("Mayor Anna Berg added the town trophy to her long list of successes - but not before she was given a fright.")]
    [InlineData("Mayor Anna Berg ruled out a new tax, which allows \"reasonable force\" in self defence.")]
    [InlineData("Mayor Anna Berg said the budget.")]
    [InlineData("Mayor Anna Berg added the conversion to reach 500 points.")]
    [InlineData("Mayor Anna Berg maintained her re-election hopes with a late rally.")]
    [InlineData("The charges include fraud, conspiracy and filing false reports with regulators.")]
    [InlineData("Prices rose, driven up by unrest, rising demand and supply bottlenecks.")]
    [InlineData("Only time will tell if the town will rebuild every home.")]
    [InlineData("Mayor Anna Berg said if asked.")]
    [InlineData("Mayor Anna Berg added more weight to the plan.")]
    [InlineData("Mayor Anna Berg pledged more money to the plan.")]
    [InlineData("In the vote, 475 pledged delegates will be at stake.")]
    [InlineData("Mayor Anna Berg has posted larger-than-expected annual profits.")]
    [InlineData("Mayor Anna Berg has posted bigger annual profits and predicted strong growth.")]
    [InlineData("Mayor Anna Berg posted record losses on her town's new stadium.")]
    public void Belief_and_intention_verbs_and_clauses_too_short_are_not_reported_speech(string text)
    {
        var result = QuoteExtractor.Extract(text);
        result.Quotes.Should().BeEmpty(Api.Describe(result));
    }

    [Fact]
    public void Indirect_quotes_can_be_switched_off()
    {
        const string text = "Mayor Anna Berg said the town would rebuild every home.";
        QuoteExtractor.Extract(text).Quotes.Should().ContainSingle();
        new QuoteExtractor(new QuoteExtractorOptions { IncludeIndirect = false }).ExtractQuotes(text).Quotes.Should().BeEmpty();
    }

    [Fact]
    public void A_pronoun_subject_resolves_to_the_named_person()
    {
        var q = Api.Single(
            QuoteExtractor.Extract("Mayor Anna Berg visited the site on Monday. She said the town would rebuild every home."),
            QuoteKind.Indirect,
            "the town would rebuild every home");
        q.SpeakerName.Should().Be("Anna Berg");
        q.Mention!.Text.Should().Be("She");
    }

    // A cue set between commas inside the reported clause splits it in two quotes, as a writer's split direct quote is;
    // one word before it is the clause's subject when a verb follows the cue, never an introduction.
    [Theory]
    [InlineData("Acts of protest, Mayor Anna Berg said, are acts of patriotism.", "Acts of protest", "are acts of patriotism")]
    [InlineData("Nordvale, Mayor Anna Berg predicted, would come to the town.", "Nordvale", "would come to the town")]
    [InlineData("Costs, Mayor Anna Berg added, were based on a prototype.", "Costs", "were based on a prototype")]
    [InlineData("However, Mayor Anna Berg said, the plan failed.", null, "the plan failed")]
    [InlineData("Now, Mayor Anna Berg said, the town would wait.", null, "the town would wait")]
    public void A_cue_between_commas_splits_the_reported_clause(string text, string? before, string after)
    {
        var result = QuoteExtractor.Extract(text);
        result.Quotes.Should().OnlyContain(q => q.Kind == QuoteKind.Indirect && q.SpeakerName == "Anna Berg", Api.Describe(result));
        result.Quotes.Select(q => q.Text).Should().Equal(before is null ? [after] : [before, after]);
    }

    // "with X saying …": the absolute phrase's own subject speaks, named or not, never the sentence's subject or a name
    // inside it; "with Craig Bellamy after claiming" is no such phrase.
    [Theory]
    [InlineData("Anger over the war in Iraq was the main reason, with many saying it was unjustified.", "it was unjustified", null, "many")]
    [InlineData("Chinese police detained three executives at Yili, with reports suggesting that they took bribes.", "they took bribes", null, "reports")]
    [InlineData("Labour was on the back foot, with Tony Blair hastily adding that taxes would not rise.", "taxes would not rise", "Tony Blair", "Tony Blair")]
    [InlineData("Graeme Souness reopened his dispute with Craig Bellamy after claiming the Welshman was not good enough.", "the Welshman was not good enough", "Graeme Souness", "Graeme Souness")]
    [InlineData("With polls suggesting voters want lower taxes, Mayor Anna Berg has changed course.", "voters want lower taxes", null, "polls")]
    public void A_with_phrase_names_its_own_speaker(string text, string clause, string? speaker, string mention)
    {
        var q = Api.Single(QuoteExtractor.Extract(text), QuoteKind.Indirect, clause);
        q.SpeakerName.Should().Be(speaker);
        q.Mention!.Text.Should().Be(mention);
    }

    [Fact]
    public void Speech_inside_a_direct_quote_is_not_a_second_reported_quote()
    {
        var result = QuoteExtractor.Extract("“My father said the river would never flood,” Berg said.");
        result.Quotes.Should().ContainSingle().Which.Kind.Should().Be(QuoteKind.Direct);
    }
}
