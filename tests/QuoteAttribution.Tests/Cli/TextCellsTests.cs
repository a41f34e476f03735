using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

public class TextCellsTests
{
    [Theory]
    [InlineData(null, 10, "-")]
    [InlineData("", 10, "-")]
    [InlineData("short", 10, "short")]
    [InlineData("exactly 10", 10, "exactly 10")]
    [InlineData("exactly 10 and more", 10, "exactly 1…")]
    [InlineData("  two\n\nlines\t here ", 20, "two lines here")]
    [InlineData("aaaaaaaaa bbb", 10, "aaaaaaaaa…")]
    public void Cells_are_one_line_and_cut_with_an_ellipsis(string? value, int width, string expected) =>
        TextCells.Cell(value, width).Should().Be(expected);
}
