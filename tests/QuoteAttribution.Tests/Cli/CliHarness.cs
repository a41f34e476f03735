using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

/// <summary>Runs <c>quotes</c> in process with captured streams.</summary>
internal static class CliHarness
{
    public static CliResult RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = CommandLine.Run(args, new StringReader(stdin), stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "seeds", name);

    public static string DevGold => Path.Combine(AppContext.BaseDirectory, "Data", "dev.jsonl");
}

/// <summary>What one in-process run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A temporary directory, deleted with everything in it when the test ends.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "quotes-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative, byte[] content)
    {
        string path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string File(string relative, string content) => File(relative, System.Text.Encoding.UTF8.GetBytes(content));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
