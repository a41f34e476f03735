namespace QuoteAttribution;

/// <summary>A place where the text refers to a speaker: a name, a pronoun or a description (<c>Peskov</c>, <c>he</c>, <c>the Ukrainian president</c>).</summary>
public sealed record SpeakerMention
{
    private readonly string? _source;
    private string? _text;

    /// <summary>Initializes a new instance of the <see cref="SpeakerMention"/> class.</summary>
    /// <param name="text">The mention as written.</param>
    /// <param name="span">Where the mention stands in the input.</param>
    public SpeakerMention(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        Span = span;
    }

    internal SpeakerMention(string source, TextSpan span, bool lazy)
    {
        _ = lazy;
        _source = source;
        Span = span;
    }

    /// <summary>Gets the mention as written; computed from the input on first use.</summary>
    public string Text => _text ??= _source!.Substring(Span.Start, Span.Length);

    /// <summary>Gets where the mention stands in the input.</summary>
    public TextSpan Span { get; }

    /// <inheritdoc/>
    public bool Equals(SpeakerMention? other) => other is not null && Span == other.Span && Text == other.Text;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Span, Text);
}
