using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Stages;

/// <summary>AsciiWordTable: the same answers as a case-insensitive dictionary, for ASCII words; others are declined.</summary>
public sealed class AsciiWordTableTests
{
    private static readonly WordInfo Said = new(), President = new(), Dotless = new(), Accented = new();

    private static readonly Dictionary<string, WordInfo> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = Said,
        ["President"] = President,
        ["ıt"] = Dotless, // not ASCII: under OrdinalIgnoreCase no ASCII word matches it, and the table leaves it out
        ["café"] = Accented,
    };

    private static readonly AsciiWordTable Table = new(Words);

    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("Said")]
    [InlineData("president")]
    [InlineData("PRESIDENT")]
    [InlineData("it")]
    [InlineData("IT")]
    [InlineData("sai")]
    [InlineData("saidx")]
    [InlineData("s@id")]
    [InlineData("")]
    [InlineData("a-very-long-word-longer-than-any-key")]
    public void Answers_an_ascii_word_as_the_dictionary_does(string word)
    {
        var found = Table.Find(word, out bool ascii);

        ascii.Should().BeTrue();
        found.Should().BeSameAs(Words.GetValueOrDefault(word));
    }

    [Theory]
    [InlineData("café")]
    [InlineData("CAFÉ")]
    [InlineData("saïd")]
    [InlineData("a-very-long-wörd-longer-than-any-key")]
    public void Declines_a_word_that_is_not_ascii(string word)
    {
        Table.Find(word, out bool ascii).Should().BeNull();
        ascii.Should().BeFalse();
    }

    // The shared lexicon's particles (cue-verbs.tsv: "point out", "hit back", "weigh in", "go on") in any casing; words
    // that share a particle's length and one of its letters are not particles.
    [Theory]
    [InlineData("in", true)]
    [InlineData("IN", true)]
    [InlineData("On", true)]
    [InlineData("out", true)]
    [InlineData("Back", true)]
    [InlineData("is", false)]
    [InlineData("of", false)]
    [InlineData("an", false)]
    [InlineData("i", false)]
    [InlineData("", false)]
    [InlineData("bac", false)]
    [InlineData("backs", false)]
    [InlineData("ın", false)]
    [InlineData("1n", false)]
    public void The_shared_lexicon_knows_its_particles(string word, bool expected)
    {
        Lexicon.Shared.IsParticle(word).Should().Be(expected);
    }

    [Fact]
    public void The_shared_lexicon_finds_every_word_form_in_any_ascii_casing()
    {
        foreach (string word in new[] { "said", "Said", "SAID", "told", "According", "spokesman", "Mr", "U.S", "Ukrainian" })
        {
            Lexicon.Shared.Find(word).Should().NotBeNull(word);
        }

        Lexicon.Shared.Find("Zelenskyyy").Should().BeNull();
    }
}
