namespace QuoteAttribution.Tests.Stages;

/// <summary>QuotePairer: which quotation marks pair, at which depth, and across which paragraphs.</summary>
public sealed class QuotePairerTests
{
    private static List<(string Content, int Depth)> PairsOf(string text)
    {
        using var doc = Stage.Parse(text);
        return [.. Stage.Pairs(doc).Select(p => (Stage.Content(doc, p), p.Depth))];
    }

    private static List<string> OutermostOf(string text) => [.. PairsOf(text).Where(p => p.Depth == 0).Select(p => p.Content)];

    [Theory]
    [InlineData("He said “We will win.” Then left.", "We will win.")]
    [InlineData("He said ‘We will win.’ Then left.", "We will win.")]
    [InlineData("He said \"We will win.\" Then left.", "We will win.")]
    [InlineData("He said 'We will win.' Then left.", "We will win.")]
    [InlineData("He said «We will win.» Then left.", "We will win.")]
    [InlineData("He said « We will win. » Then left.", " We will win. ")]
    [InlineData("He said ‹We will win.› Then left.", "We will win.")]
    [InlineData("He said „We will win.“ Then left.", "We will win.")]
    [InlineData("He said „We will win.” Then left.", "We will win.")]
    [InlineData("He said 「We will win.」 Then left.", "We will win.")]
    [InlineData("He said 『We will win.』 Then left.", "We will win.")]
    [InlineData("He said »We will win.« Then left.", "We will win.")]
    public void Pairs_every_quotation_style(string text, string content)
    {
        PairsOf(text).Should().Equal((content, 0));
    }

    [Theory]
    [InlineData("He said: \"We lost. \"We will win next time.\" Then he left.", "We lost. \"We will win next time.")]
    [InlineData("He said: “We lost. “We will win next time.” Then he left.", "We lost. “We will win next time.")]
    public void A_double_mark_reopening_a_sentence_inside_its_own_quotation_continues_it(string text, string content)
    {
        // A paragraph break the text lost: the quote ran over paragraphs, with its opening mark repeated.
        PairsOf(text).Should().Equal((content, 0));
    }

    [Fact]
    public void A_quotation_carries_into_the_next_paragraph_only_with_the_mark_it_opened_with()
    {
        // A stray straight mark before a paragraph that opens with a curly one is not a quote running over paragraphs.
        OutermostOf("She clapped. \"Kevin was snoring.\n\n“Here he is, babe,” she said.").Should().Equal("Here he is, babe,");
        OutermostOf("She said: “Kevin was snoring.\n\n“Here he is, babe,” she said.").Should().Equal("Kevin was snoring.\n\n“Here he is, babe,");
    }

    [Fact]
    public void A_fragment_whose_closing_mark_is_missing_does_not_reopen()
    {
        // The first mark opens a fragment inside the sentence; a mark opening the next sentence starts a quote of its own.
        PairsOf("He called the plan \"a disaster. \"We will fight it,\" Smith said.").Should().NotContain(p => p.Depth == 0 && p.Content.StartsWith("a disaster", StringComparison.Ordinal) && p.Content.Contains("We will"));
    }

    [Theory]
    [InlineData("Cole added: \"I did it. Wenger said: \"He is an option.\" Wenger added: \"It is a sprain.\"", new[] { "He is an option.", "It is a sprain." })]
    [InlineData("Cole added: “I did it. Wenger said: “He is an option.” Then he left.", new[] { "He is an option." })]
    [InlineData("Cole added: \"I did it.\n\nWenger said: \"He is an option.\"", new[] { "He is an option." })]
    public void Quotations_inside_a_quotation_the_source_never_closed_stand_on_their_own(string text, string[] outermost)
    {
        // The unclosed quotation is dropped at its paragraph's end; the marks of its family paired inside it were
        // quotations of their own, not nested ones.
        OutermostOf(text).Should().Equal(outermost);
    }

    [Fact]
    public void A_quotation_in_marks_of_another_family_inside_an_unclosed_one_stays_nested()
    {
        // '"He ran at me saying 'what now?'' quotes someone within the speaker's words; with the outer quotation gone, so is it.
        OutermostOf("Ferguson said: \"He ran at me saying 'what now?' and left.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("He said: \"I told him \"go\" and left.\"", new[] { "I told him \"go\" and left.", "go" })]
    [InlineData("He said: \"We lost.\" \"We will win,\" she said.", new[] { "We lost.", "We will win," })]
    public void Straight_marks_that_do_not_reopen_a_sentence_pair_as_before(string text, string[] contents)
    {
        PairsOf(text).Select(p => p.Content).Should().BeEquivalentTo(contents);
    }

    [Theory]
    [InlineData("“One,” he said. “Two.”", new[] { "One,", "Two." })]
    [InlineData("\"One,\" he said. \"Two.\"", new[] { "One,", "Two." })]
    [InlineData("'One,' he said. 'Two.'", new[] { "One,", "Two." })]
    [InlineData("It was “big” and “loud”.", new[] { "big", "loud" })]
    public void Pairs_consecutive_quotations_separately(string text, string[] contents)
    {
        OutermostOf(text).Should().Equal(contents);
    }

    [Theory]
    [InlineData("He said “They called it ‘a trap’ at once.”", "They called it ‘a trap’ at once.", "a trap")]
    [InlineData("He said \"They called it 'a trap' at once.\"", "They called it 'a trap' at once.", "a trap")]
    [InlineData("He said «They called it “a trap” at once.»", "They called it “a trap” at once.", "a trap")]
    [InlineData("He said “They called it \"a trap\" at once.”", "They called it \"a trap\" at once.", "a trap")]
    public void Nested_quotations_sit_one_level_deeper(string text, string outer, string inner)
    {
        PairsOf(text).Should().BeEquivalentTo(new[] { (outer, 0), (inner, 1) });
    }

    [Fact]
    public void A_quote_over_several_paragraphs_with_repeated_opening_marks_is_one_quote()
    {
        const string text = "She said: “The first part.\n\n“The second part.\n\n“The end.” Then she left.";
        using var doc = Stage.Parse(text);
        var pairs = Stage.Pairs(doc);

        pairs.Should().ContainSingle();
        pairs[0].MultiParagraph.Should().BeTrue();
        Stage.Content(doc, pairs[0]).Should().Be("The first part.\n\n“The second part.\n\n“The end.");
    }

    [Fact]
    public void A_multi_paragraph_quote_longer_than_the_limit_is_not_carried()
    {
        string text = "She said: “" + new string('a', 40) + ".\n\n“The end.”";
        using var doc = Stage.Parse(text);
        Stage.Pairs(doc, maxQuoteLength: 16).Select(p => Stage.Content(doc, p)).Should().Equal("The end.");
    }

    // The carry is decided at the paragraph break; a last paragraph that makes the whole longer than the limit cuts the
    // quotation there too.
    [Fact]
    public void A_multi_paragraph_quote_that_grows_past_the_limit_in_its_last_paragraph_is_cut()
    {
        string text = "She said: “Short.\n\n“" + new string('b', 40) + " end.”";
        using var doc = Stage.Parse(text);
        var pairs = Stage.Pairs(doc, maxQuoteLength: 30);
        pairs.Should().ContainSingle().Which.MultiParagraph.Should().BeFalse();
        Stage.Content(doc, pairs[0]).Should().Be(new string('b', 40) + " end.");
    }

    [Theory]
    [InlineData("The minister called it “unfair.\n\nParliament votes on Tuesday. “We are ready,” he said.", new[] { "We are ready," })]
    [InlineData("A stray ” mark.\n\nNext “quote” here.", new[] { "quote" })]
    [InlineData("Unclosed “here.\n\nAnd “another,” she said.", new[] { "another," })]
    [InlineData("He said \"never.\n\nThe \"vote\" is on.", new[] { "vote" })]
    public void Unbalanced_marks_never_swallow_later_paragraphs(string text, string[] contents)
    {
        OutermostOf(text).Should().Equal(contents);
    }

    [Fact]
    public void An_unclosed_mark_does_not_pair_with_a_mark_in_the_next_paragraph_that_is_not_an_opener()
    {
        const string text = "The minister called it “unfair.\n\nParliament said it was “final” on Tuesday.";
        using var doc = Stage.Parse(text);
        foreach (var p in Stage.Pairs(doc))
        {
            doc.ParagraphOf(p.Open).Should().Be(doc.ParagraphOf(p.Close));
        }
    }

    [Theory]
    [InlineData("Russia’s army and the BBC's reporters")]
    [InlineData("We don't know and it isn’t clear")]
    [InlineData("Music of the '90s and ’80s")]
    [InlineData("The players' union and the fans’ club")]
    [InlineData("O'Brien met D’Angelo")]
    public void Apostrophes_are_not_quotation_marks(string text)
    {
        PairsOf(text).Should().BeEmpty();
    }

    [Fact]
    public void Pairs_come_out_in_order_of_their_opening_mark()
    {
        using var doc = Stage.Parse("“A ‘b’ c,” he said, “d.”");
        Stage.Pairs(doc).Select(p => p.Open).Should().BeInAscendingOrder();
    }
}
