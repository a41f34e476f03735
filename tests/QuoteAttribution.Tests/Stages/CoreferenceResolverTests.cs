namespace QuoteAttribution.Tests.Stages;

/// <summary>
/// CoreferenceResolver and SpeakerAssigner (through the public API): pronouns and descriptions reach the named
/// entity, names reach their fullest form, and indefinite descriptions stay unnamed.
/// </summary>
public sealed class CoreferenceResolverTests
{
    [Theory]
    [InlineData("Coach Daniel Okafor praised his squad.\n\n“They never stopped running,” he added.", "They never stopped running,", "Daniel Okafor", "he", "added")]
    [InlineData("Mayor Anna Berg visited the site on Monday. “We will rebuild every home,” she said.", "We will rebuild every home,", "Anna Berg", "she", "said")]
    [InlineData("Mayor Tom Berg visited the site on Monday. “We will rebuild every home,” he told reporters.", "We will rebuild every home,", "Tom Berg", "he", "told")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy arrived in Brussels.\n\n“We need air defence now,” the Ukrainian leader said.", "We need air defence now,", "Volodymyr Zelenskyy", "the Ukrainian leader", "said")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy arrived in Brussels.\n\n“We need air defence now,” the Ukrainian president said.", "We need air defence now,", "Volodymyr Zelenskyy", "the Ukrainian president", "said")]
    [InlineData("Russian President Vladimir Putin met Chinese officials.\n\n“Our partnership is strong,” President Putin said.", "Our partnership is strong,", "Vladimir Putin", "President Putin", "said")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy spoke in Kyiv.\n\n“Our army is holding,” Zelensky said.", "Our army is holding,", "Volodymyr Zelenskyy", "Zelensky", "said")]
    [InlineData("Westfield City's Paul Brenner will learn within a month whether he is to get a new deal.\n\n“I told the club I would like to stay,” he said.", "I told the club I would like to stay,", "Paul Brenner", "he", "said")]
    [InlineData("“It was a quiet year,” said critic Dan Hale.\n\nScreen Weekly's US editor Mark Dorrit thinks the films did not grab viewers. “People loved it,” he said.", "People loved it,", "Mark Dorrit", "he", "said")]
    public void Pronouns_descriptions_and_short_names_resolve_to_the_named_speaker(string text, string quote, string speaker, string mention, string cue)
    {
        var result = QuoteExtractor.Extract(text);
        var q = Api.Single(result, QuoteKind.Direct, quote);
        q.SpeakerName.Should().Be(speaker);
        q.Mention!.Text.Should().Be(mention);
        q.Cue!.Text.Should().Be(cue);
        result.GetSpeaker(q)!.Mentions.Should().Contain(m => m.Text == mention, "a resolved mention is listed with its speaker");
    }

    [Theory]
    [InlineData("Sen. Lindsey Graham toured the plant.\n\n“The jobs will come back,” the senator said.", "Lindsey Graham")]
    [InlineData("Gov. Anna Berg toured the plant.\n\n“The jobs will come back,” the governor said.", "Anna Berg")]
    [InlineData("Greg Abbott, Texas attorney general, toured the plant.\n\n“The jobs will come back,” the attorney general said.", "Greg Abbott")]
    [InlineData("Nominee Tom Reilly toured the plant.\n\n“The jobs will come back,” the senator said.", null)]
    [InlineData("Gen. Tom Reilly toured the plant.\n\n“The jobs will come back,” the scientist said.", null)]
    public void A_description_names_only_someone_given_its_title_abbreviated_or_not(string text, string? speaker)
    {
        // Every title has its own bit: "the senator" never reaches a "nominee" (titles once shared 64 bits).
        Api.Single(QuoteExtractor.Extract(text), QuoteKind.Direct, "The jobs will come back,").SpeakerName.Should().Be(speaker);
    }

    // A standing (titles.txt, "epithet") that no one was given stands for the person the text is about, as "he" does; an
    // office ("the senator") never does, nor does a standing reach a name whose kind is only guessed.
    [Theory]
    [InlineData("Sprinter Tom Reilly won the final.\n\n“The jobs will come back,” the world indoor champion said.", "Tom Reilly")]
    [InlineData("Tom Reilly won the final.\n\n“The jobs will come back,” the youngster said.", "Tom Reilly")]
    [InlineData("Tom Reilly won the final.\n\n“The jobs will come back,” the senator said.", null)]
    [InlineData("The Lyric Theatre won the award.\n\n“The jobs will come back,” the actor said.", null)]
    public void A_standing_stands_for_the_person_the_text_is_about(string text, string? speaker)
    {
        Api.Single(QuoteExtractor.Extract(text), QuoteKind.Direct, "The jobs will come back,").SpeakerName.Should().Be(speaker);
    }

    // A first name gives a person's gender when no title does (first-names.tsv): "he" passes over "Kate Bush".
    [Theory]
    [InlineData("The prize for best song went to Robbie Williams, ahead of Kate Bush. He told the audience: “This is amazing.”", "Robbie Williams")]
    [InlineData("The award went to Kelly Holmes, ahead of a field coached by Max Jones. She told the audience: “This is amazing.”", "Kelly Holmes")]
    [InlineData("The award went to Jordan Reid, ahead of a field coached by Max Jones. She told the audience: “This is amazing.”", "Jordan Reid")]
    public void A_first_name_tells_a_pronoun_whom_it_can_stand_for(string text, string speaker)
    {
        // "Jordan" is left out of the list (either gender): "she" may stand for Jordan Reid, never for Max Jones.
        Api.Single(QuoteExtractor.Extract(text), QuoteKind.Direct, "This is amazing.").SpeakerName.Should().Be(speaker);
    }

    // A pronoun after the words it reports stands for someone before them, never for a name inside them; a description
    // may ("Orders for the Nordvale Corp phone rose, the company said").
    [Theory]
    [InlineData("Growth will slow, according to UNECE. Smaller nations such as Cyprus, Ireland and Malta would also grow, it said.", "Smaller nations such as Cyprus, Ireland and Malta would also grow", "UNECE")]
    [InlineData("Takeovers are now more attractive, analysts said. Companies such as Quiksilver would be able to cut costs, they added.", "Companies such as Quiksilver would be able to cut costs", null)]
    [InlineData("Michael Howard spoke in Leeds. Tony Blair has failed to tackle these problems, he claimed.", "Tony Blair has failed to tackle these problems", "Michael Howard")]
    [InlineData("Sales fell in Leeds. Orders for the Nordvale Corp phone rose in March, the company said.", "Orders for the Nordvale Corp phone rose in March", "Nordvale Corp")]
    public void A_pronoun_after_its_content_does_not_stand_for_a_name_inside_it(string text, string clause, string? speaker)
    {
        Api.Single(QuoteExtractor.Extract(text), QuoteKind.Indirect, clause).SpeakerName.Should().Be(speaker);
    }

    // Capitalised words after "the" or "at" name a thing, a place or an institution unless a title or a known first name
    // proves a person: "he" and "she" pass over them ("the Computer Crime Unit", "at Scotland Yard"), not over "the
    // actor Tom Hale" or "at Thaddeus Carter's house".
    [Theory]
    [InlineData("The charity said it had called the Computer Crime Unit at Scotland Yard. She told reporters: “This is amazing.”", null)]
    [InlineData("Ms Diaz runs the charity. It has called the Crime Unit. She told reporters: “This is amazing.”", "Diaz")]
    [InlineData("The charity called the actor Tom Hale. He told reporters: “This is amazing.”", "Tom Hale")]
    [InlineData("The party was held at Kate Bush's house. She told reporters: “This is amazing.”", "Kate Bush")]
    [InlineData("The party was held at Thaddeus Carter's house. He told reporters: “This is amazing.”", "Thaddeus Carter")]
    public void Words_after_the_or_at_are_no_person_without_proof(string text, string? speaker)
    {
        Api.Single(QuoteExtractor.Extract(text), QuoteKind.Direct, "This is amazing.").SpeakerName.Should().Be(speaker);
    }

    // "the firm", "the company", "the airline" (speaking-groups.txt, "refers") stand for the organisation the text named
    // last, as "it" does; never a place, a listener or an analyst's employer, and "the government" stays unnamed.
    [Theory]
    [InlineData("Shares in Nordvale Corp fell on Monday. The firm said demand had slumped.", "demand had slumped", "Nordvale Corp")]
    [InlineData("Shares in Zentrix Corp fell. The German company said the market was weak.", "the market was weak", "Zentrix Corp")]
    [InlineData("Zentrix Corp was hit by a strike, a spokesman told the BBC. The company said the market was weak.", "the market was weak", "Zentrix Corp")]
    [InlineData("Shares in Zentrix Corp fell as sales dropped in Europe. The firm said sales would recover.", "sales would recover", "Zentrix Corp")]
    [InlineData("Zentrix Corp lost ground, said Ann Bell, an analyst at Petercam. The company said sales would recover.", "sales would recover", "Zentrix Corp")]
    [InlineData("Sales rose on Monday, and the BMW carmaker said demand was strong.", "demand was strong", "BMW")]
    [InlineData("Shares rose 4%. The London-based firm said it would hire 200 staff.", "it would hire 200 staff", null)]
    [InlineData("Ford said sales fell. The Detroit carmaker said it would close two plants.", "it would close two plants", "Ford")]
    [InlineData("The story was first reported by the Financial Times. The company said it was considering its options.", "it was considering its options", null)]
    [InlineData("On Monday the Halifax raised its rates. The UK's biggest mortgage lender said prices rose 15% last year.", "prices rose 15% last year", "Halifax")]
    [InlineData("Sales rose in Europe. The firm said the market was weak.", "the market was weak", null)]
    [InlineData("Fares rose in Saudi Arabia. The airline said demand was strong.", "demand was strong", null)]
    [InlineData("Shares in Zentrix Corp fell. The government said it was concerned about the cuts.", "it was concerned about the cuts", null)]
    [InlineData("Zentrix Corp is building the new Hampden stadium. The firm said it would make no money.", "it would make no money", "Zentrix Corp")]
    [InlineData("US magazine Mobile PC named its gadget of the year. The magazine said demand was strong.", "demand was strong", "Mobile PC")]
    [InlineData("Shares in Zentrix Corp fell. The magazine said demand was strong.", "demand was strong", null)]
    [InlineData("Zentrix Corp said sales fell. The Ministry of Communications opened bidding. The ministry said demand was strong.", "demand was strong", "Ministry of Communications")]
    [InlineData("Retailer Castlegate Holdings reported a rise in sales. But the group said demand was weak.", "demand was weak", "Castlegate Holdings")]
    [InlineData("Sales fell in Leeds, the Interfax news agency said.", "Sales fell in Leeds", "Interfax")]
    [InlineData("The Finance and Economy Ministry said growth would slow.\n\nExports fell.\n\nImports rose.\n\nPrices fell.\n\nWages rose.\n\nThe ministry said demand was strong.", "demand was strong", "Finance and Economy Ministry")]
    [InlineData("The Finance Ministry said growth would slow. The Health Ministry said it agreed.\n\nExports fell.\n\nImports rose.\n\nPrices fell.\n\nWages rose.\n\nThe ministry said demand was strong.", "demand was strong", null)]
    [InlineData("The Usdaw trade union said shop workers deserved a break.", "shop workers deserved a break", "Usdaw")]
    [InlineData("The Veritas Party met on Monday. The party said the pair should resign.", "the pair should resign", null)]
    [InlineData("Shares in Zentrix Corp fell. The Usdaw union said jobs were at risk. The union said talks would go on.", "talks would go on", "Usdaw")]
    [InlineData("Westfalia Dortmund posted a record loss on Monday. It said total debts would rise.", "total debts would rise", "Westfalia Dortmund")]
    [InlineData("The Low Pay Commission published its report. Prices rose. The commission said wages must rise.", "wages must rise", "Low Pay Commission")]
    [InlineData("The Police Federation met on Monday.\n\nThe federation said officers lacked training.", "officers lacked training", "Police Federation")]
    [InlineData("A US court froze the sale. The court said the auction must stop.", "the auction must stop", null)]
    [InlineData("Bank shares fell. The Commons standards and privileges committee said his conduct had fallen short.", "his conduct had fallen short", null)]
    [InlineData("The plan came from the Norvale Commission which said the number of jobs had grown.", "the number of jobs had grown", "Norvale Commission")]
    public void A_company_description_stands_for_the_organisation_named_last(string text, string content, string? speaker)
    {
        Api.Single(QuoteExtractor.Extract(text), QuoteKind.Indirect, content).SpeakerName.Should().Be(speaker);
    }

    [Fact]
    public void A_pronoun_is_less_trusted_than_a_name()
    {
        var result = QuoteExtractor.Extract("“We will rebuild,” Mayor Anna Berg said.\n\nGovernor Tom Reilly arrived later. “The state will pay,” he said.");
        var named = Api.Single(result, QuoteKind.Direct, "We will rebuild,");
        var pronoun = Api.Single(result, QuoteKind.Direct, "The state will pay,");
        named.SpeakerName.Should().Be("Anna Berg");
        pronoun.SpeakerName.Should().Be("Tom Reilly", "a new subject since the last quote is the likelier antecedent");
        pronoun.Confidence.Should().BeLessThan(named.Confidence);
    }

    [Theory]
    [InlineData("Spain's minister of sport Jaime Lissavetzky backed the decision.", "Jaime Lissavetzky")]
    [InlineData("Wada chairman Dick Pound backed the decision.", "Dick Pound")]
    [InlineData("The UK's biggest lender, Halifax, backed the decision.", "Luis Aragones")]
    public void A_subject_after_its_role_since_the_last_quote_is_the_pronoun_s_antecedent(string sentence, string speaker)
    {
        var result = QuoteExtractor.Extract("“I never meant to offend anyone,” Luis Aragones said. " + sentence + " “We will have zero tolerance,” he said.");
        Api.Single(result, QuoteKind.Direct, "We will have zero tolerance,").SpeakerName.Should().Be(speaker);
    }

    [Fact]
    public void Consecutive_pronoun_cues_keep_the_speaker()
    {
        var result = QuoteExtractor.Extract("Judge Helen Park adjourned the hearing. “I need to see the records first,” she said. “Then we will decide,” she added.");
        result.Quotes.Should().HaveCount(2).And.OnlyContain(q => q.SpeakerName == "Helen Park");
        result.Speakers.Should().ContainSingle();
    }

    [Theory]
    [InlineData("The Kremlin said on Monday that it had not received any new proposal.", "it had not received any new proposal", "Kremlin")]
    [InlineData("Kyiv said the drones had hit an oil depot overnight.", "the drones had hit an oil depot overnight", "Kyiv")]
    [InlineData("Russia’s defence ministry said its forces had shot down 27 drones.", "its forces had shot down 27 drones", "Russia’s defence ministry")]
    [InlineData("Prosecutors said the former mayor had taken bribes for a decade.", "the former mayor had taken bribes for a decade", "Prosecutors")]
    [InlineData("Hugh Hill, a doctor at the clinic, said the number of patients had doubled.", "the number of patients had doubled", "Hugh Hill")]
    [InlineData("The march ended. Meanwhile, Tulsa police said two men had been arrested.", "two men had been arrested", "Tulsa police")]
    [InlineData("The season is over for the team, said Duke coaches on Sunday.", "The season is over for the team", "Duke coaches")]
    [InlineData("The talks ended. Kremlin officials said the proposal had not arrived.", "the proposal had not arrived", "Kremlin officials")]
    [InlineData("The talks ended. Russian officials said the proposal had not arrived.", "the proposal had not arrived", "Russian officials")]
    [InlineData("The talks ended. The Russian government said the proposal had not arrived.", "the proposal had not arrived", "Russian government")]
    [InlineData("The talks ended. The British defence ministry said the proposal had not arrived.", "the proposal had not arrived", "British defence ministry")]
    [InlineData("The talks ended, according to the Sun newspaper.", "The talks ended", "Sun")]
    [InlineData("The talks ended. Ministers said the proposal had not arrived.", "the proposal had not arrived", "Ministers")]
    [InlineData("However, Hugh Hill, a doctor at the clinic said the number of patients had doubled.", "the number of patients had doubled", "Hugh Hill")]
    [InlineData("Hugh Hill, Northfield Hotel Association said the number of guests had doubled.", "the number of guests had doubled", "Hugh Hill")]
    [InlineData("UK mobile owners sent more texts than ever, the Zentrix Association found.\n\nThe records beat forecasts, it said.", "The records beat forecasts", "Zentrix Association")]
    [InlineData("But the head of the inquiry, Judge Peter Holm of Norway, warned that the number of patients had doubled.", "the number of patients had doubled", "Peter Holm")]
    [InlineData("The number of patients had doubled, according to Russian authorities.", "The number of patients had doubled", "Russian authorities")]
    [InlineData("The proposal has not arrived, say MPs.", "The proposal has not arrived", "MPs")]
    [InlineData("Shares fell after US regulators said the proposal had not arrived.", "the proposal had not arrived", "US regulators")]
    public void Organisations_places_groups_and_appositive_speakers_are_named(string text, string clause, string speaker)
    {
        Api.Single(QuoteExtractor.Extract(text), QuoteKind.Indirect, clause).SpeakerName.Should().Be(speaker);
    }

    [Fact]
    public void Joint_speakers_are_both_named_and_both_listed()
    {
        var result = QuoteExtractor.Extract("Donald Trump met Marco Rubio on Monday.\n\nTrump and Rubio warned that new tariffs would follow.");
        var q = Api.Single(result, QuoteKind.Indirect, "new tariffs would follow");

        q.SpeakerName.Should().Be("Donald Trump and Marco Rubio");
        q.Mention!.Text.Should().Be("Trump and Rubio");
        q.SpeakerIds.Should().HaveCount(2);
        q.SpeakerId.Should().Be(q.SpeakerIds[0]);
        q.SpeakerIds.Select(id => result.Speakers[id].Name).Should().Equal("Donald Trump", "Marco Rubio");
        result.Speakers.Should().OnlyContain(s => s.Quotes.Contains(q));
    }

    [Theory]
    [InlineData("More than half of 2,000 people surveyed said they had privacy worries.", "they had privacy worries", "people surveyed")]
    [InlineData("In the UK 69% of those questioned said they used a fixed phone.", "they used a fixed phone", "69% of those questioned")]
    [InlineData("A defense lawyer said the evidence had been gathered without a warrant.", "the evidence had been gathered without a warrant", "A defense lawyer")]
    [InlineData("The company said in a statement that it would appeal the ruling.", "it would appeal the ruling", "The company")]
    [InlineData("Prices will rise again in the spring, the minister said.", "Prices will rise again in the spring", "the minister")]
    [InlineData("The talks ended. Senior officials said the proposal had not arrived.", "the proposal had not arrived", "Senior officials")]
    [InlineData("The talks ended. The government said the proposal had not arrived.", "the proposal had not arrived", "The government")]
    [InlineData("The talks ended. Pakistan's High Commissioner to Britain said the proposal had not arrived.", "the proposal had not arrived", "Pakistan's High Commissioner to Britain")]
    [InlineData("The talks ended. But opponents say that the proposal had not arrived.", "the proposal had not arrived", "opponents")]
    [InlineData("The talks ended. Developers argue that the proposal had not arrived.", "the proposal had not arrived", "Developers")]
    [InlineData("The talks ended. Campaigners warned that the proposal had not arrived.", "the proposal had not arrived", "Campaigners")]
    [InlineData("The talks ended. Bosses said the proposal had not arrived.", "the proposal had not arrived", "Bosses")]
    [InlineData("The proposal had not arrived, say industry experts.", "The proposal had not arrived", "industry experts")]
    public void Descriptions_that_name_nobody_leave_the_speaker_null_but_keep_the_mention(string text, string clause, string mention)
    {
        var result = QuoteExtractor.Extract(text);
        var q = Api.Single(result, QuoteKind.Indirect, clause);
        q.SpeakerName.Should().BeNull();
        q.SpeakerId.Should().BeNull();
        q.Mention!.Text.Should().Be(mention);
        result.Speakers.Should().BeEmpty();
    }

    [Fact]
    public void Speaker_ids_follow_the_order_in_which_speakers_are_first_quoted()
    {
        var result = QuoteExtractor.Extract("“A,” Mayor Anna Berg said. “B,” Governor Tom Reilly said. “C,” Berg said.");
        result.Speakers.Select(s => (s.Id, s.Name)).Should().Equal((0, "Anna Berg"), (1, "Tom Reilly"));
        result.Quotes.Select(q => q.SpeakerId).Should().Equal(0, 1, 0);
        result.Speakers[0].Quotes.Should().HaveCount(2);
    }
}
