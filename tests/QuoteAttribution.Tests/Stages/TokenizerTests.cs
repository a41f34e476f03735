using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Stages;

/// <summary>Tokenizer: what counts as one token, its kind and flags, and exact offsets.</summary>
public sealed class TokenizerTests
{
    [Theory]
    [InlineData("The talks resumed", new[] { "The", "talks", "resumed" })]
    [InlineData("ceasefire-talks, again.", new[] { "ceasefire-talks", ",", "again", "." })]
    [InlineData("It cost 1,000.5 euros", new[] { "It", "cost", "1,000.5", "euros" })]
    [InlineData("on 12/07/2025 at 10:30", new[] { "on", "12/07/2025", "at", "10:30" })]
    [InlineData("the U.S. said", new[] { "the", "U.S.", "said" })]
    [InlineData("Mr. Smith and Sen. Jones", new[] { "Mr.", "Smith", "and", "Sen.", "Jones" })]
    [InlineData("John F. Kennedy", new[] { "John", "F.", "Kennedy" })]
    [InlineData("Some 70% said, 5 % fewer", new[] { "Some", "70%", "said", ",", "5", "%", "fewer" })]
    [InlineData("J.R.R. Tolkien wrote", new[] { "J.R.R.", "Tolkien", "wrote" })]
    [InlineData("a 52-count complaint, a 5-4 vote", new[] { "a", "52-count", "complaint", ",", "a", "5-4", "vote" })]
    [InlineData("We don't know", new[] { "We", "don't", "know" })]
    [InlineData("It isn’t over", new[] { "It", "isn’t", "over" })]
    [InlineData("they’ll go", new[] { "they’ll", "go" })]
    [InlineData("Russia’s army", new[] { "Russia", "’s", "army" })]
    [InlineData("Trump's plan", new[] { "Trump", "'s", "plan" })]
    [InlineData("in the '90s", new[] { "in", "the", "'90s" })]
    [InlineData("O'Brien said", new[] { "O'Brien", "said" })]
    [InlineData("“No,” he said.", new[] { "“", "No", ",", "”", "he", "said", "." })]
    [InlineData("Moscow — and Kyiv", new[] { "Moscow", "—", "and", "Kyiv" })]
    [InlineData("wait...", new[] { "wait", "..." })]
    [InlineData("''a 'special case,''' he said", new[] { "''", "a", "'", "special", "case", ",", "'", "''", "he", "said" })]
    [InlineData("said: '''Yes' is wrong''", new[] { "said", ":", "''", "'", "Yes", "'", "is", "wrong", "''" })]
    [InlineData("said:'''Yes' is wrong''", new[] { "said", ":", "''", "'", "Yes", "'", "is", "wrong", "''" })]
    [InlineData("on Amazon.com and Halo.Bungie.Org.", new[] { "on", "Amazon.com", "and", "Halo.Bungie.Org", "." })]
    [InlineData("he said.The end", new[] { "he", "said", ".", "The", "end" })]
    public void Splits_text_into_tokens(string text, string[] expected)
    {
        Stage.TokenTexts(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Putin", "Word")]
    [InlineData("1,000.5", "Number")]
    [InlineData("2022", "Number")]
    [InlineData("'90s", "Number")]
    [InlineData("’90s", "Number")]
    [InlineData("“", "QuoteMark")]
    [InlineData("”", "QuoteMark")]
    [InlineData("‘", "QuoteMark")]
    [InlineData("\"", "QuoteMark")]
    [InlineData("«", "QuoteMark")]
    [InlineData("»", "QuoteMark")]
    [InlineData("„", "QuoteMark")]
    [InlineData("‹", "QuoteMark")]
    [InlineData("「", "QuoteMark")]
    [InlineData("』", "QuoteMark")]
    [InlineData("—", "Dash")]
    [InlineData("–", "Dash")]
    [InlineData("--", "Dash")]
    [InlineData("15-year-old", "Word")]
    [InlineData("2-1", "Number")]
    [InlineData(";", "Punctuation")]
    [InlineData("?", "Punctuation")]
    public void Classifies_a_lone_token(string text, string kind)
    {
        var tokens = Stage.Tokenize(text);
        tokens.Should().ContainSingle();
        tokens[0].Kind.Should().Be(Enum.Parse<TokenKind>(kind));
        tokens[0].Length.Should().Be(text.Length);
    }

    [Theory]
    [InlineData("Russia’s defence ministry", 1, "’s")]
    [InlineData("Trump's tariffs", 1, "'s")]
    [InlineData("the BBC’s report", 2, "’s")]
    [InlineData("Radio 4's Today programme", 2, "'s")]
    public void Possessive_s_is_its_own_token_with_the_Possessive_flag(string text, int index, string possessive)
    {
        var tokens = Stage.Tokenize(text);
        text.Substring(tokens[index].Start, tokens[index].Length).Should().Be(possessive);
        tokens[index].Has(TokenFlags.Possessive).Should().BeTrue();
        tokens[index - 1].Has(TokenFlags.Possessive).Should().BeFalse("the owner stays a clean word");
    }

    [Theory]
    [InlineData("isn’t")]
    [InlineData("don't")]
    [InlineData("it's")]
    [InlineData("It’s")]
    [InlineData("O'Brien")]
    public void Contractions_and_inner_apostrophes_are_not_possessive(string word)
    {
        var tokens = Stage.Tokenize(word);
        tokens.Should().ContainSingle();
        tokens[0].Has(TokenFlags.Possessive).Should().BeFalse();
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("Mr.")]
    [InlineData("Sen.")]
    [InlineData("Gen.")]
    [InlineData("F.")]
    public void Abbreviations_keep_their_period_and_are_flagged(string abbreviation)
    {
        var tokens = Stage.Tokenize(abbreviation + " Smith");
        abbreviation.Should().Be(abbreviation[..tokens[0].Length]);
        tokens[0].Length.Should().Be(abbreviation.Length);
        tokens[0].Has(TokenFlags.Abbreviation).Should().BeTrue();
    }

    [Theory]
    [InlineData("Smith.")]
    [InlineData("talks.")]
    public void An_ordinary_word_does_not_swallow_a_sentence_period(string text)
    {
        Stage.TokenTexts(text).Should().Equal(text[..^1], ".");
    }

    [Theory]
    [InlineData("Peskov", true, false)]
    [InlineData("NATO", true, true)]
    [InlineData("U.S.", true, true)]
    [InlineData("peace", false, false)]
    [InlineData("I", true, false)]
    public void Flags_capitalisation(string word, bool capitalized, bool allCaps)
    {
        var t = Stage.Tokenize(word)[0];
        t.Has(TokenFlags.Capitalized).Should().Be(capitalized);
        t.Has(TokenFlags.AllCaps).Should().Be(allCaps);
    }

    [Fact]
    public void Flags_spacing_and_paragraph_starts()
    {
        var tokens = Stage.Tokenize("He said:\n“Yes.”");

        tokens[0].Has(TokenFlags.ParagraphStart).Should().BeTrue("the first token opens the first paragraph");
        tokens[1].Has(TokenFlags.SpaceBefore).Should().BeTrue();
        tokens[2].Has(TokenFlags.SpaceBefore).Should().BeFalse("the colon is glued to 'said'");
        tokens[3].Has(TokenFlags.ParagraphStart).Should().BeTrue("a line break starts a paragraph");
        tokens[2].Has(TokenFlags.SpaceAfter).Should().BeTrue();
        tokens[4].Has(TokenFlags.SpaceBefore).Should().BeFalse();
    }

    [Theory]
    [InlineData("One\nTwo", false)]
    [InlineData("One\r\nTwo", false)]
    [InlineData("One \n  Two", false)]
    [InlineData("One\n\nTwo", true)]
    [InlineData("One\r\n\r\nTwo", true)]
    [InlineData("One\n \t\nTwo", true)]
    [InlineData("One\r\rTwo", true)]
    [InlineData("One\u2029Two", true)]
    [InlineData("One Two", false)]
    public void A_blank_line_is_told_apart_from_a_single_line_break(string text, bool blank)
    {
        var tokens = Stage.Tokenize(text);

        tokens[0].Has(TokenFlags.BlankLineBefore).Should().BeTrue("the text's start counts as a blank line");
        tokens[1].Has(TokenFlags.BlankLineBefore).Should().Be(blank);
        tokens[1].Has(TokenFlags.ParagraphStart).Should().Be(text != "One Two", "any line break starts a paragraph");
    }

    [Theory]
    [InlineData("“We will win,” said Mr. Zelenskyy in Kyiv’s centre on 24.08.2025 — again.")]
    [InlineData("  Leading spaces,\r\nCRLF breaks\tand tabs… «guillemets» and „low quotes“ ")]
    [InlineData("Emoji 👍 and 「corner」 marks, '90s rock 'n' roll, isn’t it?")]
    public void Offsets_are_exact_and_cover_every_non_space_character(string text)
    {
        var tokens = Stage.Tokenize(text);
        int pos = 0;
        foreach (var t in tokens)
        {
            t.Start.Should().BeGreaterThanOrEqualTo(pos, "tokens come in order and never overlap");
            text[pos..t.Start].Should().Match(s => string.IsNullOrWhiteSpace(s), "only white space lies between tokens");
            t.Length.Should().BePositive();
            pos = t.End;
        }

        text[pos..].Should().Match(s => string.IsNullOrWhiteSpace(s));
    }

    [Fact]
    public void Reports_exact_offsets()
    {
        const string text = "“Talks,” Peskov’s aide said.";
        var spans = Stage.Tokenize(text).Select(t => (t.Start, t.End)).ToList();
        spans.Should().Equal((0, 1), (1, 6), (6, 7), (7, 8), (9, 15), (15, 17), (18, 22), (23, 27), (27, 28));
    }

    [Fact]
    public void Empty_and_white_space_text_has_no_tokens()
    {
        Stage.Tokenize(string.Empty).Should().BeEmpty();
        Stage.Tokenize(" \n\t ").Should().BeEmpty();
    }

    [Fact]
    public void Words_are_looked_up_in_the_lexicon()
    {
        var tokens = Stage.Tokenize("Peskov said");
        tokens[1].Info.Should().NotBeNull();
        tokens[1].Info!.Cue.Should().Be(Cues.CueClass.Speech);
    }
}
