using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Stages;

/// <summary>NameFinder: names found in text, with titles, roles and nationalities split off the name.</summary>
public sealed class NameFinderTests
{
    /// <summary>(mention as written, resolved entity name) of each name mention.</summary>
    private static List<(string Mention, string Name)> NamesOf(string text)
    {
        using var doc = Stage.Parse(text);
        var (registry, names) = Stage.Names(doc);
        return [.. names.Select(m => (doc.Slice(m.First, m.Last).ToString(), registry.NameOf(m.Entity)))];
    }

    [Theory]
    [InlineData("Kremlin spokesperson Dmitry Peskov spoke on Sunday.", "Kremlin spokesperson Dmitry Peskov", "Dmitry Peskov")]
    [InlineData("Russian President Vladimir Putin spoke on Sunday.", "Russian President Vladimir Putin", "Vladimir Putin")]
    [InlineData("Then US President Donald Trump spoke on Sunday.", "US President Donald Trump", "Donald Trump")]
    [InlineData("Yesterday Ukrainian President Volodymyr Zelenskyy spoke.", "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy")]
    [InlineData("Yesterday Foreign Minister Elena Markova spoke.", "Foreign Minister Elena Markova", "Elena Markova")]
    [InlineData("Yesterday Sen. Lisa Hartman spoke.", "Sen. Lisa Hartman", "Lisa Hartman")]
    [InlineData("Yesterday Mr. Green spoke.", "Mr. Green", "Green")]
    [InlineData("Yesterday Mr. King spoke.", "Mr. King", "King")]
    [InlineData("Yesterday Dr. Major spoke.", "Dr. Major", "Major")]
    [InlineData("Then company spokesman Peter Lang spoke.", "spokesman Peter Lang", "Peter Lang")]
    [InlineData("Later John F. Kennedy spoke.", "John F. Kennedy", "John F. Kennedy")]
    [InlineData("Then Secretary of State Marco Rubio spoke.", "Secretary of State Marco Rubio", "Marco Rubio")]
    [InlineData("Then Prime Minister Keir Starmer spoke.", "Prime Minister Keir Starmer", "Keir Starmer")]
    [InlineData("Then Dutchman Arnoud Okken spoke.", "Dutchman Arnoud Okken", "Arnoud Okken")]
    [InlineData("Then UK Coal spoke.", "UK Coal", "UK Coal")]
    [InlineData("Then US Airways spoke.", "US Airways", "US Airways")]
    [InlineData("Then the German Federal Labour Agency spoke.", "German Federal Labour Agency", "German Federal Labour Agency")]
    [InlineData("Then Mr French spoke.", "Mr French", "French")]
    [InlineData("Then coach Henk Ten Cate spoke.", "coach Henk Ten Cate", "Henk Ten Cate")]
    [InlineData("Then the Finance and Economy Ministry spoke.", "Finance and Economy Ministry", "Finance and Economy Ministry")]
    [InlineData("Then Chancellor of the Exchequer Gordon Brown spoke.", "Exchequer Gordon Brown", "Gordon Brown")]
    [InlineData("Then the China Three Gorges Project Corp spoke.", "China Three Gorges Project Corp", "China Three Gorges Project Corp")]
    [InlineData("Then festival director Sandra den Hamer spoke.", "director Sandra den Hamer", "Sandra den Hamer")]
    [InlineData("Grant Shapps spoke about the grant.", "Grant Shapps", "Grant Shapps")]
    public void Splits_titles_and_roles_off_the_name(string text, string mention, string name)
    {
        // Only the person's mention is checked: an organisation in the role ("Kremlin") may be a name of its own.
        NamesOf(text).Where(n => n.Name == name).Should().Equal((mention, name));
    }

    // A sentence-opening word the lists lack, written in lower case nearby, is no part of a name the text gives alone
    // elsewhere and never repeats whole; "Royal Bank of Scotland" is no "Bank of Scotland" however often "royal" stands.
    [Theory]
    [InlineData("Embattled Ostrowski vows to fight on.\n\nThe embattled chairman resigned. Then Ostrowski left.", "Ostrowski")]
    [InlineData("Troubled Marsh under scrutiny.\n\nThe troubled broker fell. Then Marsh spoke.", "Marsh")]
    [InlineData("The royal wedding was held.\n\nRoyal Bank of Scotland said profits rose.", "Royal Bank of Scotland")]
    public void A_sentence_opening_word_written_in_lower_case_elsewhere_is_no_part_of_the_name(string text, string name)
    {
        NamesOf(text)[0].Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Talks were held in Istanbul with the Kremlin and NATO.", new[] { "Istanbul", "Kremlin", "NATO" })]
    [InlineData("The Defence Ministry and the White House spoke.", new[] { "Defence Ministry", "White House" })]
    [InlineData("Officials from the Bank of England spoke.", new[] { "Bank of England" })]
    [InlineData("Unlike Patriot, Acme Coal paid its debts.", new[] { "Patriot", "Acme Coal" })]
    [InlineData("Throughout March, Acme Coal paid its debts.", new[] { "Acme Coal" })]
    [InlineData("Talks with Theresa May and Brian May went well.", new[] { "Theresa May", "Brian May" })]
    [InlineData("In May, Acme Coal paid its debts.", new[] { "Acme Coal" })]
    [InlineData("Leaked documents have suggested Acme Coal paid its debts.", new[] { "Acme Coal" })]
    [InlineData("Analysts at Standard & Poor's and Marsh & McLennan agreed.", new[] { "Standard & Poor", "Marsh & McLennan" })]
    [InlineData("Shares in M&S. rose.", new[] { "M&S" })]
    [InlineData("Economist Tom Hale of UK Sport and the Bank of England agreed.", new[] { "Tom Hale", "UK Sport", "Bank of England" })]
    [InlineData("The World Travel and Tourism Council and Acme Coal agreed.", new[] { "World Travel and Tourism Council", "Acme Coal" })]
    [InlineData("Banque du Caire and Bank of Alexandria agreed.", new[] { "Banque du Caire", "Bank of Alexandria" })]
    [InlineData("Talks with former Olympian and BBC pundit Steve Cram ended.", new[] { "Olympian", "BBC", "Steve Cram" })]
    [InlineData("Universities Scotland said more universities should agree.", new[] { "Universities Scotland" })]
    [InlineData("But the League Against Cruel Sports claimed the act was broken.", new[] { "League Against Cruel Sports" })]
    [InlineData("Analysts at Credit Suisse First Boston agreed.", new[] { "Credit Suisse First Boston" })]
    [InlineData("Talks with Ghazi al-Gosaibi ended.", new[] { "Ghazi al-Gosaibi" })]
    public void Finds_places_and_organisations(string text, string[] expected)
    {
        NamesOf(text).Select(n => n.Name).Should().Equal(expected);
    }

    [Theory]
    [InlineData("The talks failed, said a Ukraine spokesperson\n\nJohn Smith arrived late.", "John Smith")]
    [InlineData("The talks failed, said a Ukraine spokesperson.\nJohn Smith arrived late.", "John Smith")]
    [InlineData("The talks failed, said the Ukraine spokesperson\nJohn Smith, who arrived late.", "Ukraine spokesperson\nJohn Smith")]
    public void Role_words_before_a_name_stay_on_its_side_of_a_blank_line(string text, string mention)
    {
        NamesOf(text).Where(n => n.Name == "John Smith").Select(n => n.Mention).Should().Equal(mention);
    }

    [Fact]
    public void A_run_longer_than_any_name_is_no_name()
    {
        string headline = string.Join(' ', Enumerable.Range(0, NameFinder.MaxRunTokens + 1).Select(i => $"Word{i}"));

        NamesOf(headline + " said Mary Jones.").Select(n => n.Name).Should().Equal("Mary Jones");
    }

    [Theory]
    [InlineData("Could Yukos survive the tax bill?", new[] { "Yukos" })]
    [InlineData("Does Brussels want a deal at all?", new[] { "Brussels" })]
    [InlineData("Has Alice Brown spoken yet?", new[] { "Alice Brown" })]
    [InlineData("Will Young said he was delighted.", new[] { "Will Young" })]
    public void An_auxiliary_opening_a_question_is_not_part_of_the_name(string text, string[] expected)
    {
        NamesOf(text).Select(n => n.Name).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Russian officials said the talks were over.")]
    [InlineData("Several Ukrainian soldiers were wounded.")]
    [InlineData("The talks stalled, and American diplomats left.")]
    [InlineData("A British spokesperson declined to comment.")]
    [InlineData("The President spoke to reporters.")]
    [InlineData("Thank you, Mr. President, for coming.")]
    [InlineData("Yes, Madam Speaker, the vote is open.")]
    public void Nationality_adjectives_and_titles_alone_are_not_names(string text)
    {
        NamesOf(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The sun rose. Peskov stayed silent.")]
    [InlineData("However, the talks ended.")]
    [InlineData("Meanwhile the talks ended.")]
    public void A_capitalised_word_opening_a_sentence_is_not_a_name_without_evidence(string text)
    {
        NamesOf(text).Should().NotContain(n => n.Name == "However" || n.Name == "Meanwhile" || n.Name == "The");
    }

    // A role's plural opening a sentence is the role's people, even before a cue; a surname ending in "s" is not one.
    [Theory]
    [InlineData("The talks ended. Ministers said nothing.", "Ministers", false)]
    [InlineData("The talks ended. Bosses said nothing.", "Bosses", false)]
    [InlineData("The talks ended. Campaigners said nothing.", "Campaigners", false)]
    [InlineData("The talks ended. Jones said nothing.", "Jones", true)]
    [InlineData("The talks ended. Reuters said nothing.", "Reuters", true)]
    public void A_role_s_plural_opening_a_sentence_is_no_name(string text, string word, bool name)
    {
        NamesOf(text).Any(n => n.Name == word).Should().Be(name);
    }

    [Fact]
    public void A_lone_sentence_initial_surname_followed_by_a_cue_is_a_name()
    {
        NamesOf("The sun rose. Peskov said nothing.").Should().Contain(("Peskov", "Peskov"));
    }

    [Fact]
    public void Records_title_gender_and_country_on_the_entity()
    {
        using var doc = Stage.Parse("Ukrainian President Volodymyr Zelenskyy spoke. Kremlin spokeswoman Maria Zakharova spoke.");
        var (registry, names) = Stage.Names(doc);

        var zelenskyy = registry[names.Single(n => registry.NameOf(n.Entity) == "Volodymyr Zelenskyy").Entity];
        zelenskyy.Kind.Should().Be(MentionKind.Person);
        zelenskyy.HasTitle(Lexicon.Shared.Find("president")).Should().BeTrue();
        zelenskyy.Country.Should().BeGreaterThanOrEqualTo(0);
        Lexicon.Shared.Countries[zelenskyy.Country].Should().BeEquivalentTo("Ukraine");

        var zakharova = registry[names.Single(n => registry.NameOf(n.Entity) == "Maria Zakharova").Entity];
        zakharova.Gender.Should().Be('f');
    }

    [Theory]
    [InlineData("Kremlin", "Org")]
    [InlineData("Kyiv", "Org")]
    [InlineData("President Joe Biden", "Person")]
    [InlineData("the United States", "Org")]
    [InlineData("South Korea", "Org")]
    [InlineData("Downing Street", "Org")]
    [InlineData("Mary Street", "Person")]
    [InlineData("Marsh & McLennan", "Org")]
    [InlineData("bank Absa", "Org")]
    [InlineData("Vanmeer Brewing", "Org")]
    [InlineData("shares in Krispy Kreme", "Org")]
    public void Gives_each_name_a_kind(string phrase, string kind)
    {
        using var doc = Stage.Parse("On Monday " + phrase + " said nothing.");
        var (registry, names) = Stage.Names(doc);
        registry[names.Single().Entity].Kind.Should().Be(Enum.Parse<MentionKind>(kind));
    }

    [Fact]
    public void Mentions_come_out_in_document_order()
    {
        using var doc = Stage.Parse("Yesterday Peskov met Umerov. Later Zelenskyy met Peskov and Rubio in Istanbul.");
        var (_, names) = Stage.Names(doc);
        names.Select(n => n.First).Should().BeInAscendingOrder();
        names.Should().HaveCount(6);
    }
}
