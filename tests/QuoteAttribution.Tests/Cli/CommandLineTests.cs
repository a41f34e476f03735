namespace QuoteAttribution.Tests.Cli;

public class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], "no command")]
    [InlineData(new[] { "--help" }, "commands:")]
    [InlineData(new[] { "-h" }, "commands:")]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "--verbose" }, "unknown option --verbose")]
    [InlineData(new[] { "extract", "--help" }, "usage: quotes extract")]
    [InlineData(new[] { "predict", "--help" }, "usage: quotes predict")]
    [InlineData(new[] { "eval", "-h" }, "usage: quotes eval")]
    [InlineData(new[] { "extract", "--colour", "x.txt" }, "unknown option --colour")]
    [InlineData(new[] { "extract", "--format", "xml" }, "unknown format 'xml'")]
    [InlineData(new[] { "extract", "--format" }, "needs a value")]
    [InlineData(new[] { "eval" }, "usage: quotes eval")]
    [InlineData(new[] { "eval", "a", "b", "c" }, "usage: quotes eval")]
    [InlineData(new[] { "predict" }, "usage: quotes predict")]
    [InlineData(new[] { "eval", "--csv", "gold.jsonl" }, "unknown option --csv")]
    public void Help_and_bad_command_lines_print_usage_on_stderr_and_exit_2(string[] args, string expected)
    {
        var result = CliHarness.Run(args);

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain(expected).And.Contain("usage:");
    }
}
