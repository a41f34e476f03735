namespace QuoteAttribution.Text;

/// <summary>
/// A forward-only, allocation-free tokenizer over a span, in the manner of <c>Utf8JsonReader</c>: words (with
/// contractions, hyphens and inner apostrophes), possessive <c>’s</c> as its own token, numbers, abbreviations with
/// their period (<c>U.S.</c>, <c>Mr.</c>, initials), quotation marks, dashes and other punctuation.
/// </summary>
internal ref struct Tokenizer
{
    private readonly ReadOnlySpan<char> _text;
    private readonly Lexicon _lexicon;
    private int _pos;
    private bool _first;

    public Tokenizer(ReadOnlySpan<char> text, Lexicon lexicon)
    {
        _text = text;
        _lexicon = lexicon;
        _pos = 0;
        _first = true;
    }

    /// <summary>Reads the next token; <see langword="false"/> at the end of the text.</summary>
    public bool Next(out Token token)
    {
        token = default;
        var text = _text;
        int i = _pos;
        bool space = false;
        int lineBreaks = _first ? 2 : 0; // the text's start counts as a blank line
        while (i < text.Length)
        {
            char w = text[i];
            if (w == ' ')
            {
                space = true;
                i++;
                continue;
            }

            if (!CharClasses.IsSkippable(w))
            {
                break;
            }

            space = true;
            if (CharClasses.IsLineBreak(w))
            {
                // "\r\n" is one line break; a paragraph separator is a blank line on its own.
                lineBreaks += w == '\u2029' ? 2 : w == '\n' && i > 0 && text[i - 1] == '\r' ? 0 : 1;
            }

            i++;
        }

        if (i >= text.Length)
        {
            _pos = i;
            return false;
        }

        _first = false;
        int start = i;
        char c = text[i];
        TokenKind kind;
        var flags = TokenFlags.None;

        if (char.IsAsciiLetter(c) || (c >= 128 && char.IsLetter(c)))
        {
            kind = TokenKind.Word;
            i = ScanWord(text, i, ref flags);
        }
        else if (char.IsDigit(c) || (CharClasses.IsApostrophe(c) && i + 2 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
        {
            // '90s: a leading apostrophe before a two-digit year is part of the number, not a quotation mark.
            kind = TokenKind.Number;
            i++;
            while (i < text.Length)
            {
                char d = text[i];
                if (char.IsLetterOrDigit(d))
                {
                    i++;
                }
                else if ((d is '.' or ',' or ':' or '-' or '/') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                {
                    i += 2;
                }
                else if (d == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    // "52-count", "15-year-old": a compound modifier is one word, so a noun phrase reads over it.
                    kind = TokenKind.Word;
                    i = ScanWord(text, i + 1, ref flags);
                    break;
                }
                else if (d == '%')
                {
                    i++; // "70%" is one number, as "70 percent" is one phrase: the share may be a subject ("70% said …").
                    break;
                }
                else
                {
                    break;
                }
            }
        }
        else if (CharClasses.IsApostrophe(c) && i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && text[i + 1] is 's' or 'S'
            && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
        {
            kind = TokenKind.Word;
            flags |= TokenFlags.Possessive;
            i += 2;
        }
        else if (CharClasses.IsQuoteMark(c) || c == '`')
        {
            // Two apostrophes or backticks make one double mark (''like this'', ``like this''). Three that close a quotation
            // are a single mark, then the double (''… 'a special case,''' he said); three that open one stay double, then single.
            kind = c == '`' && (i + 1 >= text.Length || text[i + 1] != '`') ? TokenKind.Punctuation : TokenKind.QuoteMark;
            bool closesThree = c == '\'' && i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',' or '!' or '?' or ';' or '\u2026')
                && i + 2 < text.Length && text[i + 1] == c && text[i + 2] == c;
            i += (c is '\'' or '`') && i + 1 < text.Length && text[i + 1] == c && !closesThree ? 2 : 1;
        }
        else if (CharClasses.IsDash(c))
        {
            kind = TokenKind.Dash;
            i++;
            while (i < text.Length && CharClasses.IsDash(text[i]))
            {
                i++;
            }
        }
        else
        {
            kind = TokenKind.Punctuation;
            i++;
            if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
            {
                i++;
            }
            else if (c == '.')
            {
                while (i < text.Length && text[i] == '.')
                {
                    i++;
                }
            }
        }

        if (space)
        {
            flags |= TokenFlags.SpaceBefore;
        }

        if (lineBreaks > 0)
        {
            flags |= lineBreaks > 1 ? TokenFlags.ParagraphStart | TokenFlags.BlankLineBefore : TokenFlags.ParagraphStart;
        }

        if (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            flags |= TokenFlags.SpaceAfter;
        }

        token.Start = start;
        token.Length = i - start;
        token.Kind = kind;
        token.Flags = flags;
        if (kind == TokenKind.Word)
        {
            var word = text[start..i];
            if (word[^1] == '.')
            {
                word = word[..^1];
            }

            token.Info = _lexicon.Find(word);
        }

        _pos = i;
        return true;
    }

    /// <summary>
    /// Whether the period at <paramref name="i"/> joins two parts of a dotted name: a lower-case part ("Amazon.com"), or a
    /// capitalised one inside a chain of them ("Halo.Bungie.Org"), never one capitalised part alone ("said.The").
    /// </summary>
    private static bool ContinuesDottedName(ReadOnlySpan<char> text, int i, bool dotted)
    {
        if (i + 2 >= text.Length || !char.IsLetter(text[i + 1]) || !char.IsLetterOrDigit(text[i + 2]))
        {
            return false;
        }

        if (char.IsLower(text[i + 1]) || dotted)
        {
            return true;
        }

        int j = i + 1;
        while (j < text.Length && char.IsLetterOrDigit(text[j]))
        {
            j++;
        }

        return j + 1 < text.Length && text[j] == '.' && char.IsLetter(text[j + 1]);
    }

    private readonly int ScanWord(ReadOnlySpan<char> text, int i, ref TokenFlags flags)
    {
        int start = i;
        bool upper = char.IsUpper(text[i]), allUpper = upper, dotted = false;
        i++;
        while (i < text.Length)
        {
            char d = text[i];
            if (char.IsAsciiLetterLower(d) || char.IsAsciiDigit(d))
            {
                allUpper &= !char.IsAsciiLetterLower(d);
                i++;
                continue;
            }

            if (char.IsAsciiLetterUpper(d) || (d >= 128 && CharClasses.IsWordChar(d)))
            {
                allUpper &= !char.IsLower(d);
                i++;
                continue;
            }

            bool nextIsLetter = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (d == '-' && nextIsLetter)
            {
                i++;
                continue;
            }

            // "Amazon.com", "bbc.co.uk", "Halo.Bungie.Org": a dotted name is one word, not a sentence end without a space.
            if (d == '.' && i - start >= 2 && ContinuesDottedName(text, i, dotted))
            {
                dotted = true;
                i++;
                continue;
            }

            if (CharClasses.IsApostrophe(d) && nextIsLetter)
            {
                // Possessive 's ends the word: "Russia’s" is "Russia" + "’s", so names stay clean. After a pronoun it is
                // a contraction and stays in the word: "it’s", "that's".
                if (text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])) && !IsContractionBase(text[start..i]))
                {
                    break;
                }

                i++;
                continue;
            }

            break;
        }

        // Periods: dotted acronyms (U.S., e.g.), initials (F.), listed abbreviations (Mr., Sept.).
        if (i < text.Length && text[i] == '.')
        {
            int len = i - start;
            if (len == 1 && !(start > 0 && text[start - 1] == '&'))
            {
                // An initial ("F.", "U.S."); not the end of "M&S." before a sentence's end.
                int j = i + 1;
                while (j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.')
                {
                    j += 2;
                }

                flags |= TokenFlags.Abbreviation;
                i = j;
            }
            else if (_lexicon.Find(text[start..i]) is { IsAbbreviation: true } abbreviation
                && (!abbreviation.AbbreviatesBeforeNumber || (i + 2 < text.Length && text[i + 1] == ' ' && char.IsAsciiDigit(text[i + 2])))
                && !(abbreviation.EndsSentenceBeforeCapital && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]) && char.IsUpper(text[i + 2])))
            {
                flags |= TokenFlags.Abbreviation;
                i++;
            }
        }
        if (upper)
        {
            flags |= TokenFlags.Capitalized;
            if (allUpper && i - start > 1)
            {
                flags |= TokenFlags.AllCaps;
            }
        }

        return i;
    }

    private static bool IsContractionBase(ReadOnlySpan<char> word) =>
        word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("he", StringComparison.OrdinalIgnoreCase)
        || word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase)
        || word.Equals("there", StringComparison.OrdinalIgnoreCase) || word.Equals("here", StringComparison.OrdinalIgnoreCase)
        || word.Equals("what", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase)
        || word.Equals("where", StringComparison.OrdinalIgnoreCase) || word.Equals("let", StringComparison.OrdinalIgnoreCase)
        || word.Equals("how", StringComparison.OrdinalIgnoreCase) || word.Equals("everyone", StringComparison.OrdinalIgnoreCase)
        || word.Equals("nobody", StringComparison.OrdinalIgnoreCase) || word.Equals("everything", StringComparison.OrdinalIgnoreCase);
}
