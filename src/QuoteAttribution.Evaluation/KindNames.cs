namespace QuoteAttribution.Evaluation;

/// <summary>The lower-case names the gold and prediction formats give to each <see cref="AnnotatedKind"/>.</summary>
public static class KindNames
{
    /// <summary>Returns the format's name of <paramref name="kind"/> (<c>direct</c>, <c>indirect</c>, <c>partial</c>, <c>mixed</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The lower-case name.</returns>
    public static string ToName(AnnotatedKind kind) => kind switch
    {
        AnnotatedKind.Direct => "direct",
        AnnotatedKind.Indirect => "indirect",
        AnnotatedKind.Partial => "partial",
        AnnotatedKind.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
    };

    /// <summary>Returns the format's name of a library <see cref="QuoteKind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The lower-case name.</returns>
    public static string ToName(QuoteKind kind) => ToName(FromQuoteKind(kind));

    /// <summary>Maps a library <see cref="QuoteKind"/> to the annotated kind of the same name.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The annotated kind.</returns>
    public static AnnotatedKind FromQuoteKind(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => AnnotatedKind.Direct,
        QuoteKind.Indirect => AnnotatedKind.Indirect,
        QuoteKind.Partial => AnnotatedKind.Partial,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
    };

    /// <summary>Parses a kind name; the formats write them in lower case, but any case is accepted.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind, when the name is known.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> names a kind.</returns>
    public static bool TryParse(string? name, out AnnotatedKind kind)
    {
        switch (name?.ToUpperInvariant())
        {
            case "DIRECT": kind = AnnotatedKind.Direct; return true;
            case "INDIRECT": kind = AnnotatedKind.Indirect; return true;
            case "PARTIAL": kind = AnnotatedKind.Partial; return true;
            case "MIXED": kind = AnnotatedKind.Mixed; return true;
            default: kind = default; return false;
        }
    }
}
