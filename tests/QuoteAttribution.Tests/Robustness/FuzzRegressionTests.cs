namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Inputs that once broke an invariant (found by the fuzzer or the property tests, shrunk) or that are known to be
/// hard. Each must keep giving a sound, deterministic result. Add a fuzz failure here as the harness prints it.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Cases => new()
    {
        // Found by the property tests, shrunk: an indirect clause crossing a straight-quote/curly-quote pair.
        " w\"r c,D said. \u201D",
        "Officials said talks \"would resume, Peskov said. \u201D",
        "Peskov said the deal was \"a good start, and the talks will go on\u201D, officials added.",

        // Found by the long fuzz run (seeds 1011272 and 1040204), shrunk: "According to X," before a paragraph break threw.
        "According to D,\ra",
        "According to D,\r\u2019",

        // Hand-picked hard cases.
        string.Empty,
        "\u201C",
        "\u201D",
        "\"",
        "'",
        "\"\"",
        "\u201C\u201D said.",
        "\u201C\u201C\u201C\u201D\u201D\u201D",
        "\u201C\uD800\u201D Peskov said.",
        "\u201C\uD83D\uDE00,\u201D \uD83D\uDE00 said.",
        "\u201CA,\u201D\u201CB,\u201D he said.",
        "He said: \u201C",
        "said said said \u201C said \u201D said",
        "\u00AB\u00A0Oui\u00A0\u00BB, a dit Macron.",
        "\u201EJa\u201C, sagte Merz.",
        "\u300C\u306F\u3044\u300D\u3068\u8A00\u3063\u305F\u3002",
        "Kubiak: \u201CNo comment.\u201D",
        "\u201CNo comment.\u201D \u2014 Commissioner Maria Kowalska",
        "Trump warns: \u2018We will win\u2019",
        "Trump and Rubio warned that \u201Cthe deal is off.\u201D",
        "\u201CFirst paragraph.\n\n\u201CSecond paragraph,\u201D Peskov said.",
        "\r\u201C\r\n\u201D\n\r",
        "\0\u201C\0\u201D\0 said \0",
        "<p>&ldquo;Hi,&rdquo; <b>Peskov</b> said.</p>",
        "\u202E\u201Cevil,\u201D Peskov said.\u202C",
        "O'Brien's 'quote' isn't 'closed",
        "'Tis the '90s, y'all said.",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_known_hard_input_gives_a_sound_deterministic_result(string input)
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { ReportNonQuotes = true });
        FuzzHarness.Problem(extractor, input).Should().BeNull();
        FuzzHarness.Problem(new QuoteExtractor(), input).Should().BeNull();
    }
}
