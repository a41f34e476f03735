namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// The batch runner keeps input order, runs at most the configured number of documents at once, lets the synchronous
/// caller do its share and hands a failure back in its place in the order.
/// Its tests wait for pool threads, so they run alone.
/// </summary>
[Collection(ScalingGroup.Name)]
public sealed class BatchRunnerTests
{
    private static readonly QuoteExtractor Real = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ExtractAll_runs_at_most_the_degree_of_parallelism_and_keeps_order(int parallelism)
    {
        var probe = new Probe(sleepMilliseconds: 2);
        var texts = Texts(60);

        var results = BatchRunner.Run(probe.Extract, texts, parallelism, CancellationToken.None).ToList();

        results.Select(r => r.Text).Should().Equal(texts);
        probe.MaxConcurrent.Should().BeLessThanOrEqualTo(parallelism);
        probe.Calls.Should().Be(texts.Length, "every document is extracted exactly once");
    }

    [Fact]
    public void ExtractAll_with_one_degree_runs_everything_on_the_calling_thread()
    {
        var probe = new Probe(sleepMilliseconds: 0);
        int caller = Environment.CurrentManagedThreadId;

        _ = BatchRunner.Run(probe.Extract, Texts(40), 1, CancellationToken.None).ToList();

        probe.Threads.Should().Equal([caller]);
    }

    [Fact]
    public void ExtractAll_on_two_places_uses_the_caller_and_a_worker_at_once()
    {
        // The first document waits until another one runs on a different thread: one thread alone would stall it.
        var texts = Texts(40);
        using var second = new ManualResetEventSlim();
        int first = -1;
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        QuoteExtractionResult Extract(string text)
        {
            int me = Environment.CurrentManagedThreadId;
            threads[me] = true;
            if (text == texts[0])
            {
                Volatile.Write(ref first, me);
                second.Wait(TimeSpan.FromSeconds(10));
            }
            else
            {
                // Documents are claimed in order, so the first one is already taken; wait until its thread is known
                // (the caller can run several small documents between that claim and the first Extract call).
                SpinWait.SpinUntil(() => Volatile.Read(ref first) >= 0, TimeSpan.FromSeconds(10));
                if (Volatile.Read(ref first) != me)
                {
                    second.Set();
                }
            }

            return Real.ExtractQuotes(text);
        }

        int caller = Environment.CurrentManagedThreadId;
        _ = BatchRunner.Run(Extract, texts, 2, CancellationToken.None).ToList();

        second.IsSet.Should().BeTrue("two documents ran at the same time");
        threads.Keys.Should().Contain(caller, "the caller extracts while it waits for the oldest document");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task ExtractAllAsync_runs_at_most_the_degree_of_parallelism_and_keeps_order(int parallelism)
    {
        var probe = new Probe(sleepMilliseconds: 2);
        var texts = Texts(60);

        var results = new List<QuoteExtractionResult>();
        await foreach (var result in BatchRunner.RunAsync(probe.Extract, ToAsync(texts), parallelism, CancellationToken.None))
        {
            results.Add(result);
        }

        results.Select(r => r.Text).Should().Equal(texts);
        probe.MaxConcurrent.Should().BeLessThanOrEqualTo(parallelism);
    }

    [Fact]
    public void A_failing_document_throws_in_its_place_after_the_results_before_it()
    {
        var texts = Texts(30);
        var received = new List<string>();
        QuoteExtractionResult Extract(string text) =>
            text == texts[17] ? throw new InvalidOperationException("document 17") : Real.ExtractQuotes(text);

        var act = () =>
        {
            foreach (var result in BatchRunner.Run(Extract, texts, 2, CancellationToken.None))
            {
                received.Add(result.Text);
            }
        };

        act.Should().Throw<InvalidOperationException>().WithMessage("document 17");
        received.Should().Equal(texts.Take(17));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(100_000_000)]
    public void A_huge_degree_of_parallelism_is_capped_not_allocated(int parallelism)
    {
        var extractor = new QuoteExtractor(new QuoteExtractorOptions { MaxDegreeOfParallelism = parallelism });
        var texts = Texts(10);

        extractor.ExtractAll(texts).Select(r => r.Text).Should().Equal(texts);
    }

    [Fact]
    public void Leaving_the_loop_early_stops_handing_out_documents()
    {
        var probe = new Probe(sleepMilliseconds: 1);
        var texts = Texts(400);

        _ = BatchRunner.Run(probe.Extract, texts, 2, CancellationToken.None).Take(5).ToList();
        Thread.Sleep(50);

        probe.Calls.Should().BeLessThan(30, "only the window in flight may still be extracted");
    }

    private static string[] Texts(int count) =>
        Enumerable.Range(0, count).Select(i => $"“We will try {i},” Peskov said. Document {i}.").ToArray();

    private static async IAsyncEnumerable<string> ToAsync(IEnumerable<string> texts)
    {
        foreach (string text in texts)
        {
            await Task.Yield();
            yield return text;
        }
    }

    private sealed class Probe(int sleepMilliseconds)
    {
        private readonly object _gate = new();
        private readonly HashSet<int> _threads = [];
        private int _current;
        private int _max;
        private int _calls;

        public int MaxConcurrent => Volatile.Read(ref _max);

        public int Calls => Volatile.Read(ref _calls);

        public int[] Threads
        {
            get
            {
                lock (_gate)
                {
                    return [.. _threads];
                }
            }
        }

        public QuoteExtractionResult Extract(string text)
        {
            Interlocked.Increment(ref _calls);
            int now = Interlocked.Increment(ref _current);
            lock (_gate)
            {
                _max = Math.Max(_max, now);
                _threads.Add(Environment.CurrentManagedThreadId);
            }

            try
            {
                if (sleepMilliseconds > 0)
                {
                    Thread.Sleep(sleepMilliseconds);
                }

                return Real.ExtractQuotes(text);
            }
            finally
            {
                Interlocked.Decrement(ref _current);
            }
        }
    }
}
