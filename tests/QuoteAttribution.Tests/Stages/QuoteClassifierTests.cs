using QuoteAttribution.Quotes;

namespace QuoteAttribution.Tests.Stages;

/// <summary>QuoteClassifier: a quotation in marks is someone's full words (direct), a fragment (partial) or a title/scare quote.</summary>
public sealed class QuoteClassifierTests
{
    private static List<(string Content, string Shape)> Classify(string text)
    {
        using var doc = Stage.Parse(text);
        return [.. Stage.Candidates(doc).Select(c => (Stage.Content(doc, c), c.Shape.ToString()))];
    }

    [Theory]
    [InlineData("“We will never give up,” Peskov said.", "We will never give up,", "Direct")]
    [InlineData("Peskov said: “Our goals are clear.”", "Our goals are clear.", "Direct")]
    [InlineData("Peskov said, “Our goals are clear.”", "Our goals are clear.", "Direct")]
    [InlineData("He added “the main thing is to achieve our goals.”", "the main thing is to achieve our goals.", "Direct")]
    [InlineData("“Everything should be done to achieve a ceasefire.”", "Everything should be done to achieve a ceasefire.", "Direct")]
    [InlineData("\"Enough,\" she said.", "Enough,", "Direct")]
    [InlineData("The sign — “Closed until further notice.” — hung there.", "Closed until further notice.", "Direct")]
    [InlineData("Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’\n\nThe senator spoke.", "You Should Be Criminally Investigated.", "Direct")]
    [InlineData("Review: ‘The Lord of the Rings’\n\nThe film opens.", "The Lord of the Rings", "Title")]
    [InlineData("Peskov noted Trump's often \"harsh\" rhetoric.", "harsh", "Partial")]
    [InlineData("He criticised his sometimes “harsh” rhetoric.", "harsh", "Partial")]
    [InlineData("It is their “primary task” now.", "primary task", "Partial")]
    [InlineData("He called the plan “a step in the right direction” for both sides.", "a step in the right direction", "Partial")]
    [InlineData("Iwata said the company was “pleased to have offered such a short period of time between the US and European launch”.", "pleased to have offered such a short period of time between the US and European launch", "Partial")]
    [InlineData("Iwata said the company was “pleased to have offered such a short period of time between the US and European launch, and it will go on doing so in every market”.", "pleased to have offered such a short period of time between the US and European launch, and it will go on doing so in every market", "Partial")]
    [InlineData("Iwata said “the company is pleased to have offered such a short period of time between the US and European launch, and it will go on doing so”.", "the company is pleased to have offered such a short period of time between the US and European launch, and it will go on doing so", "Direct")]
    [InlineData("The bank said Houston was “a city in which the oil firm owns no property and does no business.”", "a city in which the oil firm owns no property and does no business.", "Partial")]
    [InlineData("The chief executive wrote that “the coming months will be difficult for all of us, and some jobs will go.”", "the coming months will be difficult for all of us, and some jobs will go.", "Direct")]
    [InlineData("He called the attack “cowardly and evil. Those responsible will be hunted down.”", "cowardly and evil. Those responsible will be hunted down.", "Direct")]
    [InlineData("Teenagers still play the game “Fortnite” every week.", "Fortnite", "Title")]
    [InlineData("The director’s new film “The Long Winter” opens on Friday.", "The Long Winter", "Title")]
    [InlineData("The album “Blue Skies Forever” sold well.", "Blue Skies Forever", "Title")]
    [InlineData("They watched the series “Breaking Bad” again.", "Breaking Bad", "Title")]
    [InlineData("On Tuesday’s episode of “The Steve Harvey Morning Show,” she spoke.", "The Steve Harvey Morning Show,", "Title")]
    [InlineData("In his 2002 book, ''Make Your Kid a Millionaire,'' he suggested saving early.", "Make Your Kid a Millionaire,", "Title")]
    [InlineData("“Thank you all,” she said.", "Thank you all,", "Direct")]
    [InlineData("“After that,” she said, and she left the room.", "After that,", "Direct")]
    [InlineData("Kerr said because the mayor is popular, “she's a strong surrogate for him.”", "she's a strong surrogate for him.", "Direct")]
    [InlineData("Pike attacked Ortiz, calling her, among other things, “a failed mayor.”", "a failed mayor.", "Partial")]
    [InlineData("“Your Honor,” I said.", "Your Honor,", "Direct")]
    [InlineData("His show, “Guardians of the Galaxy,” posted the clip.", "Guardians of the Galaxy,", "Title")]
    [InlineData("The practice, known as “passing off”, is illegal.", "passing off", "Title")]
    [InlineData("He spoke of a period of so-called “cowboy capitalism” then.", "cowboy capitalism", "Title")]
    [InlineData("The adaptor, nicknamed “energy vampire”, wastes power.", "energy vampire", "Title")]
    [InlineData("The minister called it “a disgrace” on Monday.", "a disgrace", "Partial")]
    [InlineData("In his book, ''A Time for Truth,'' published in 2015, he spoke.", "A Time for Truth,", "Title")]
    [InlineData("Finch said it was vital to learn “what went wrong, why it went wrong and whether the hospital properly planned for the winter and responded to patients”.", "what went wrong, why it went wrong and whether the hospital properly planned for the winter and responded to patients", "Partial")]
    [InlineData("Finch said it was vital to learn “what went wrong, why it went wrong and whether the hospital properly planned for the winter and responded to patients.”", "what went wrong, why it went wrong and whether the hospital properly planned for the winter and responded to patients.", "Direct")]
    [InlineData("It blamed “continuing uncertainties such as oil prices” for the fall.", "continuing uncertainties such as oil prices", "Partial")]
    [InlineData("He called the attack “an evil, hateful act.”", "an evil, hateful act.", "Partial")]
    [InlineData("The crowd chanted “We want more!” as he left.", "We want more!", "Direct")]
    public void Classifies_direct_partial_and_title(string text, string content, string shape)
    {
        Classify(text).Should().Equal((content, shape));
    }

    [Fact]
    public void Classifies_each_quotation_of_a_passage()
    {
        const string text = "“The talks were hard,” Markova said of the “difficult” round. “We agreed on a timetable.”";
        Classify(text).Should().Equal(
            ("The talks were hard,", "Direct"),
            ("difficult", "Partial"),
            ("We agreed on a timetable.", "Direct"));
    }

    [Fact]
    public void Nested_quotations_are_part_of_the_outer_quote()
    {
        using var doc = Stage.Parse("“They called it ‘a trap’ and walked out,” Lang said.");
        var candidates = Stage.Candidates(doc);
        candidates.Should().ContainSingle();
        Stage.Content(doc, candidates[0]).Should().Be("They called it ‘a trap’ and walked out,");
    }

    [Theory]
    [InlineData("He said “” and left.")]
    [InlineData("He said “ ... ” and left.")]
    [InlineData("No quotation marks here at all.")]
    public void Empty_and_wordless_quotations_are_not_candidates(string text)
    {
        Classify(text).Should().BeEmpty();
    }

    [Fact]
    public void A_multi_paragraph_quote_is_one_direct_candidate()
    {
        const string text = "She said: “The first part.\n\n“The second part.\n\n“The end.”";
        using var doc = Stage.Parse(text);
        var c = Stage.Candidates(doc).Should().ContainSingle().Subject;
        c.Shape.Should().Be(QuoteShape.Direct);
        c.MultiParagraph.Should().BeTrue();
        c.WordCount.Should().Be(8);
    }

    [Fact]
    public void Content_span_excludes_the_marks()
    {
        const string text = "“Yes,” he said.";
        using var doc = Stage.Parse(text);
        var c = Stage.Candidates(doc).Single();
        (c.ContentStart, c.ContentEnd).Should().Be((1, 5));
        doc.Slice(c.Open).ToString().Should().Be("“");
        doc.Slice(c.Close).ToString().Should().Be("”");
    }
}
