using System.Runtime.CompilerServices;

namespace QuoteAttribution;

/// <summary>Runs one extractor over many documents in parallel and hands back results in input order.</summary>
internal static class BatchRunner
{
    // A window of a few documents per core keeps every core busy while bounding memory to the window.
    private const int WindowPerWorker = 4;

    public static IEnumerable<QuoteExtractionResult> Run(QuoteExtractor extractor, IEnumerable<string> texts, int parallelism, CancellationToken cancellationToken)
    {
        var window = new Queue<Task<QuoteExtractionResult>>();
        int capacity = Math.Max(1, parallelism) * WindowPerWorker;
        try
        {
            foreach (string text in texts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(text, nameof(texts));
                window.Enqueue(Start(extractor, text, cancellationToken));
                if (window.Count >= capacity)
                {
                    yield return window.Dequeue().GetAwaiter().GetResult();
                }
            }

            while (window.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            ObserveAbandoned(window);
        }
    }

    public static async IAsyncEnumerable<QuoteExtractionResult> RunAsync(
        QuoteExtractor extractor,
        IAsyncEnumerable<string> texts,
        int parallelism,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var window = new Queue<Task<QuoteExtractionResult>>();
        int capacity = Math.Max(1, parallelism) * WindowPerWorker;
        try
        {
            // Checked before every pull, so a cancelled call takes nothing more from the source.
            cancellationToken.ThrowIfCancellationRequested();
            await foreach (string text in texts.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(text, nameof(texts));
                window.Enqueue(Start(extractor, text, cancellationToken));
                if (window.Count >= capacity)
                {
                    yield return await window.Dequeue().ConfigureAwait(false);
                }
            }

            while (window.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return await window.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            ObserveAbandoned(window);
        }
    }

    /// <summary>Abandoned enumeration: let queued work finish quietly rather than leave faulted tasks unobserved.</summary>
    private static void ObserveAbandoned(Queue<Task<QuoteExtractionResult>> window)
    {
        foreach (var task in window)
        {
            _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private static Task<QuoteExtractionResult> Start(QuoteExtractor extractor, string text, CancellationToken cancellationToken) =>
        Task.Run(() => extractor.ExtractQuotes(text), cancellationToken);
}
