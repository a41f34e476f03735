using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>FsCheck generators of documents (as fragment arrays, so that failures shrink) and a deterministic config.</summary>
internal static class Generators
{
    /// <summary>Quote-heavy news-like documents from <see cref="NewsTextGrammar"/>.</summary>
    public static Arbitrary<string[]> News { get; } = Arb.From(
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => NewsTextGrammar.Generate(seed, Math.Max(1, size)).ToArray())),
        Shrinker.Candidates);

    /// <summary>Random unicode noise: any UTF-16 code unit, lone surrogates, controls, quotation marks, words.</summary>
    public static Arbitrary<string[]> Noise { get; } = Arb.From(
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => NewsTextGrammar.Noise(seed, Math.Max(1, size)).ToArray())),
        Shrinker.Candidates);

    /// <summary>News text with noise spliced in at random places.</summary>
    public static Arbitrary<string[]> Mixed { get; } = Arb.From(
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var news = NewsTextGrammar.Generate(seed, Math.Max(1, size));
            var noise = NewsTextGrammar.Noise(seed ^ 0x5EED, Math.Max(1, size / 4));
            var rng = new Random(seed);
            foreach (string n in noise)
            {
                news.Insert(rng.Next(news.Count + 1), n);
            }

            return news.ToArray();
        })),
        Shrinker.Candidates);

    /// <summary>Valid options over their whole range.</summary>
    public static Arbitrary<QuoteExtractorOptions> Options { get; } = Arb.From(
        from indirect in Gen.Elements(true, false)
        from partial in Gen.Elements(true, false)
        from nonQuotes in Gen.Elements(true, false)
        from confidence in Gen.Elements(0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0, double.Epsilon)
        from maxLength in Gen.Elements(16, 17, 40, 100, 1000, 20_000, int.MaxValue)
        select new QuoteExtractorOptions
        {
            IncludeIndirect = indirect,
            IncludePartial = partial,
            ReportNonQuotes = nonQuotes,
            MinimumConfidence = confidence,
            MaxQuoteLength = maxLength,
        });

    /// <summary>
    /// A config that throws on failure (with the shrunk input) and replays a fixed seed, so every run of the suite
    /// checks the same cases. Set QUOTEATTRIBUTION_PBT_SEED to explore other seeds.
    /// </summary>
    public static Config Config(int maxTest, ulong seed)
    {
        string? env = Environment.GetEnvironmentVariable("QUOTEATTRIBUTION_PBT_SEED");
        if (env is not null && ulong.TryParse(env, NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong overridden))
        {
            seed ^= overridden;
        }

        return FsCheck.Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithEndSize(60)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL | 1UL), FSharpOption<int>.None)));
    }
}
