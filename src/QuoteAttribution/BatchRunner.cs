using System.Runtime.CompilerServices;

namespace QuoteAttribution;

/// <summary>Runs one extraction function over many documents in parallel and hands back results in input order.</summary>
internal static class BatchRunner
{
    // A window of a few documents per core keeps every core busy while bounding memory to the window.
    private const int WindowPerWorker = 4;

    /// <summary>The largest degree of parallelism used; above it the window (allocated whole) would only cost memory.</summary>
    internal const int MaxParallelism = 1024;

    /// <summary>
    /// The synchronous consumer extracts documents itself while the oldest one is unfinished, so it takes one of the
    /// <paramref name="parallelism"/> places instead of blocking beside them; on two cores this is the difference
    /// between two busy threads and two threads plus a waiter woken for every document.
    /// </summary>
    public static IEnumerable<QuoteExtractionResult> Run(Func<string, QuoteExtractionResult> extract, IEnumerable<string> texts, int parallelism, CancellationToken cancellationToken)
    {
        parallelism = Math.Clamp(parallelism, 1, MaxParallelism);
        var window = new BatchWindow(extract, parallelism * WindowPerWorker, parallelism - 1, cancellationToken);
        try
        {
            foreach (string text in texts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(text, nameof(texts));
                if (window.IsFull)
                {
                    yield return window.TakeHelping();
                }

                window.Add(text);
            }

            while (!window.IsEmpty)
            {
                yield return window.TakeHelping();
            }
        }
        finally
        {
            window.Stop();
        }
    }

    /// <summary>
    /// The asynchronous consumer only waits: an awaiting caller (a UI or request thread) must not be handed
    /// extraction work, so all <paramref name="parallelism"/> places are pool workers.
    /// </summary>
    public static async IAsyncEnumerable<QuoteExtractionResult> RunAsync(
        Func<string, QuoteExtractionResult> extract,
        IAsyncEnumerable<string> texts,
        int parallelism,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        parallelism = Math.Clamp(parallelism, 1, MaxParallelism);
        var window = new BatchWindow(extract, parallelism * WindowPerWorker, parallelism, cancellationToken);
        try
        {
            // Checked before every pull, so a cancelled call takes nothing more from the source.
            cancellationToken.ThrowIfCancellationRequested();
            await foreach (string text in texts.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(text, nameof(texts));
                if (window.IsFull)
                {
                    yield return await window.TakeAsync().ConfigureAwait(false);
                }

                window.Add(text);
            }

            while (!window.IsEmpty)
            {
                yield return await window.TakeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            window.Stop();
        }
    }
}
