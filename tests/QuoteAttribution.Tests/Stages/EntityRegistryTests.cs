namespace QuoteAttribution.Tests.Stages;

/// <summary>EntityRegistry: the different names of one person or organisation reach one entity.</summary>
public sealed class EntityRegistryTests
{
    /// <summary>Resolved entity name of each name mention, in order.</summary>
    private static List<(string Mention, int Entity, string Name)> Resolve(string text)
    {
        using var doc = Stage.Parse(text);
        var (registry, names) = Stage.Names(doc);
        return [.. names.Select(m => (doc.Slice(m.First, m.Last).ToString(), m.Entity, registry.NameOf(m.Entity)))];
    }

    [Theory]
    [InlineData("Kremlin spokesperson Dmitry Peskov spoke on Sunday. Later Peskov spoke again.", "Dmitry Peskov", "Peskov")]
    [InlineData("Russian President Vladimir Putin met them. Later President Putin left.", "Vladimir Putin", "President Putin")]
    [InlineData("Russian President Vladimir Putin met them. Later Putin left.", "Vladimir Putin", "Putin")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy spoke. Later Zelensky spoke.", "Volodymyr Zelenskyy", "Zelensky")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy spoke. Later Zelenskiy spoke.", "Volodymyr Zelenskyy", "Zelenskiy")]
    [InlineData("Ukrainian President Volodymyr Zelensky spoke. Later Zelenskyy spoke.", "Volodymyr Zelensky", "Zelenskyy")]
    [InlineData("Secretary Marco Rubio arrived. Later Mr. Rubio left.", "Marco Rubio", "Mr. Rubio")]
    [InlineData("Chairman Kim Yungmin arrived. Later Mr Kim left.", "Kim Yungmin", "Mr Kim")]
    public void A_later_short_name_reaches_the_full_name(string text, string fullName, string laterMention)
    {
        var mentions = Resolve(text);
        var first = mentions[0];
        var later = mentions[^1];
        first.Name.Should().Be(fullName);
        later.Mention.Should().Be(laterMention);
        later.Entity.Should().Be(first.Entity);
        later.Name.Should().Be(fullName);
    }

    [Fact]
    public void Zelenskyy_spelling_variants_are_one_entity()
    {
        var mentions = Resolve("Volodymyr Zelenskyy spoke. Then Zelensky spoke. Then Zelenskiy spoke. Then President Zelenskyy left.");
        mentions.Should().HaveCount(4);
        mentions.Select(m => m.Entity).Distinct().Should().ContainSingle();
        mentions.Should().OnlyContain(m => m.Name == "Volodymyr Zelenskyy");
    }

    [Fact]
    public void Different_people_stay_apart()
    {
        var mentions = Resolve("Donald Trump met Marco Rubio and Vladimir Putin. Later Trump, Rubio and Putin spoke.");
        mentions.Should().HaveCount(6);
        mentions.Select(m => m.Entity).Distinct().Should().HaveCount(3);
        mentions.Where(m => m.Mention == "Rubio").Should().ContainSingle().Which.Name.Should().Be("Marco Rubio");
    }

    [Fact]
    public void People_sharing_a_surname_with_different_first_names_stay_apart()
    {
        var mentions = Resolve("Yesterday Hunter Biden met Joe Biden.");
        mentions.Should().HaveCount(2);
        mentions[0].Entity.Should().NotBe(mentions[1].Entity);
    }

    // A family name written first is reached only after an honorific, and only when the first word is no known first
    // name: "John" alone is not "John Smith".
    [Theory]
    [InlineData("Chairman Kim Yungmin arrived. Later Kim left.")]
    [InlineData("Chairman John Smith arrived. Later Mr John left.")]
    public void A_first_word_alone_does_not_reach_a_full_name(string text)
    {
        var mentions = Resolve(text);
        mentions[^1].Entity.Should().NotBe(mentions[0].Entity);
    }

    // A company's first word alone names it when the rest is "&" and a name or words of a company's kind (org-words.txt,
    // "company"), either way round; not a product's or a paper's name, nor a person's surname.
    [Theory]
    [InlineData("Shares in Halvard & Brooke fell. Later Halvard spoke.", "Halvard & Brooke", true)]
    [InlineData("Dunmore Energy found oil. Later Dunmore spoke.", "Dunmore Energy", true)]
    [InlineData("Yesterday Dunmore spoke. Later Dunmore Energy found oil.", "Dunmore Energy", true)]
    [InlineData("Users of Norvale Office complained. Later Norvale spoke.", "Norvale", false)]
    [InlineData("Readers of Castle News complained. Later Castle spoke.", "Castle", false)]
    [InlineData("Yesterday Dunmore Energy found oil. Later Mr Dunmore spoke.", "Dunmore", false)]
    public void A_company_s_first_word_names_it(string text, string laterName, bool same)
    {
        var mentions = Resolve(text);
        mentions[^1].Name.Should().Be(laterName);
        (mentions[^1].Entity == mentions[0].Entity).Should().Be(same);
    }

    [Fact]
    public void Each_name_mention_counts_towards_its_entity()
    {
        using var doc = Stage.Parse("Acme Energy cut jobs. Acme Energy sold a mine. Later Acme spoke. Oil group Castlewood said nothing.");
        var (registry, names) = Stage.Names(doc);
        registry[names[0].Entity].Mentions.Should().Be(3);
        registry[names[^1].Entity].Mentions.Should().Be(1);
    }

    [Fact]
    public void Lookup_finds_without_registering()
    {
        using var doc = Stage.Parse("Yesterday Dmitry Peskov spoke. Later Peskov and Lavrov spoke.");
        var (registry, names) = Stage.Names(doc);
        int before = registry.Count;
        int peskov = Enumerable.Range(0, doc.Count).Last(i => doc.Slice(i) is "Peskov");
        int lavrov = Enumerable.Range(0, doc.Count).Single(i => doc.Slice(i) is "Lavrov");

        registry.Lookup(peskov, peskov).Should().Be(names[0].Entity);
        registry.Count.Should().Be(before);
        registry.NameOf(registry.Lookup(lavrov, lavrov)).Should().Be("Lavrov");
        int the = Enumerable.Range(0, doc.Count).First(i => doc.Slice(i) is "spoke");
        registry.Lookup(the, the).Should().Be(-1);
    }

    [Fact]
    public void Names_are_written_with_single_spaces()
    {
        var mentions = Resolve("Yesterday Dmitry\u00A0 Peskov spoke.");
        mentions.Should().ContainSingle().Which.Name.Should().Be("Dmitry Peskov");
    }
}
