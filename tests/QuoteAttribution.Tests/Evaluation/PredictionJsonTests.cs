using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Tests.Evaluation;

public class PredictionJsonTests
{
    [Fact]
    public void Writes_the_line_format_of_the_annotation_guide()
    {
        var prediction = new PredictionDocument("000_x", [
            new PredictedQuote(AnnotatedKind.Direct, 673, 868, "Dmitry Peskov", new PredictionSpan(870, 876), new PredictionSpan(877, 881)),
            new PredictedQuote(AnnotatedKind.Partial, 5, 9, null, null, null),
        ]);

        PredictionJson.ToJsonLine(prediction).Should().Be(
            """{"id":"000_x","quotes":[{"kind":"direct","start":673,"end":868,"speaker":"Dmitry Peskov","mention":{"start":870,"end":876},"cue":{"start":877,"end":881}},"""
            + """{"kind":"partial","start":5,"end":9,"speaker":null,"mention":null,"cue":null}]}""");
    }

    [Fact]
    public void Round_trips_through_write_and_read_with_readable_non_ascii_names()
    {
        var prediction = new PredictionDocument("d", [new PredictedQuote(AnnotatedKind.Indirect, 1, 2, "Russia’s defence ministry", null, new PredictionSpan(3, 4))]);
        var writer = new StringWriter();

        PredictionJson.Write(writer, prediction);

        writer.ToString().Should().Contain("Russia’s").And.EndWith("\n");
        var read = PredictionJson.Read(new StringReader(writer.ToString())).Single();
        read.Id.Should().Be("d");
        read.Quotes.Should().Equal(prediction.Quotes);
    }

    [Theory]
    [InlineData("""{"id": "d", "quotes": [{"kind": "mixed", "start": 0, "end": 1}]}""", "gold kind only")]
    [InlineData("""{"id": "d", "quotes": [{"kind": "said", "start": 0, "end": 1}]}""", "unknown kind")]
    [InlineData("""{"id": "d", "quotes": [{"kind": "direct", "start": "0", "end": 1}]}""", "\"start\"")]
    [InlineData("""{"id": "d", "quotes": [{"kind": "direct", "start": 0, "end": 1, "mention": 5}]}""", "\"mention\"")]
    public void A_bad_prediction_line_fails_with_its_line_number(string line, string expected)
    {
        var read = () => PredictionJson.Read(new StringReader(line)).ToList();

        read.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("line 1: ").And.Contain(expected);
    }

    [Fact]
    public void Kinds_are_read_in_any_case_and_missing_optional_fields_are_null()
    {
        var quote = PredictionJson.Read(new StringReader("""{"id": "d", "quotes": [{"kind": "Direct", "start": 0, "end": 1}]}""")).Single().Quotes.Single();

        quote.Should().Be(new PredictedQuote(AnnotatedKind.Direct, 0, 1, null, null, null));
    }
}
