using System.Buffers;
using System.Globalization;

namespace QuoteAttribution.Text;

/// <summary>Character sets the text layer scans for, as vectorizable <see cref="SearchValues{T}"/>.</summary>
internal static class CharClasses
{
    /// <summary>Every character that can open or close a quotation, apostrophes included.</summary>
    public const string QuotationMarks = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201A\u2039\u203A\u300C\u300D\u300E\u300F\u201F\u201B";

    public static readonly SearchValues<char> QuoteMarks = SearchValues.Create(QuotationMarks);

    /// <summary>White space, control characters and the byte-order mark: what separates tokens.</summary>
    public static bool IsSkippable(char c) => c < 128 ? c <= ' ' || c == '\u007F' : char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsQuoteMark(char c) => QuoteMarks.Contains(c);

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2015' or '\u2012' or '\u2212';

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\u2026';
}
