using System.Globalization;
using System.Text;

namespace QuoteAttribution.Cli;

/// <summary>Helpers for table cells: one line, bounded width, invariant numbers.</summary>
internal static class TextCells
{
    /// <summary>Flattens line breaks and control characters to spaces and cuts to <paramref name="width"/> characters with an ellipsis.</summary>
    public static string Cell(string? value, int width)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }

        var builder = new StringBuilder(Math.Min(value.Length, width));
        bool lastSpace = true; // drops leading white space
        bool cut = false;
        foreach (char c in value)
        {
            bool space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space && lastSpace)
            {
                continue;
            }

            if (builder.Length == width)
            {
                cut = true;
                break;
            }

            builder.Append(space ? ' ' : c);
            lastSpace = space;
        }

        // Only a cut shows the ellipsis, so a cell of exactly the width is printed whole.
        string flat = builder.ToString().TrimEnd();
        return cut ? string.Concat(flat.AsSpan(0, Math.Min(flat.Length, width - 1)), "…") : flat;
    }

    public static string Figure(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Span(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"[{start}..{end})");
}
