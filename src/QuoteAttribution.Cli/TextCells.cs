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

        var builder = new StringBuilder(Math.Min(value.Length, width + 1));
        bool lastSpace = false;
        foreach (char c in value)
        {
            bool space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space && lastSpace)
            {
                continue;
            }

            builder.Append(space ? ' ' : c);
            lastSpace = space;
            if (builder.Length > width)
            {
                break;
            }
        }

        string flat = builder.ToString().Trim();
        return flat.Length > width ? string.Concat(flat.AsSpan(0, width - 1), "…") : flat;
    }

    public static string Figure(double? value) => value is double v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Span(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"[{start}..{end})");
}
