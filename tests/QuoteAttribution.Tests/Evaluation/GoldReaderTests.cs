using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

public class GoldReaderTests
{
    [Fact]
    public void Reads_the_dev_set_with_spans_that_match_their_text()
    {
        var documents = GoldReader.ReadFile(GoldBuilder.DataPath("dev.jsonl"));

        documents.Should().HaveCount(5);
        documents.Sum(d => d.Quotes.Length).Should().Be(66);
        documents.Should().OnlyContain(d => d.Scoring == ScoringMode.Exact);
        foreach (var document in documents)
        {
            document.Quotes.Should().OnlyContain(q => document.Text.Substring(q.Start, q.End - q.Start) == q.Text);
        }

        documents[2].Quotes.Should().Contain(q => q.Speakers.SequenceEqual(new[] { "trump", "rubio" }) && q.Speaker == "trump");
    }

    [Fact]
    public void Reads_overlap_scoring_sources_speaker_fallback_and_default_aliases()
    {
        const string line = """
            {"id": "p1", "scoring": "overlap", "text": "He said it rained.", "entities": [{"id": "x", "name": "Xavier"}],
             "quotes": [{"kind": "mixed", "start": 8, "end": 17, "text": "it rained", "speaker": "x", "cue": "said", "source": {"start": 0, "end": 2, "text": "He"}},
                        {"kind": "indirect", "start": 8, "end": 17, "text": "it rained", "speaker": null, "cue": null}]}
            """;

        var document = GoldReader.Read(new StringReader(line.ReplaceLineEndings(" "))).Single();

        document.Scoring.Should().Be(ScoringMode.Overlap);
        document.Entities.Single().Aliases.Should().Equal("Xavier");
        document.Quotes[0].Kind.Should().Be(AnnotatedKind.Mixed);
        document.Quotes[0].Speakers.Should().Equal("x");
        document.Quotes[0].Source.Should().Be(new GoldSource(0, 2, "He"));
        document.Quotes[1].Speakers.Should().BeEmpty();
        document.Quotes[1].Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("""{"id": "a", "text": "abc", "quotes": [{"kind": "quoted", "start": 0, "end": 1}]}""", "unknown kind")]
    [InlineData("""{"id": "a", "text": "abc", "quotes": [{"kind": "direct", "start": 1, "end": 9}]}""", "outside")]
    [InlineData("""{"id": "a", "text": "abc", "quotes": [{"kind": "direct", "start": 0, "end": 1, "speaker": "nobody"}]}""", "not one of its entities")]
    [InlineData("""{"id": "a"}""", "\"text\"")]
    [InlineData("""{"id": "a", "text": """, "line 2")]
    public void A_bad_line_fails_with_a_message_that_names_the_line_and_the_problem(string badLine, string expected)
    {
        string input = """{"id": "ok", "text": "fine"}""" + "\n" + badLine + "\n";

        var read = () => GoldReader.Read(new StringReader(input)).ToList();

        read.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("line 2: ").And.Contain(expected);
    }

    [Fact]
    public void ReadTexts_needs_only_id_and_text()
    {
        const string input = "{\"id\": \"a\", \"text\": \"one\", \"quotes\": \"not even an array\"}\n\n{\"id\": \"b\", \"text\": \"two\"}\n";

        GoldReader.ReadTexts(new StringReader(input)).Should().Equal(new DocumentText("a", "one"), new DocumentText("b", "two"));
    }
}
