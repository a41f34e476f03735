namespace QuoteAttribution;

/// <summary>What kind of quotation a <see cref="Quote"/> is.</summary>
public enum QuoteKind
{
    /// <summary>Words inside quotation marks that someone said or wrote; the span excludes the marks.</summary>
    Direct,

    /// <summary>Reported speech without quotation marks: the content clause of <c>X said (that) …</c>.</summary>
    Indirect,

    /// <summary>A short quoted fragment inside the writer's own sentence (<c>his “harsh” rhetoric</c>).</summary>
    Partial,
}
