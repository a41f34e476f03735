using QuoteAttribution.Attribution;
using QuoteAttribution.Learning;
using QuoteAttribution.Tests.Robustness;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Stages;

/// <summary>DocumentSections: where a long document is cut, and that cutting it changes no result.</summary>
public sealed class DocumentSectionsTests
{
    private static List<(int Start, int End)> Sections(Document doc, int minTokens)
    {
        var sections = new List<(int, int)>();
        int cursor = 0;
        for (int start = 0; start < doc.Count;)
        {
            int end = DocumentSections.End(doc, start, minTokens, ref cursor);
            end.Should().BeGreaterThan(start);
            sections.Add((start, end));
            start = end;
        }

        return sections;
    }

    private static bool HasMark(Document doc, int from, int to) => doc.QuoteMarks.Exists(m => m >= from && m < to);

    private static int ParagraphStartBefore(Document doc, int token)
    {
        int p = token - 1;
        while (p > 0 && !doc[p].Has(TokenFlags.ParagraphStart))
        {
            p--;
        }

        return p;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(100)]
    public void Sections_cover_the_document_and_end_only_after_a_paragraph_without_quotation_marks(int minTokens)
    {
        string text = string.Join("\n\n", Seeds.Texts);
        using var doc = Stage.Parse(text);
        var sections = Sections(doc, minTokens);

        sections[0].Start.Should().Be(0);
        sections[^1].End.Should().Be(doc.Count);
        for (int i = 1; i < sections.Count; i++)
        {
            int cut = sections[i].Start;
            cut.Should().Be(sections[i - 1].End);
            cut.Should().BeGreaterThanOrEqualTo(sections[i - 1].Start + minTokens);
            doc[cut].Has(TokenFlags.ParagraphStart).Should().BeTrue();
            HasMark(doc, ParagraphStartBefore(doc, cut), cut).Should().BeFalse("no quotation may be open at a cut");
        }

        if (minTokens <= 20)
        {
            sections.Should().HaveCountGreaterThan(10, "the seed articles have many paragraphs without quotes");
        }
    }

    [Theory]
    [InlineData("A short article.\n\nIt has “two” paragraphs.")]
    [InlineData("One paragraph only, and it goes on and on without a break for quite a few words, more than the minimum.")]
    [InlineData("“First,” he said.\n\n“Second,” he said.\n\n“Third,” he said.\n\n“Fourth,” he said.")]
    public void A_document_without_a_safe_cut_is_one_section(string text)
    {
        using var doc = Stage.Parse(text);
        Sections(doc, 4).Should().Equal((0, doc.Count));
    }

    [Fact]
    public void A_quote_over_several_paragraphs_is_never_cut()
    {
        const string text = "Plain words here.\n\nShe said: “The first part.\n\n“The second part.\n\n“The end.” Then she left.\n\nMore plain words.\n\nAnd more.";
        using var doc = Stage.Parse(text);
        var sections = Sections(doc, 1);
        int open = doc.QuoteMarks[0], close = doc.QuoteMarks[^1];

        sections.Should().NotContain(s => s.Start > open && s.Start <= close);
    }

    public static TheoryData<string, int, bool> SectionSizes => new()
    {
        { "seeds", 16, false },
        { "seeds", 64, false },
        { "seeds", 512, false },
        { "seeds", 64, true },
        { "briefings", 8, false },
        { "briefings", 40, false },
        { "briefings", 40, true },
        { "seeds", 1, false },
        { "seeds", 4, true },
        { "wrapped", 1, false },
        { "wrapped", 4, false },
        { "wrapped", 16, false },
        { "wrapped", 16, true },
        { "wrapped", 4096, false },
    };

    // The seed articles hard-wrapped at 60 columns, as mail and wire copy often are: every line break starts a
    // paragraph, so cuts fall inside sentences, between a name and its title or a cue and its speaker.
    private static string Wrapped()
    {
        var sb = new System.Text.StringBuilder();
        foreach (string paragraph in Enumerable.Range(0, 6).SelectMany(_ => Seeds.Texts).SelectMany(t => t.Split("\n\n")))
        {
            int column = 0;
            foreach (string word in paragraph.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (column > 0 && column + 1 + word.Length > 60)
                {
                    sb.Append('\n');
                    column = 0;
                }
                else if (column > 0)
                {
                    sb.Append(' ');
                    column++;
                }

                sb.Append(word);
                column += word.Length;
            }

            sb.Append("\n\n");
        }

        return sb.ToString();
    }

    // Short paragraphs where what a pronoun or a bare quote means depends on text before a cut (the speaker just
    // quoted, a continuation) or after it (a surname first, the full name with its gender later).
    private static string Briefings()
    {
        string[] people = ["Lopez|Maria Lopez|Ms.|She|her", "Okafor|Daniel Okafor|Mr.|He|his", "Brandt|Ilse Brandt|Ms.|She|her", "Nakamura|Kenji Nakamura|Mr.|He|his"];
        var paragraphs = new List<string>();
        for (int round = 0; round < 12; round++)
        {
            foreach (string person in people)
            {
                string[] p = person.Split('|');
                paragraphs.Add($"“The budget is not enough for round {round},” {p[0]} said.");
                paragraphs.Add($"The council met on Tuesday to discuss item {round}.");
                paragraphs.Add($"{p[3]} said the vote would come next week.");
                paragraphs.Add($"“We will keep asking.”");
                paragraphs.Add($"Officials did not comment.");
                paragraphs.Add($"{p[2]} {p[1]} told reporters that {p[4]} office was ready.");
                paragraphs.Add($"No decision was made.");
                paragraphs.Add($"“It is late,” {p[3].ToLowerInvariant()} added.");
            }
        }

        return string.Join("\n\n", paragraphs);
    }

    [Theory]
    [MemberData(nameof(SectionSizes))]
    public void A_long_document_gives_the_same_result_in_sections_as_whole(string corpus, int sectionTokens, bool withModel)
    {
        // Thirty articles as one document (entities recur across sections), the same hard-wrapped (names and
        // speakers read across line breaks), or the briefings (pronouns and bare quotes right after cuts).
        string text = corpus switch
        {
            "seeds" => string.Join("\n\n", Enumerable.Range(0, 6).SelectMany(_ => Seeds.Texts)),
            "wrapped" => Wrapped(),
            _ => Briefings(),
        };
        var options = new QuoteExtractorOptions { Model = withModel ? AttributionModel.Default : null, ReportNonQuotes = true };

        var whole = new ExtractionPipeline(options, int.MaxValue).Run(text);
        var sectioned = new ExtractionPipeline(options, sectionTokens).Run(text);

        whole.Quotes.Should().HaveCountGreaterThan(100);
        ResultDiff.First(whole, sectioned).Should().BeNull();
    }

    public static TheoryData<string, int, bool> CutsInsideMentions()
    {
        var data = new TheoryData<string, int, bool>();
        string longRun = string.Join(' ', Enumerable.Range(0, 600).Select(i => $"Word{i}"));
        string[] texts =
        [
            // A name's role words on the line before its section.
            "Ukraine spokesperson\nJohn Smith arrived late.\n\nThey said that the talks had failed badly.",
            "The talks have collapsed again, according to Ukraine spokesperson\n\nJohn Smith arrived late.",
            "been told deal, said Ukraine spokesperson\nUkraine.",
            // A cue that runs over a line break, and a cut.
            "The minister responded by\nsaying that the plan was sound and would pass.\n\nOthers were quoted as\nsaying the vote was close.",
            // A run of capitalised words far longer than a name, then "and" and a name.
            $"The plan will fail, said Acme spokesman\n{longRun} and\nMary Jones.\n\nOther words follow here.",
            // Title-Case headlines: their runs name only what is known already, whatever the cut.
            "ESPN Fires Schilling Over Posts\n\nCurt Schilling said the network was wrong.\n\nESPN Fires Schilling Over Posts Again\n\nSchilling said he would appeal.",
            "Prime Minister Keir Starmer To Visit Kyiv\nLONDON\nStarmer said the visit would show support.\n\nKeir Starmer Visits Kyiv And Warsaw Today\n\nHe said it went well.",
            "Keir Starmer said the talks failed.\n\nStarmer And Macron Meet In Paris\nStarmer And Macron Meet In Paris Again\n\nMacron said the talks had gone well.",
            "Prime Minister Keir Starmer To Visit Kyiv",
            "Starmer",
        ];
        foreach (string text in texts)
        {
            foreach (int size in (int[])[1, 2, 3, 7])
            {
                data.Add(text, size, false);
            }

            data.Add(text, 1, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CutsInsideMentions))]
    public void A_cut_inside_a_mention_changes_nothing(string text, int sectionTokens, bool withModel)
    {
        var options = new QuoteExtractorOptions { Model = withModel ? AttributionModel.Default : null, ReportNonQuotes = true };

        var whole = new ExtractionPipeline(options, int.MaxValue).Run(text);
        var sectioned = new ExtractionPipeline(options, sectionTokens).Run(text);

        ResultDiff.First(whole, sectioned).Should().BeNull();
    }
}
