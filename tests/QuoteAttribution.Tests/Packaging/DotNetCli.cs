using System.Diagnostics;
using System.Text;

namespace QuoteAttribution.Tests.Packaging;

/// <summary>Runs the <c>dotnet</c> CLI as a child process with a timeout, capturing its output.</summary>
internal static class DotNetCli
{
    /// <summary>Returns the repository root: the nearest folder above the test binaries holding QuoteAttribution.sln.</summary>
    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteAttribution.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"QuoteAttribution.sln not found in any folder above {AppContext.BaseDirectory}.");
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="timeout">How long the command may run before it is killed.</param>
    /// <param name="environment">Variables to set (a <see langword="null"/> value removes one).</param>
    /// <param name="arguments">The arguments, each passed as one argument.</param>
    /// <returns>The exit code and the captured standard output and error.</returns>
    public static CliResult Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(DotNetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The test host runs inside an MSBuild/VSTest environment; its variables must not leak into a fresh build.
        foreach (string name in startInfo.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(name);
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        // No long-lived build nodes or compiler servers: they would inherit our output pipes and outlive the test.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var output = new StringBuilder();
        var error = new StringBuilder();
        var outputClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errorClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data, output, outputClosed);
        process.ErrorDataReceived += (_, e) => Append(e.Data, error, errorClosed);

        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool exited = process.WaitForExit(timeout);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        // Wait for the pipes to drain, but never forever: a stray grandchild could hold them open.
        Task.WaitAll([outputClosed.Task, errorClosed.Task], TimeSpan.FromSeconds(10));
        string commandLine = "dotnet " + string.Join(' ', arguments);
        string standardOutput;
        string standardError;
        lock (output)
        {
            standardOutput = output.ToString();
        }

        lock (error)
        {
            standardError = error.ToString();
        }

        return new CliResult(commandLine, exited ? process.ExitCode : -1, exited, stopwatch.Elapsed, standardOutput, standardError);
    }

    private static void Append(string? line, StringBuilder output, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string DotNetHost()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        string? self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        return "dotnet";
    }
}

/// <summary>The outcome of one <c>dotnet</c> command.</summary>
/// <param name="CommandLine">The command, for messages.</param>
/// <param name="ExitCode">The exit code; -1 when the command timed out.</param>
/// <param name="Exited">Whether the command finished before its timeout.</param>
/// <param name="Elapsed">How long it ran.</param>
/// <param name="StandardOutput">What the command wrote to standard output.</param>
/// <param name="StandardError">What the command wrote to standard error.</param>
internal sealed record CliResult(string CommandLine, int ExitCode, bool Exited, TimeSpan Elapsed, string StandardOutput, string StandardError)
{
    /// <summary>Gets a description for assertion messages: the command, its outcome and its whole output.</summary>
    public string Describe() =>
        $"`{CommandLine}` {(Exited ? $"exited with code {ExitCode}" : "TIMED OUT and was killed")} after {Elapsed.TotalSeconds:0.0} s."
        + $"{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}"
        + $"{Environment.NewLine}--- stderr ---{Environment.NewLine}{StandardError}";
}
