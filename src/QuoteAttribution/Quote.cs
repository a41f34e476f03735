using System.Collections.Immutable;

namespace QuoteAttribution;

/// <summary>One attributed quotation. Immutable; <see cref="Text"/> always equals the input at <see cref="Span"/>.</summary>
public sealed record Quote
{
    private readonly string _source;
    private string? _text;

    internal Quote(
        string source,
        QuoteKind kind,
        TextSpan span,
        int? speakerId,
        ImmutableArray<int> speakerIds,
        string? speakerName,
        SpeakerMention? mention,
        Cue? cue,
        AttributionMethod method,
        double confidence)
    {
        _source = source;
        Kind = kind;
        Span = span;
        SpeakerId = speakerId;
        SpeakerIds = speakerIds.IsDefault ? [] : speakerIds;
        SpeakerName = speakerName;
        Mention = mention;
        Cue = cue;
        Method = method;
        Confidence = confidence;
    }

    /// <summary>Gets the kind of quotation.</summary>
    public QuoteKind Kind { get; }

    /// <summary>Gets the content span (for direct and partial quotes, between the quotation marks).</summary>
    public TextSpan Span { get; }

    /// <summary>Gets the quoted content; computed from the input on first use.</summary>
    public string Text => _text ??= _source.Substring(Span.Start, Span.Length);

    /// <summary>Gets the id of the speaker in <see cref="QuoteExtractionResult.Speakers"/>, or <see langword="null"/> when the text does not name who spoke.</summary>
    public int? SpeakerId { get; }

    /// <summary>Gets the ids of every speaker of a joint quote (<c>Trump and Rubio warned …</c>); one id for an ordinary quote, none when unnamed.</summary>
    public ImmutableArray<int> SpeakerIds { get; }

    /// <summary>Gets the speaker's resolved name (the fullest name the document gives), joint speakers joined with <c> and </c>; <see langword="null"/> when unnamed.</summary>
    public string? SpeakerName { get; }

    /// <summary>Gets the speaker as written nearest the cue (<c>he</c>, <c>Peskov</c>, <c>a defense lawyer</c>), or <see langword="null"/>.</summary>
    public SpeakerMention? Mention { get; }

    /// <summary>Gets the cue, or <see langword="null"/> for a quote without one (a continuation, a label, a headline).</summary>
    public Cue? Cue { get; }

    /// <summary>Gets how the speaker was found.</summary>
    public AttributionMethod Method { get; }

    /// <summary>Gets a confidence in [0, 1]: an explicit cue scores higher than a continuation, which scores higher than a guess.</summary>
    public double Confidence { get; }

    /// <inheritdoc/>
    public bool Equals(Quote? other) =>
        other is not null && Kind == other.Kind && Span == other.Span && SpeakerId == other.SpeakerId
        && SpeakerIds.AsSpan().SequenceEqual(other.SpeakerIds.AsSpan())
        && SpeakerName == other.SpeakerName && Mention == other.Mention && Cue == other.Cue
        && Method == other.Method && Confidence.Equals(other.Confidence)
        && _source.AsSpan(Span.Start, Span.Length).SequenceEqual(other._source.AsSpan(other.Span.Start, other.Span.Length));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Span, SpeakerId, SpeakerName, Mention, Cue, Method);
}
