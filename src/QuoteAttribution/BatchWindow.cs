using System.Runtime.ExceptionServices;

namespace QuoteAttribution;

/// <summary>
/// A bounded window of documents in input order, extracted by a fixed number of pool workers and, optionally, by the
/// consumer itself while it waits for the oldest result. One lock guards the counters; a document costs a few
/// uncontended lock entries, tens of nanoseconds against tens of microseconds of extraction.
/// </summary>
/// <remarks>
/// Workers are pool work items that exit as soon as nothing is left to claim and are started again when documents
/// arrive, so a slow source holds no thread. At most <c>workers</c> of them run at once: that, plus the consumer when it
/// helps, is the degree of parallelism.
/// </remarks>
internal sealed class BatchWindow
{
    private readonly Func<string, QuoteExtractionResult> _extract;
    private readonly Slot[] _slots;
    private readonly int _workers;
    private readonly CancellationToken _cancellationToken;
    private readonly Action<object?> _work;
    private readonly object _gate = new();

    // Document numbers: [_consumed, _claimed) are taken by someone, [_claimed, _produced) wait to be taken.
    private long _produced;
    private long _claimed;
    private long _consumed;
    private int _running;
    private bool _stopped;
    private TaskCompletionSource? _waiter;

    public BatchWindow(Func<string, QuoteExtractionResult> extract, int capacity, int workers, CancellationToken cancellationToken)
    {
        _extract = extract;
        _slots = new Slot[capacity];
        _workers = workers;
        _cancellationToken = cancellationToken;
        _work = _ => Work();
    }

    /// <summary>Gets whether the window is full, so the consumer must take the oldest result before adding.</summary>
    public bool IsFull
    {
        get
        {
            lock (_gate)
            {
                return _produced - _consumed >= _slots.Length;
            }
        }
    }

    /// <summary>Gets whether every added document has been taken back.</summary>
    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                return _consumed == _produced;
            }
        }
    }

    /// <summary>Adds a document; the window must not be full.</summary>
    public void Add(string text)
    {
        bool start = false;
        lock (_gate)
        {
            _slots[(int)(_produced % _slots.Length)] = new Slot { Text = text };
            _produced++;
            if (_running < _workers)
            {
                _running++;
                start = true;
            }
        }

        if (start)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_work, null, preferLocal: false);
        }
    }

    /// <summary>
    /// Returns the oldest result, extracting waiting documents on this thread until it is done. Throws
    /// <see cref="OperationCanceledException"/> when the token is cancelled first.
    /// </summary>
    public QuoteExtractionResult TakeHelping()
    {
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Task wait;
            long index;
            lock (_gate)
            {
                if (TryTake(out var result))
                {
                    return result;
                }

                index = _claimed < _produced ? _claimed++ : -1;
                wait = index < 0 ? Waiter() : Task.CompletedTask;
            }

            if (index >= 0)
            {
                Run(index);
            }
            else
            {
                wait.Wait(_cancellationToken);
            }
        }
    }

    /// <summary>Returns the oldest result once a worker has finished it.</summary>
    public async ValueTask<QuoteExtractionResult> TakeAsync()
    {
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Task wait;
            lock (_gate)
            {
                if (TryTake(out var result))
                {
                    return result;
                }

                wait = Waiter();
            }

            await wait.WaitAsync(_cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops handing out documents; workers finish the one they hold and exit. Results not taken are dropped.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
        }
    }

    private bool TryTake(out QuoteExtractionResult result)
    {
        ref var slot = ref _slots[(int)(_consumed % _slots.Length)];
        if (_consumed == _produced || !slot.Done)
        {
            result = null!;
            return false;
        }

        var error = slot.Error;
        result = slot.Result!;
        slot = default;
        _consumed++;
        error?.Throw();
        return true;
    }

    private Task Waiter()
    {
        _waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _waiter.Task;
    }

    private void Work()
    {
        while (true)
        {
            long index;
            lock (_gate)
            {
                if (_stopped || _claimed == _produced || _cancellationToken.IsCancellationRequested)
                {
                    _running--;
                    return;
                }

                index = _claimed++;
            }

            Run(index);
        }
    }

    private void Run(long index)
    {
        int at = (int)(index % _slots.Length);
        string text = _slots[at].Text!;
        QuoteExtractionResult? result = null;
        ExceptionDispatchInfo? error = null;
        try
        {
            result = _extract(text);
        }
        catch (Exception e)
        {
            // Handed to the consumer in input order, like a result.
            error = ExceptionDispatchInfo.Capture(e);
        }

        TaskCompletionSource? waiter;
        lock (_gate)
        {
            ref var slot = ref _slots[at];
            slot.Result = result;
            slot.Error = error;
            slot.Done = true;
            waiter = _waiter;
            _waiter = null;
        }

        waiter?.TrySetResult();
    }

    private struct Slot
    {
        public string? Text;
        public QuoteExtractionResult? Result;
        public ExceptionDispatchInfo? Error;
        public bool Done;
    }
}
