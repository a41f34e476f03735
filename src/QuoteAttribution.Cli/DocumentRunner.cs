namespace QuoteAttribution.Cli;

/// <summary>
/// Feeds documents through <see cref="QuoteExtractor.ExtractAll"/> and hands each result back with its input, in
/// input order. A document that cannot be read or that the extractor fails on is reported and skipped; the rest go on.
/// </summary>
internal sealed class DocumentRunner
{
    private readonly Func<IEnumerable<string>, IEnumerable<QuoteExtractionResult>> _extractAll;
    private readonly TextWriter _stderr;

    public DocumentRunner(QuoteExtractor extractor, TextWriter stderr)
        : this(texts => extractor.ExtractAll(texts), stderr)
    {
    }

    /// <summary>Initializes a runner over any ordered batch function; tests pass one that fails on purpose.</summary>
    internal DocumentRunner(Func<IEnumerable<string>, IEnumerable<QuoteExtractionResult>> extractAll, TextWriter stderr)
    {
        _extractAll = extractAll;
        _stderr = stderr;
    }

    public int Processed { get; private set; }

    public int Warned { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Runs every input; <paramref name="load"/> returns <see langword="null"/> (having said why) for an input it cannot read.</summary>
    public void Run<TSource>(IReadOnlyList<TSource> sources, Func<TSource, TextInput?> load, Action<TextInput, QuoteExtractionResult> onResult)
    {
        // inFlight mirrors the batch's window: results come back in the order texts went in.
        var inFlight = new Queue<TextInput>();
        var retry = new Queue<TextInput>();
        int next = 0;

        IEnumerable<string> Feed()
        {
            while (retry.Count > 0)
            {
                var input = retry.Dequeue();
                inFlight.Enqueue(input);
                yield return input.Text;
            }

            while (next < sources.Count)
            {
                var input = load(sources[next++]);
                if (input is null)
                {
                    Failed++;
                    continue;
                }

                if (input.HadInvalidUtf8)
                {
                    Warned++;
                    _stderr.WriteLine($"warning: {input.Name}: invalid UTF-8 replaced with U+FFFD");
                }

                inFlight.Enqueue(input);
                yield return input.Text;
            }
        }

        bool finished;
        do
        {
            // Each failed batch has consumed one document, so this ends.
            finished = RunBatch(Feed(), inFlight, retry, onResult);
        }
        while (!finished);
    }

    /// <summary>Runs one batch; returns <see langword="false"/> when a document failed and the rest must go through a new batch.</summary>
    private bool RunBatch(IEnumerable<string> texts, Queue<TextInput> inFlight, Queue<TextInput> retry, Action<TextInput, QuoteExtractionResult> onResult)
    {
        using var results = _extractAll(texts).GetEnumerator();
        while (true)
        {
            try
            {
                if (!results.MoveNext())
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException && inFlight.Count > 0)
            {
                // The batch stops at the first document that throws, which is the oldest in flight. Report that one
                // and start a new batch with the documents read after it, so one bad document costs only itself.
                var failed = inFlight.Dequeue();
                Failed++;
                _stderr.WriteLine($"error: {failed.Name}: extraction failed: {TextInput.OneLine(ex.Message)}");
                while (inFlight.Count > 0)
                {
                    retry.Enqueue(inFlight.Dequeue());
                }

                return false;
            }

            // Outside the try: a failure to write output is not the document's fault and ends the run.
            Processed++;
            onResult(inFlight.Dequeue(), results.Current);
        }
    }
}
