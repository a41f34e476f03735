namespace QuoteAttribution.Quotes;

/// <summary>Families of quotation marks: an opening mark is closed only by a mark of its own family.</summary>
internal enum MarkFamily : byte
{
    None,
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

/// <summary>What a quotation mark can do where it stands.</summary>
[Flags]
internal enum MarkRole : byte
{
    None = 0,
    Open = 1,
    Close = 2,
    Either = Open | Close,
}

/// <summary>Classifies one quotation mark by its character and the characters around it.</summary>
internal static class QuoteMarks
{
    public static MarkFamily FamilyOf(char c) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' => MarkFamily.Double,
        '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' => MarkFamily.Single,
        '\u00AB' or '\u00BB' => MarkFamily.Guillemet,
        '\u2039' or '\u203A' => MarkFamily.SingleGuillemet,
        '\u300C' or '\u300D' => MarkFamily.Corner,
        '\u300E' or '\u300F' => MarkFamily.WhiteCorner,
        _ => MarkFamily.None,
    };

    /// <summary>The family of a quotation-mark token; a doubled apostrophe or backtick ('' ``) is a double mark.</summary>
    public static MarkFamily FamilyOf(ReadOnlySpan<char> text, int start, int length) => length == 2 ? MarkFamily.Double : FamilyOf(text[start]);

    /// <summary>Returns the roles the mark token at <paramref name="index"/> (of <paramref name="length"/> characters) can play.</summary>
    public static MarkRole RoleOf(ReadOnlySpan<char> text, int index, int length = 1)
    {
        char c = length == 2 ? '"' : text[index];
        int after = index + length;
        bool leftOpen = index == 0 || IsLeftFlank(text[index - 1]);
        bool rightOpen = after >= text.Length || IsRightFlank(text[after]);
        if (length == 2 && text[index] == '`')
        {
            return MarkRole.Open;
        }

        switch (c)
        {
            case '\u201C' or '\u201E' or '\u201F' or '\u2018' or '\u201A' or '\u201B' or '\u00AB' or '\u2039' or '\u300C' or '\u300E':
                // Typographic openers; a “ glued to a word and followed by space is a misused closer.
                return !leftOpen && rightOpen ? MarkRole.Either : MarkRole.Open;
            case '\u201D' or '\u00BB' or '\u203A' or '\u300D' or '\u300F':
                return leftOpen && !rightOpen ? MarkRole.Either : MarkRole.Close;
            case '\u2019':
                // ’ is far more often an apostrophe or a closer than an opener.
                if (!leftOpen && index + 1 < text.Length && char.IsLetter(text[index + 1]))
                {
                    return MarkRole.None; // inner apostrophe the tokenizer kept apart (rock ’n’ roll).
                }

                return leftOpen && !rightOpen ? MarkRole.Either : MarkRole.Close;
            default:
                // Straight marks: the flanks decide; both or neither open means either.
                if (leftOpen && !rightOpen)
                {
                    return MarkRole.Open;
                }

                if (!leftOpen && rightOpen)
                {
                    return MarkRole.Close;
                }

                return c == '\'' ? MarkRole.None : MarkRole.Either;
        }
    }

    private static bool IsLeftFlank(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' or '\u201C' or '\u2018' or '"' or '\'' or '\u00AB' or '\u201E' || char.IsControl(c);

    private static bool IsRightFlank(char c) =>
        char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsControl(c) || char.IsSymbol(c);
}
