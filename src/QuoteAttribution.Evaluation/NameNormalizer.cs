using System.Text;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// The comparison form of a speaker name: Unicode NFKC, typographic apostrophes and dashes folded, lower case,
/// white space collapsed to single spaces and trimmed.
/// </summary>
/// <remarks>
/// The repository builds with <c>InvariantGlobalization</c>, and in that mode <see cref="string.Normalize(NormalizationForm)"/>
/// returns non-ASCII text unchanged. Where real normalisation is unavailable we apply the compatibility mappings that
/// occur in names (full-width forms, Latin ligatures, compatibility spaces); canonical composition of combining marks
/// is then not done. With ICU present (globalization not invariant) the runtime's NFKC is used.
/// </remarks>
internal static class NameNormalizer
{
    private static readonly bool RuntimeNormalizes = "\uFF30".Normalize(NormalizationForm.FormKC) == "P";

    public static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        string composed = RuntimeNormalizes ? name.Normalize(NormalizationForm.FormKC) : CompatibilityFold(name);
        var builder = new StringBuilder(composed.Length);
        bool pendingSpace = false;
        foreach (char c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u2032' or '\u00B4' or '`' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The NFKC compatibility mappings that names meet, for runtimes without normalisation data.</summary>
    internal static string CompatibilityFold(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            switch (c)
            {
                case >= '\uFF01' and <= '\uFF5E':
                    builder.Append((char)(c - 0xFEE0)); // full-width ASCII
                    break;
                case '\u3000' or '\u00A0' or '\u202F' or '\u205F' or (>= '\u2000' and <= '\u200A'):
                    builder.Append(' ');
                    break;
                case '\uFB00': builder.Append("ff"); break;
                case '\uFB01': builder.Append("fi"); break;
                case '\uFB02': builder.Append("fl"); break;
                case '\uFB03': builder.Append("ffi"); break;
                case '\uFB04': builder.Append("ffl"); break;
                case '\uFB05' or '\uFB06': builder.Append("st"); break;
                case '\u2024': builder.Append('.'); break;
                case '\u2026': builder.Append("..."); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
