using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Stages;

/// <summary>WordShapeFilter: never says no to a word of its set, in any ASCII casing; says no to words of other shapes.</summary>
public sealed class WordShapeFilterTests
{
    private static readonly WordShapeFilter Filter = new(["in", "on", "went", "weighs", "ıt"]);

    [Theory]
    [InlineData("in")]
    [InlineData("IN")]
    [InlineData("On")]
    [InlineData("WENT")]
    [InlineData("weighs")]
    [InlineData("ıt")]
    public void Never_says_no_to_a_word_of_the_set(string word) => Filter.MayContain(word).Should().BeTrue();

    [Theory]
    [InlineData("is")]
    [InlineData("of")]
    [InlineData("was")]
    [InlineData("when")]
    [InlineData("")]
    [InlineData("weighed")]
    [InlineData("1x")]
    public void Says_no_to_a_word_of_another_shape(string word) => Filter.MayContain(word).Should().BeFalse();

    [Fact]
    public void A_non_ascii_letter_is_always_compared()
    {
        // "İn" may equal a word of the set ignoring case in some cultures' rules: the filter leaves that to the comparison.
        Filter.MayContain("İn").Should().BeTrue();
    }
}
