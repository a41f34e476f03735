namespace QuoteAttribution.Tests.Golden;

/// <summary>
/// The full extraction result of each seed article, compared with Data/golden/&lt;id&gt;.json. Any change in what the
/// engine finds, whom it names, or how confident it is shows up here as a readable diff. After an intended change,
/// regenerate with <c>QUOTEATTRIBUTION_UPDATE_GOLDEN=1 dotnet test --filter Golden</c> and review the diff in git.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> SeedIds()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(GoldenFiles.SeedFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void All_five_seed_articles_are_covered()
    {
        SeedIds().Should().HaveCount(5);
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Extraction_matches_golden_file(string id)
    {
        string text = File.ReadAllText(Path.Combine(GoldenFiles.SeedFolder, id + ".txt"));
        var result = QuoteExtractor.Extract(text);
        string actual = GoldenFiles.Serialize(id, result);

        if (GoldenFiles.UpdateRequested)
        {
            string target = GoldenFiles.SourcePath(id);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, actual);
            return;
        }

        string path = GoldenFiles.OutputPath(id);
        File.Exists(path).Should().BeTrue(
            $"the golden file {id}.json must exist; create it with {GoldenFiles.UpdateVariable}=1 dotnet test --filter Golden");
        string expected = GoldenFiles.Normalize(File.ReadAllText(path));
        if (expected != actual)
        {
            Assert.Fail($"{id}: extraction differs from Data/golden/{id}.json\n{GoldenFiles.Diff(expected, actual)}");
        }
    }

    [Fact]
    public void Serialized_result_is_stable_and_readable()
    {
        const string text = "“We will rebuild the bridge,” Mayor Anna Berg said.";
        var result = QuoteExtractor.Extract(text);
        string first = GoldenFiles.Serialize("sample", result);

        first.Should().Be(GoldenFiles.Serialize("sample", QuoteExtractor.Extract(text)), "the same input must serialize identically");
        first.Should().Contain("\"text\": \"We will rebuild the bridge,\"").And.Contain("\"kind\": \"direct\"")
            .And.Contain("\"speaker\": \"Anna Berg\"").And.Contain("\"confidence\": 0.9").And.NotContain("\\u201C");
    }

    [Fact]
    public void Diff_points_at_the_first_changed_line()
    {
        string diff = GoldenFiles.Diff("a\nb\nc\nd\n", "a\nb\nX\nd\n");
        diff.Should().Contain("from line 3").And.Contain("-     3   c").And.Contain("+     3   X");
    }

    [Fact]
    public void Repository_root_holds_the_solution()
    {
        File.Exists(Path.Combine(GoldenFiles.FindRepositoryRoot(), "QuoteAttribution.sln")).Should().BeTrue();
    }
}
