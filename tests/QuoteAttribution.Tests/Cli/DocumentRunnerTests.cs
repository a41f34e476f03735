using QuoteAttribution.Cli;

namespace QuoteAttribution.Tests.Cli;

public class DocumentRunnerTests
{
    [Fact]
    public void A_document_the_extractor_fails_on_is_one_error_line_and_the_rest_are_processed_in_order()
    {
        // Like ExtractAll: reads a window of texts ahead, yields in order, and throws when the result due is that of
        // "boom", as a bug in the engine would.
        static IEnumerable<QuoteExtractionResult> FailingBatch(IEnumerable<string> texts)
        {
            var window = new Queue<string>();
            foreach (string text in texts)
            {
                window.Enqueue(text);
                if (window.Count == 3)
                {
                    yield return Next(window);
                }
            }

            while (window.Count > 0)
            {
                yield return Next(window);
            }
        }

        static QuoteExtractionResult Next(Queue<string> window)
        {
            string text = window.Dequeue();
            return text == "boom" ? throw new InvalidOperationException("engine bug") : QuoteExtractor.Extract(text);
        }

        var stderr = new StringWriter();
        var runner = new DocumentRunner(FailingBatch, stderr);
        string[] names = ["a", "b", "boom", "c", "d", "e", "f", "g", "h", "i", "j", "k"];
        var seen = new List<string>();

        runner.Run(names, n => new TextInput(n, n, HadInvalidUtf8: n == "d"), (input, result) =>
        {
            result.Text.Should().Be(input.Text);
            seen.Add(input.Name);
        });

        seen.Should().Equal(names.Where(n => n != "boom"));
        runner.Processed.Should().Be(names.Length - 1);
        runner.Failed.Should().Be(1);
        runner.Warned.Should().Be(1);
        stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "warning: d: invalid UTF-8 replaced with U+FFFD",
            "error: boom: extraction failed: engine bug");
    }

    [Fact]
    public void An_input_that_cannot_be_loaded_counts_as_failed_and_is_skipped()
    {
        var runner = new DocumentRunner(new QuoteExtractor(), TextWriter.Null);
        var seen = new List<string>();

        runner.Run(["a", "gone", "b"], n => n == "gone" ? null : new TextInput(n, n, false), (input, _) => seen.Add(input.Name));

        seen.Should().Equal("a", "b");
        runner.Failed.Should().Be(1);
        runner.Processed.Should().Be(2);
    }
}
