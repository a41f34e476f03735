using System.IO.Compression;

namespace QuoteAttribution.Tests.Packaging;

/// <summary>
/// Packs src/QuoteAttribution once into a temporary folder that serves as a local NuGet feed, for all packaging tests.
/// Everything lives under one temporary folder, deleted at the end; the repository's own bin/obj are not touched.
/// </summary>
public sealed class PackedLibrary : IDisposable
{
    /// <summary>The longest any single <c>dotnet</c> command may take before the test fails.</summary>
    internal static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(4);

    public PackedLibrary()
    {
        RepositoryRoot = DotNetCli.FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), "quoteattribution-pack-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;

        string project = Path.Combine(RepositoryRoot, "src", "QuoteAttribution", "QuoteAttribution.csproj");
        Pack = DotNetCli.Run(
            RepositoryRoot,
            CommandTimeout,
            new Dictionary<string, string?>(),
            "pack",
            project,
            "--configuration",
            "Release",
            "--output",
            Feed,
            "--artifacts-path",
            Path.Combine(Root, "artifacts"),
            "-nologo");

        Package = Directory.EnumerateFiles(Feed, "QuoteAttribution.*.nupkg").SingleOrDefault();
        SymbolsPackage = Directory.EnumerateFiles(Feed, "QuoteAttribution.*.snupkg").SingleOrDefault();
        if (Package is not null)
        {
            using var zip = ZipFile.OpenRead(Package);
            Entries = [.. zip.Entries.Select(e => e.FullName)];
            var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
            using var reader = new StreamReader(nuspecEntry.Open());
            Nuspec = reader.ReadToEnd();
        }
    }

    /// <summary>Gets the repository root (the folder of QuoteAttribution.sln).</summary>
    public string RepositoryRoot { get; }

    /// <summary>Gets the temporary folder that holds the feed, the build artifacts and any consumer project.</summary>
    public string Root { get; }

    /// <summary>Gets the local feed: a folder holding the packed .nupkg and .snupkg.</summary>
    public string Feed { get; }

    /// <summary>Gets the outcome of <c>dotnet pack</c>.</summary>
    internal CliResult Pack { get; }

    /// <summary>Gets the path of the .nupkg, or <see langword="null"/> when none was produced.</summary>
    public string? Package { get; }

    /// <summary>Gets the path of the .snupkg symbols package, or <see langword="null"/> when none was produced.</summary>
    public string? SymbolsPackage { get; }

    /// <summary>Gets the paths of the entries of the .nupkg.</summary>
    public IReadOnlyList<string> Entries { get; } = [];

    /// <summary>Gets the text of the package's .nuspec.</summary>
    public string Nuspec { get; } = "";

    /// <summary>Gets the package version, read from the .nupkg file name (<c>QuoteAttribution.1.2.3.nupkg</c>).</summary>
    public string Version =>
        Package is null ? throw new InvalidOperationException("No package.") : Path.GetFileNameWithoutExtension(Package)["QuoteAttribution.".Length..];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
