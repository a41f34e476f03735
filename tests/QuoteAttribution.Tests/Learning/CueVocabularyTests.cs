using QuoteAttribution.Learning;

namespace QuoteAttribution.Tests.Learning;

/// <summary>The words a model's cue decision is asked about: a case-insensitive set behind a cheap bit filter.</summary>
public class CueVocabularyTests
{
    private static readonly CueVocabulary Words = CueVocabulary.Of(["said", "according", "tweeted", "’s", "déclaré", "a"]);

    [Theory]
    [InlineData("said", true)]
    [InlineData("Said", true)]
    [InlineData("SAID", true)]
    [InlineData("according", true)]
    [InlineData("tweeted", true)]
    [InlineData("’s", true)]
    [InlineData("DÉCLARÉ", true)]
    [InlineData("a", true)]
    [InlineData("says", false)]
    [InlineData("sad", false)]
    [InlineData("sai", false)]
    [InlineData("tweetedd", false)]
    [InlineData("'s", false)]
    [InlineData("déclare", false)]
    [InlineData("", false)]
    public void Contains_compares_words_ignoring_case(string word, bool expected)
    {
        Words.Contains(word).Should().Be(expected);
    }

    [Fact]
    public void Words_longer_than_the_filter_distinguishes_are_still_told_apart()
    {
        var vocabulary = CueVocabulary.Of(["characterization"]);

        vocabulary.Contains("Characterization").Should().BeTrue();
        vocabulary.Contains("characterizations").Should().BeFalse();
        vocabulary.Contains("counterproductiven").Should().BeFalse();
    }

    [Theory]
    [InlineData("said")]
    [InlineData("anything")]
    [InlineData("")]
    public void Any_asks_about_every_word(string word)
    {
        CueVocabulary.Any.IsAny.Should().BeTrue();
        CueVocabulary.Any.Contains(word).Should().BeTrue();
    }
}
