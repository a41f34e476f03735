namespace QuoteAttribution.Tests.Robustness;

/// <summary>One extractor shared by many threads gives exactly the results of sequential use.</summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int Rounds = 25;

    [Fact]
    public void A_shared_extractor_on_eight_threads_matches_sequential_use()
    {
        var extractor = new QuoteExtractor();
        var texts = Seeds.Texts.Concat(Seeds.Texts.Select(t => t.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        var expected = texts.Select(t => new QuoteExtractor().ExtractQuotes(t)).ToArray();
        for (int i = 0; i < texts.Length; i++)
        {
            ResultInvariants.AssertHold(texts[i], expected[i]);
        }

        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (int round = 0; round < Rounds; round++)
            {
                // Each thread walks the documents in its own order so that different documents run at the same time.
                for (int k = 0; k < texts.Length; k++)
                {
                    int i = (k + t + round) % texts.Length;
                    var actual = extractor.ExtractQuotes(texts[i]);
                    if (ResultDiff.First(expected[i], actual) is { } d)
                    {
                        failures.Enqueue($"thread {t}, round {round}, document {i}: {d}");
                    }
                }
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void The_static_extractor_on_many_tasks_matches_sequential_use()
    {
        var texts = Seeds.Texts.ToArray();
        var expected = texts.Select(QuoteExtractor.Extract).ToArray();
        var jobs = Enumerable.Range(0, Threads * Rounds * texts.Length).ToArray();
        var diffs = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Threads }, j =>
        {
            int i = j % texts.Length;
            if (ResultDiff.First(expected[i], QuoteExtractor.Extract(texts[i])) is { } d)
            {
                diffs.Add($"job {j}, document {i}: {d}");
            }
        });
        diffs.Should().BeEmpty();
    }

    [Fact]
    public async Task Batch_methods_in_parallel_match_sequential_use_and_keep_input_order()
    {
        var options = new QuoteExtractorOptions { MaxDegreeOfParallelism = Threads };
        var extractor = new QuoteExtractor(options);
        var texts = Enumerable.Range(0, 200).Select(i => Seeds.Texts[i % Seeds.Texts.Count] + new string(' ', i)).ToArray();
        var expected = texts.Select(extractor.ExtractQuotes).ToArray();

        var batch = extractor.ExtractAll(texts).ToArray();
        var streamed = new List<QuoteExtractionResult>();
        await foreach (var r in extractor.ExtractAllAsync(ToAsync(texts)))
        {
            streamed.Add(r);
        }

        batch.Should().HaveCount(texts.Length);
        streamed.Should().HaveCount(texts.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            ResultDiff.First(expected[i], batch[i]).Should().BeNull($"ExtractAll item {i} must match");
            ResultDiff.First(expected[i], streamed[i]).Should().BeNull($"ExtractAllAsync item {i} must match");
            batch[i].Text.Should().BeSameAs(texts[i]);
        }
    }

    private static async IAsyncEnumerable<string> ToAsync(IEnumerable<string> texts)
    {
        foreach (string t in texts)
        {
            await Task.Yield();
            yield return t;
        }
    }
}
