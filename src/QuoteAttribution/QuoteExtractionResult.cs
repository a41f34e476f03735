using System.Collections.Immutable;

namespace QuoteAttribution;

/// <summary>The quotes and speakers of one document. Immutable and safe to share between threads.</summary>
public sealed record QuoteExtractionResult
{
    internal QuoteExtractionResult(string text, ImmutableArray<Quote> quotes, ImmutableArray<Speaker> speakers, ImmutableArray<TextSpan> unattributedQuotations)
    {
        Text = text;
        Quotes = quotes;
        Speakers = speakers;
        NonQuotes = unattributedQuotations;
    }

    /// <summary>An empty result for a text that holds no quotes.</summary>
    internal static QuoteExtractionResult Empty(string text) => new(text, [], [], []);

    /// <summary>Gets the input text every span refers to.</summary>
    public string Text { get; }

    /// <summary>Gets the quotes in document order (by start offset; a partial quote follows the quote that contains it).</summary>
    public ImmutableArray<Quote> Quotes { get; }

    /// <summary>Gets the document's named speakers, ordered by <see cref="Speaker.Id"/>.</summary>
    public ImmutableArray<Speaker> Speakers { get; }

    /// <summary>
    /// Gets spans in quotation marks that are not quotes of anyone: titles, names and scare quotes
    /// (<c>the game “Fortnite”</c>). Filled only when <see cref="QuoteExtractorOptions.ReportNonQuotes"/> is set.
    /// </summary>
    public ImmutableArray<TextSpan> NonQuotes { get; }

    /// <summary>Returns the speaker of <paramref name="quote"/>, or <see langword="null"/> when it is unnamed.</summary>
    /// <param name="quote">A quote of this result.</param>
    /// <returns>The speaker, or <see langword="null"/>.</returns>
    public Speaker? GetSpeaker(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote.SpeakerId is int id && (uint)id < (uint)Speakers.Length ? Speakers[id] : null;
    }
}
