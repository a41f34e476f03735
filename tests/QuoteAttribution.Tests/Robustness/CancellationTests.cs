using System.Runtime.CompilerServices;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>The batch methods stop promptly when their token is cancelled, long before the input runs out.</summary>
public sealed class CancellationTests
{
    private const int Documents = 1_000_000;

    private static readonly QuoteExtractor Extractor = new(new QuoteExtractorOptions { MaxDegreeOfParallelism = 2 });

    [Fact]
    public void ExtractAll_stops_mid_stream_when_cancelled()
    {
        var source = new CountingSource();
        using var cts = new CancellationTokenSource();
        int received = 0;
        var act = () =>
        {
            foreach (var result in Extractor.ExtractAll(source.Texts(), cts.Token))
            {
                result.Should().NotBeNull();
                if (++received == 20)
                {
                    cts.Cancel();
                }
            }
        };

        act.Should().Throw<OperationCanceledException>();
        received.Should().BeLessThan(100, "no more than a window of results may follow the cancellation");
        source.Pulled.Should().BeLessThan(200, "the lazy source must not be drained after cancellation");
    }

    [Fact]
    public void ExtractAll_with_a_cancelled_token_does_no_work()
    {
        var source = new CountingSource();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        FluentActions.Invoking(() => Extractor.ExtractAll(source.Texts(), cts.Token).ToList()).Should().Throw<OperationCanceledException>();
        source.Pulled.Should().BeLessThanOrEqualTo(1);
    }

    [Fact]
    public void ExtractAll_cancelled_from_another_thread_stops_promptly()
    {
        var source = new CountingSource();
        using var cts = new CancellationTokenSource();
        int received = 0;
        var act = () =>
        {
            foreach (var _ in Extractor.ExtractAll(source.Texts(), cts.Token))
            {
                if (Interlocked.Increment(ref received) == 10)
                {
                    // A thread of its own: a timer's callback waits for the thread pool, which the extraction keeps busy.
                    new Thread(() =>
                    {
                        Thread.Sleep(50);
                        cts.Cancel();
                    }) { IsBackground = true }.Start();
                }
            }
        };

        act.Should().Throw<OperationCanceledException>();
        source.Pulled.Should().BeLessThan(Documents / 10, "cancellation must stop the enumeration well before the end");
    }

    [Fact]
    public async Task ExtractAllAsync_stops_mid_stream_when_cancelled()
    {
        var source = new CountingSource();
        using var cts = new CancellationTokenSource();
        int received = 0;
        var act = async () =>
        {
            await foreach (var result in Extractor.ExtractAllAsync(source.TextsAsync(), cts.Token))
            {
                result.Should().NotBeNull();
                if (++received == 20)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        received.Should().BeLessThan(100);
        source.Pulled.Should().BeLessThan(200);
    }

    [Fact]
    public async Task ExtractAllAsync_honours_the_token_given_through_WithCancellation()
    {
        var source = new CountingSource();
        using var cts = new CancellationTokenSource();
        int received = 0;
        var act = async () =>
        {
            await foreach (var _ in Extractor.ExtractAllAsync(source.TextsAsync()).WithCancellation(cts.Token))
            {
                if (++received == 20)
                {
                    await cts.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        source.Pulled.Should().BeLessThan(200);
    }

    [Fact]
    public async Task ExtractAllAsync_cancels_a_source_that_is_waiting()
    {
        // The source hands out a few documents, then waits for more that never come: cancellation must end the wait.
        static async IAsyncEnumerable<string> Stalling([EnumeratorCancellation] CancellationToken token = default)
        {
            for (int i = 0; i < 3; i++)
            {
                yield return Seeds.Texts[i];
            }

            await Task.Delay(Timeout.Infinite, token);
            yield return "never";
        }

        using var cts = new CancellationTokenSource();
        var consume = Task.Run(async () =>
        {
            await foreach (var _ in Extractor.ExtractAllAsync(Stalling(), cts.Token))
            {
            }
        });
        await Task.Delay(100);
        await cts.CancelAsync();

        // Not a timing assertion: the wait is only there so that a broken cancellation fails instead of hanging.
        var finished = await Task.WhenAny(consume, Task.Delay(TimeSpan.FromSeconds(30)));
        finished.Should().BeSameAs(consume, "cancellation must end a stalled stream");
        await FluentActions.Awaiting(() => consume).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ExtractAllAsync_with_a_cancelled_token_does_no_work()
    {
        var source = new CountingSource();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var act = async () =>
        {
            await foreach (var _ in Extractor.ExtractAllAsync(source.TextsAsync(), cts.Token))
            {
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();

        // At most one window of documents (4 per worker) is taken before the cancelled work is noticed.
        source.Pulled.Should().BeLessThanOrEqualTo((4 * Extractor.Options.MaxDegreeOfParallelism) + 1);
    }

    /// <summary>A lazy sequence of a million documents that counts how many were taken.</summary>
    private sealed class CountingSource
    {
        private int _pulled;

        public int Pulled => Volatile.Read(ref _pulled);

        public IEnumerable<string> Texts()
        {
            for (int i = 0; i < Documents; i++)
            {
                Interlocked.Increment(ref _pulled);
                yield return Seeds.Texts[i % Seeds.Texts.Count];
            }
        }

        public async IAsyncEnumerable<string> TextsAsync([EnumeratorCancellation] CancellationToken token = default)
        {
            for (int i = 0; i < Documents; i++)
            {
                if (i % 16 == 0)
                {
                    await Task.Yield();
                }

                Interlocked.Increment(ref _pulled);
                yield return Seeds.Texts[i % Seeds.Texts.Count];
            }

            _ = token;
        }
    }
}
