namespace QuoteAttribution.Evaluation;

/// <summary>The kind of an annotated or predicted quote, as the gold and prediction formats spell it (lower case).</summary>
public enum AnnotatedKind
{
    /// <summary><c>direct</c>: words inside quotation marks; the span excludes the marks.</summary>
    Direct,

    /// <summary><c>indirect</c>: reported speech without quotation marks.</summary>
    Indirect,

    /// <summary><c>partial</c>: a short quoted fragment inside the writer's own sentence.</summary>
    Partial,

    /// <summary><c>mixed</c>: reported speech that contains quoted words. Gold only (PolNeAR); never a valid prediction.</summary>
    Mixed,
}
