using System.IO.Compression;

namespace QuoteAttribution.Tests.Packaging;

/// <summary>
/// The NuGet package as a user gets it: packed with <c>dotnet pack</c>, restored from a feed that holds nothing else
/// into an empty package cache, compiled into a fresh console app and run.
/// </summary>
[Trait("Category", "Packaging")]
public sealed class PackageTests : IClassFixture<PackedLibrary>
{
    // A short news paragraph in the house style: a named speaker, an indirect quote and a direct quote with a cue.
    private const string ConsumerProgram = """
        using QuoteAttribution;

        Console.OutputEncoding = System.Text.Encoding.UTF8;

        const string Article =
            "KYIV — Ukrainian President Volodymyr Zelenskyy said on Monday that Kyiv remained open to talks on halting strikes on civilian targets.\n" +
            "\n" +
            "“We are ready for any conversation,” Zelenskyy said in his nightly video address. “And we are expecting a clear response from Moscow.”\n";

        var result = QuoteExtractor.Extract(Article);
        Console.WriteLine($"quotes={result.Quotes.Length}");
        if (result.Quotes.Length > 0)
        {
            Console.WriteLine($"first-speaker={result.Quotes[0].SpeakerName}");
        }

        foreach (var quote in result.Quotes)
        {
            Console.WriteLine($"quote={quote.Kind}|{quote.SpeakerName}|{quote.Text}");
        }

        return 0;
        """;

    private readonly PackedLibrary _packed;

    public PackageTests(PackedLibrary packed) => _packed = packed;

    [Fact]
    public void Pack_succeeds_and_produces_a_package_and_a_symbols_package()
    {
        _packed.Pack.ExitCode.Should().Be(0, _packed.Pack.Describe());
        _packed.Package.Should().NotBeNull(_packed.Pack.Describe());
        _packed.SymbolsPackage.Should().NotBeNull("IncludeSymbols/snupkg must produce a symbols package. " + _packed.Pack.Describe());

        using var symbols = ZipFile.OpenRead(_packed.SymbolsPackage!);
        symbols.Entries.Select(e => e.FullName).Should().Contain("lib/net10.0/QuoteAttribution.pdb");
    }

    [Fact]
    public void Package_contains_the_library_the_readme_and_the_xml_docs_with_an_MIT_licence()
    {
        _packed.Package.Should().NotBeNull(_packed.Pack.Describe());

        _packed.Entries.Should().Contain("README.md");
        _packed.Entries.Should().Contain("lib/net10.0/QuoteAttribution.dll");
        _packed.Entries.Should().Contain("lib/net10.0/QuoteAttribution.xml", "the package must carry the XML docs for IntelliSense");
        _packed.Nuspec.Should().Contain("<license type=\"expression\">MIT</license>");
        _packed.Nuspec.Should().Contain("<readme>README.md</readme>");
        _packed.Nuspec.Should().Contain("<id>QuoteAttribution</id>");

        using var zip = ZipFile.OpenRead(_packed.Package!);
        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        readme.ReadToEnd().Should().Contain("dotnet add package QuoteAttribution");
    }

    [Fact]
    public void A_fresh_console_app_restores_the_package_from_the_local_feed_and_finds_the_quote()
    {
        _packed.Package.Should().NotBeNull(_packed.Pack.Describe());

        string consumer = Directory.CreateDirectory(Path.Combine(_packed.Root, "consumer")).FullName;
        string packages = Directory.CreateDirectory(Path.Combine(_packed.Root, "nuget-packages")).FullName;
        WriteConsumer(consumer, _packed.Feed, _packed.Version);

        // An empty package cache: a stale QuoteAttribution cached from an earlier run must not hide a bad package.
        var environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = packages,
            ["NUGET_HTTP_CACHE_PATH"] = Path.Combine(_packed.Root, "nuget-http-cache"),
        };

        var restore = DotNetCli.Run(consumer, PackedLibrary.CommandTimeout, environment, "restore", "--configfile", Path.Combine(consumer, "NuGet.config"), "-nologo");
        restore.ExitCode.Should().Be(0, restore.Describe());
        Directory.Exists(Path.Combine(packages, "quoteattribution", _packed.Version.ToLowerInvariant()))
            .Should().BeTrue("the package must come from the local feed into the isolated cache. " + restore.Describe());

        var build = DotNetCli.Run(consumer, PackedLibrary.CommandTimeout, environment, "build", "--no-restore", "--configuration", "Release", "-nologo");
        build.ExitCode.Should().Be(0, build.Describe());

        var run = DotNetCli.Run(consumer, PackedLibrary.CommandTimeout, environment, "run", "--no-build", "--configuration", "Release");
        run.ExitCode.Should().Be(0, run.Describe());

        var lines = run.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string? count = lines.FirstOrDefault(l => l.StartsWith("quotes=", StringComparison.Ordinal));
        count.Should().NotBeNull(run.Describe());
        int.Parse(count!["quotes=".Length..], System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeGreaterThanOrEqualTo(1, "the article holds a direct quote with an explicit cue. " + run.Describe());
        lines.Should().Contain(l => l.StartsWith("first-speaker=", StringComparison.Ordinal) && l.Contains("Zelenskyy", StringComparison.Ordinal), run.Describe());
        lines.Should().Contain(
            l => l.StartsWith("quote=Direct|", StringComparison.Ordinal) && l.Contains("Zelenskyy|", StringComparison.Ordinal) && l.Contains("We are ready for any conversation", StringComparison.Ordinal),
            "the direct quote must be attributed to Zelenskyy. " + run.Describe());
    }

    private static void WriteConsumer(string folder, string feed, string version)
    {
        // Stop MSBuild and NuGet from picking up anything above the temp folder.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{System.Security.SecurityElement.Escape(feed)}" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
              <disabledPackageSources>
                <clear />
              </disabledPackageSources>
            </configuration>

            """);
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="QuoteAttribution" Version="[{version}]" />
              </ItemGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), ConsumerProgram + "\n");
    }
}
