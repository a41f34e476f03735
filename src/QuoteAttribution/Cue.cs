namespace QuoteAttribution;

/// <summary>The speech verb or phrase that introduces a quote (<c>said</c>, <c>told</c>, <c>wrote on X</c>, <c>according to</c>).</summary>
public sealed record Cue
{
    private readonly string? _source;
    private string? _text;

    /// <summary>Initializes a new instance of the <see cref="Cue"/> class.</summary>
    /// <param name="text">The cue as written.</param>
    /// <param name="span">Where the cue stands in the input.</param>
    public Cue(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        Span = span;
    }

    internal Cue(string source, TextSpan span, bool lazy)
    {
        _ = lazy;
        _source = source;
        Span = span;
    }

    /// <summary>Gets the cue as written; computed from the input on first use.</summary>
    public string Text => _text ??= _source!.Substring(Span.Start, Span.Length);

    /// <summary>Gets where the cue stands in the input.</summary>
    public TextSpan Span { get; }

    /// <inheritdoc/>
    public bool Equals(Cue? other) => other is not null && Span == other.Span && Text == other.Text;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Span, Text);
}
