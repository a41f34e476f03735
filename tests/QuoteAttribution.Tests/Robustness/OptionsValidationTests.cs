namespace QuoteAttribution.Tests.Robustness;

/// <summary>Bad options fail once, at construction, with an exception that names the option.</summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, QuoteExtractorOptions> Invalid => new()
    {
        { nameof(QuoteExtractorOptions.MinimumConfidence), new() { MinimumConfidence = -0.0001 } },
        { nameof(QuoteExtractorOptions.MinimumConfidence), new() { MinimumConfidence = -1 } },
        { nameof(QuoteExtractorOptions.MinimumConfidence), new() { MinimumConfidence = 1.0000001 } },
        { nameof(QuoteExtractorOptions.MinimumConfidence), new() { MinimumConfidence = double.NaN } },
        { nameof(QuoteExtractorOptions.MinimumConfidence), new() { MinimumConfidence = double.PositiveInfinity } },
        { nameof(QuoteExtractorOptions.MinimumConfidence), new() { MinimumConfidence = double.NegativeInfinity } },
        { nameof(QuoteExtractorOptions.MaxQuoteLength), new() { MaxQuoteLength = 15 } },
        { nameof(QuoteExtractorOptions.MaxQuoteLength), new() { MaxQuoteLength = 0 } },
        { nameof(QuoteExtractorOptions.MaxQuoteLength), new() { MaxQuoteLength = -1 } },
        { nameof(QuoteExtractorOptions.MaxQuoteLength), new() { MaxQuoteLength = int.MinValue } },
        { nameof(QuoteExtractorOptions.MaxDegreeOfParallelism), new() { MaxDegreeOfParallelism = -1 } },
        { nameof(QuoteExtractorOptions.MaxDegreeOfParallelism), new() { MaxDegreeOfParallelism = int.MinValue } },
    };

    public static TheoryData<QuoteExtractorOptions> Valid => new()
    {
        new QuoteExtractorOptions(),
        new() { MinimumConfidence = 0 },
        new() { MinimumConfidence = 1 },
        new() { MinimumConfidence = double.Epsilon },
        new() { MaxQuoteLength = 16 },
        new() { MaxQuoteLength = int.MaxValue },
        new() { MaxDegreeOfParallelism = 0 },
        new() { MaxDegreeOfParallelism = 1 },
        new() { MaxDegreeOfParallelism = 1024 },
        new() { IncludeIndirect = false, IncludePartial = false, ReportNonQuotes = true },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_out_of_range_option_fails_at_construction_naming_the_option(string option, QuoteExtractorOptions options)
    {
        var thrown = FluentActions.Invoking(() => new QuoteExtractor(options)).Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be(option);
        thrown.Message.Should().Contain(option, "the message must tell which option is wrong");
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void A_valid_option_is_accepted_and_kept(QuoteExtractorOptions options)
    {
        var extractor = new QuoteExtractor(options);
        extractor.Options.Should().Be(options);
        ResultInvariants.AssertHold("“Hi,” he said.", extractor.ExtractQuotes("“Hi,” he said."), options);
    }

    [Fact]
    public void Null_options_mean_the_defaults() =>
        new QuoteExtractor(null).Options.Should().Be(QuoteExtractorOptions.Default);
}
