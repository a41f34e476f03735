using System.Text.Json;
using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

public class ExtractCommandTests
{
    private const string SeedName = "000_4cb482f20df9b447.txt";

    [Fact]
    public void Extract_on_a_seed_file_prints_a_table_and_exits_0()
    {
        var result = CliHarness.Run("extract", CliHarness.Seed(SeedName));

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        result.StdoutLines[0].Should().StartWith("== ").And.Contain(SeedName).And.Contain("chars");
    }

    [Fact]
    public void Extract_with_the_embedded_model_adds_reported_speech_the_rules_leave()
    {
        const string text = "The union endorsed Hillary Clinton for president on Thursday, another example of labor's support.\n";
        var rules = CliHarness.RunWithInput(text, "extract", "--format", "jsonl");
        var learned = CliHarness.RunWithInput(text, "extract", "--format", "jsonl", "--model", "default");

        rules.ExitCode.Should().Be(0);
        learned.ExitCode.Should().Be(0);
        JsonDocument.Parse(rules.StdoutLines[0]).RootElement.GetProperty("quotes").GetArrayLength().Should().Be(0);
        var quotes = JsonDocument.Parse(learned.StdoutLines[0]).RootElement.GetProperty("quotes");
        quotes.GetArrayLength().Should().Be(1);
        // A learned cue's object ends at the comma; the writer's words go on after it.
        quotes[0].GetProperty("text").GetString().Should().Be("Hillary Clinton for president on Thursday");
    }

    [Fact]
    public void Extract_with_a_model_that_cannot_be_loaded_is_one_error_line_and_exit_1()
    {
        using var temp = new TempDirectory();
        string missing = Path.Combine(temp.Path, "model.bin");

        var result = CliHarness.RunWithInput("Text.", "extract", "--model", missing);

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("cannot load model");
        result.StdoutLines.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_file_among_valid_ones_is_one_error_line_the_others_are_processed_and_the_exit_code_is_1()
    {
        using var temp = new TempDirectory();
        string missing = Path.Combine(temp.Path, "missing.txt");

        var result = CliHarness.Run("extract", "--format", "jsonl", CliHarness.Seed(SeedName), missing, CliHarness.Seed("001_4f9c8b46d4a4a7d2.txt"));

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().Equal($"error: {missing}: no such file or directory");
        result.StdoutLines.Should().HaveCount(2);
        result.StdoutLines[1].Should().Contain("001_4f9c8b46d4a4a7d2.txt");
    }

    [Fact]
    public void A_directory_given_as_a_file_is_an_error_not_a_crash()
    {
        using var temp = new TempDirectory();

        var result = CliHarness.Run("extract", temp.Path);

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().Equal($"error: {temp.Path}: is a directory");
    }

    [Fact]
    public void Invalid_utf8_is_replaced_with_a_warning_and_exit_0()
    {
        using var temp = new TempDirectory();
        string path = temp.File("bad.txt", [(byte)'a', 0xFF, (byte)'b', 0xC3]);

        var result = CliHarness.Run("extract", "--format", "jsonl", path);

        result.ExitCode.Should().Be(0);
        result.StderrLines.Should().Equal($"warning: {path}: invalid UTF-8 replaced with U+FFFD");
        using var json = JsonDocument.Parse(result.StdoutLines.Single());
        json.RootElement.GetProperty("characters").GetInt32().Should().Be(4);
    }

    [Fact]
    public void A_byte_order_mark_is_stripped()
    {
        using var temp = new TempDirectory();
        string path = temp.File("bom.txt", [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', (byte)'c']);

        var result = CliHarness.Run("extract", "--format", "jsonl", path);

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        using var json = JsonDocument.Parse(result.StdoutLines.Single());
        json.RootElement.GetProperty("characters").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Without_files_it_reads_standard_input()
    {
        var result = CliHarness.RunWithInput("“We are ready,” Peskov said.", "extract", "--format", "jsonl");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.StdoutLines.Single());
        json.RootElement.GetProperty("file").GetString().Should().Be("-");
        json.RootElement.GetProperty("characters").GetInt32().Should().Be(28);
        json.RootElement.GetProperty("quotes").ValueKind.Should().Be(JsonValueKind.Array);
        json.RootElement.GetProperty("speakers").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', 0xFF, (byte)'b' }, true, 3)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xC3, 0xA9 }, false, 2)]
    public void Standard_input_is_decoded_like_a_file(byte[] bytes, bool warned, int characters)
    {
        using var stdin = new StreamReader(new MemoryStream(bytes), InvalidByteTracker.CreateUtf8(out _), detectEncodingFromByteOrderMarks: false);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int exitCode = CommandLine.Run(["extract", "--format", "jsonl"], stdin, stdout, stderr);

        exitCode.Should().Be(0);
        stderr.ToString().Should().Be(warned ? "warning: -: invalid UTF-8 replaced with U+FFFD\n".ReplaceLineEndings() : string.Empty);
        using var json = JsonDocument.Parse(stdout.ToString());
        json.RootElement.GetProperty("characters").GetInt32().Should().Be(characters);
    }

    [Fact]
    public void Json_format_is_one_array_with_an_object_per_input()
    {
        var result = CliHarness.Run("extract", "--format=json", CliHarness.Seed(SeedName), CliHarness.Seed("002_4c3957521222b1e8.txt"));

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.GetArrayLength().Should().Be(2);
        json.RootElement[1].GetProperty("file").GetString().Should().EndWith("002_4c3957521222b1e8.txt");
    }

    [Fact]
    public void Stats_processes_every_txt_below_a_directory_and_ends_with_a_summary()
    {
        using var temp = new TempDirectory();
        temp.File("b.txt", "Second document.");
        temp.File("nested/deeper/a.TXT", "First, nested document.");
        temp.File("bad.txt", [(byte)'x', 0xFF]);
        temp.File("notes.md", "Not a text file by name.");

        var result = CliHarness.Run("extract", "--stats", temp.Path);

        result.ExitCode.Should().Be(0);
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("warning: ").And.EndWith("bad.txt: invalid UTF-8 replaced with U+FFFD");
        result.Stdout.Should().NotContain("== ", "documents are printed only when a format is asked for");
        result.StdoutLines.Should().Contain("documents   3").And.Contain("characters  41").And.Contain("quotes      0");
        result.StdoutLines.Should().Contain(l => l.StartsWith("elapsed", StringComparison.Ordinal) && l.EndsWith(" s", StringComparison.Ordinal));
        result.StdoutLines.Should().Contain(l => l.StartsWith("chars/s", StringComparison.Ordinal));
        result.StdoutLines.Should().Contain("files       3: processed 3, warned 1, failed 0");
    }

    [Fact]
    public void Stats_with_a_format_prints_documents_in_sorted_path_order()
    {
        using var temp = new TempDirectory();
        temp.File("b.txt", "Second.");
        temp.File("a/z.txt", "First.");

        var result = CliHarness.Run("extract", "--stats", temp.Path, "--format", "jsonl");

        result.ExitCode.Should().Be(0);
        result.StdoutLines[0].Should().Contain("z.txt");
        result.StdoutLines[1].Should().Contain("b.txt");
    }

    [Fact]
    public void Stats_on_a_missing_directory_is_one_error_line_and_exit_1()
    {
        using var temp = new TempDirectory();
        string missing = Path.Combine(temp.Path, "nope");

        var result = CliHarness.Run("extract", "--stats", missing);

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().Equal($"error: {missing}: no such directory");
    }
}
