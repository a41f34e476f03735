using System.Runtime.CompilerServices;
using QuoteAttribution.Attribution;

namespace QuoteAttribution;

/// <summary>
/// Finds quotations in English news text and attributes them to speakers.
/// </summary>
/// <remarks>
/// Use the static <see cref="Extract(string)"/> for one-off calls. For heavy use, build one instance with
/// <see cref="QuoteExtractorOptions"/> and share it: an instance is immutable and every method is safe to call from
/// many threads at once. Each call does all its work before it returns; nothing is cached between calls.
/// </remarks>
public sealed class QuoteExtractor
{
    private static readonly QuoteExtractor DefaultInstance = new(QuoteExtractorOptions.Default);

    private readonly ExtractionPipeline _pipeline;

    /// <summary>Initializes a new instance of the <see cref="QuoteExtractor"/> class.</summary>
    /// <param name="options">The settings; <see langword="null"/> for <see cref="QuoteExtractorOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public QuoteExtractor(QuoteExtractorOptions? options = null)
    {
        Options = options ?? QuoteExtractorOptions.Default;
        Options.Validate();
        _pipeline = new ExtractionPipeline(Options);
    }

    /// <summary>Gets the settings of this extractor.</summary>
    public QuoteExtractorOptions Options { get; }

    /// <summary>Extracts the quotes of <paramref name="text"/> with the default options.</summary>
    /// <param name="text">The document: plain text, paragraphs separated by line breaks.</param>
    /// <returns>The quotes and speakers; empty when the text holds no quote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static QuoteExtractionResult Extract(string text) => DefaultInstance.ExtractQuotes(text);

    /// <summary>Extracts the quotes of <paramref name="text"/> with the default options.</summary>
    /// <param name="text">The document.</param>
    /// <returns>The quotes and speakers; the result's <see cref="QuoteExtractionResult.Text"/> is a copy of <paramref name="text"/>.</returns>
    public static QuoteExtractionResult Extract(ReadOnlySpan<char> text) => DefaultInstance.ExtractQuotes(text.ToString());

    /// <summary>Extracts the quotes of <paramref name="text"/>.</summary>
    /// <param name="text">The document: plain text, paragraphs separated by line breaks.</param>
    /// <returns>The quotes and speakers; empty when the text holds no quote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public QuoteExtractionResult ExtractQuotes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _pipeline.Run(text);
    }

    /// <summary>
    /// Extracts the quotes of many documents on all cores. Results come back in input order, each as soon as it and
    /// every document before it are done, so a long sequence streams in bounded memory.
    /// </summary>
    /// <param name="texts">The documents; none may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the work; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per document, in input order.</returns>
    public IEnumerable<QuoteExtractionResult> ExtractAll(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return BatchRunner.Run(ExtractQuotes, texts, EffectiveParallelism, cancellationToken);
    }

    /// <summary>Extracts the quotes of an asynchronous stream of documents on all cores, results in input order.</summary>
    /// <param name="texts">The documents; none may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the work promptly.</param>
    /// <returns>One result per document, in input order.</returns>
    public async IAsyncEnumerable<QuoteExtractionResult> ExtractAllAsync(
        IAsyncEnumerable<string> texts,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        await foreach (var result in BatchRunner.RunAsync(ExtractQuotes, texts, EffectiveParallelism, cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }

    private int EffectiveParallelism => Options.MaxDegreeOfParallelism == 0 ? Environment.ProcessorCount : Options.MaxDegreeOfParallelism;
}
