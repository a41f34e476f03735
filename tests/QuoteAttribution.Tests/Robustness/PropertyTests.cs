using FsCheck;
using FsCheck.Fluent;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Property-based tests: the structural invariants of <see cref="ResultInvariants"/> hold for any text, and the result
/// does not depend on the run, the instance or the thread. Failing cases are shrunk by FsCheck to a minimal fragment list.
/// </summary>
public sealed class PropertyTests
{
    private static readonly QuoteExtractor Shared = new();

    [Fact]
    public void Invariants_hold_for_quote_heavy_news_text() =>
        Check.One(Generators.Config(300, 1), Prop.ForAll(Generators.News, fragments => HoldsFor(Shared, fragments)));

    [Fact]
    public void Invariants_hold_for_random_unicode_noise() =>
        Check.One(Generators.Config(300, 2), Prop.ForAll(Generators.Noise, fragments => HoldsFor(Shared, fragments)));

    [Fact]
    public void Invariants_hold_for_news_mixed_with_noise() =>
        Check.One(Generators.Config(300, 3), Prop.ForAll(Generators.Mixed, fragments => HoldsFor(Shared, fragments)));

    [Fact]
    public void Invariants_and_option_filters_hold_for_any_valid_options() =>
        Check.One(
            Generators.Config(200, 4),
            Prop.ForAll(Generators.Options, Generators.Mixed, (options, fragments) => HoldsFor(new QuoteExtractor(options), fragments)));

    [Fact]
    public void Result_is_the_same_across_runs_and_instances() =>
        Check.One(Generators.Config(150, 5), Prop.ForAll(Generators.Mixed, fragments =>
        {
            string text = NewsTextGrammar.Join(fragments);
            var first = Shared.ExtractQuotes(text);
            Same(first, Shared.ExtractQuotes(text), text, "second run of the same instance");
            Same(first, new QuoteExtractor().ExtractQuotes(text), text, "a new instance");
            Same(first, QuoteExtractor.Extract(text), text, "the static Extract");
            Same(first, QuoteExtractor.Extract(text.AsSpan()), text, "the span overload of Extract");
        }));

    [Fact]
    public void Result_is_the_same_across_threads() =>
        Check.One(Generators.Config(40, 6), Prop.ForAll(Generators.News, fragments =>
        {
            string text = NewsTextGrammar.Join(fragments);
            var expected = Shared.ExtractQuotes(text);
            var results = new QuoteExtractionResult[8];
            using var start = new Barrier(results.Length);
            var threads = Enumerable.Range(0, results.Length).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                results[i] = Shared.ExtractQuotes(text);
            })).ToArray();
            foreach (var t in threads)
            {
                t.Start();
            }

            foreach (var t in threads)
            {
                t.Join();
            }

            foreach (var r in results)
            {
                Same(expected, r, text, "another thread");
            }
        }));

    [Fact]
    public void Batch_results_equal_one_by_one_results_in_order() =>
        Check.One(Generators.Config(30, 7), Prop.ForAll(Generators.News.Array(), documents =>
        {
            var texts = documents.Select(NewsTextGrammar.Join).ToArray();
            var batch = Shared.ExtractAll(texts).ToArray();
            batch.Should().HaveCount(texts.Length);
            for (int i = 0; i < texts.Length; i++)
            {
                Same(Shared.ExtractQuotes(texts[i]), batch[i], texts[i], $"ExtractAll item {i}");
            }
        }));

    internal static void HoldsFor(QuoteExtractor extractor, string[] fragments)
    {
        string text = NewsTextGrammar.Join(fragments);
        ResultInvariants.AssertHold(text, extractor.ExtractQuotes(text), extractor.Options);
    }

    private static void Same(QuoteExtractionResult expected, QuoteExtractionResult actual, string text, string what)
    {
        if (ResultDiff.First(expected, actual) is { } difference)
        {
            throw new InvariantViolationException($"{what} gave a different result ({difference}) for input {Describe.Input(text)}");
        }
    }
}
