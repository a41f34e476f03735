namespace QuoteAttribution;

/// <summary>
/// A range of UTF-16 code units in the input text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Gets the offset just past the last code unit (exclusive end).</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from an inclusive start and an exclusive end.</summary>
    /// <param name="start">Inclusive start offset.</param>
    /// <param name="end">Exclusive end offset; must not be less than <paramref name="start"/>.</param>
    /// <returns>The span.</returns>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Returns whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is contained.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Returns whether the two spans share at least one code unit.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>Returns the characters this span covers in <paramref name="text"/>.</summary>
    /// <param name="text">The text the span refers to.</param>
    /// <returns>The covered characters.</returns>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
