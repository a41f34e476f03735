namespace QuoteAttribution.Text;

/// <summary>
/// Numbers the sentences and paragraphs of a token stream, one token at a time as the tokenizer makes them (so the
/// tokens are not read a second time). A line break ends a paragraph; a sentence ends after <c>. ! ? …</c> (and any
/// closing marks glued to it) when the next token starts a new sentence. Abbreviations keep their period inside the
/// token (<c>Mr.</c>, <c>U.S.</c>), so they never end a sentence here. A sentence never spans two paragraphs.
/// </summary>
internal struct SentenceSplitter
{
    private int _sentence;
    private int _paragraph;
    private bool _pendingEnd;
    private bool _inQuote; // after an opening mark of this paragraph, before its closing one

    public SentenceSplitter()
    {
        _sentence = -1;
        _paragraph = -1;
        _pendingEnd = false;
    }

    /// <summary>Sets the sentence and paragraph of the next token, and its <see cref="TokenFlags.SentenceStart"/> flag.</summary>
    /// <remarks>Paragraphs are kept per sentence in <paramref name="sentenceParagraphs"/>, not per token, to keep tokens small.</remarks>
    public void Mark(ReadOnlySpan<char> text, ref Token t, List<int> sentenceParagraphs)
    {
        bool newParagraph = t.Has(TokenFlags.ParagraphStart);
        bool newSentence = newParagraph;
        if (!newSentence && _pendingEnd)
        {
            bool glued = !t.Has(TokenFlags.SpaceBefore);

            // A closing mark glued to the period stays in the sentence, and the end is still pending.
            if (!(glued && (t.Kind == TokenKind.QuoteMark || text[t.Start] is ')' or ']')))
            {
                // A word glued to the period continues an initialism ("(R-S.C.)" reads "R-S", ".", "C."), not a sentence.
                newSentence = t.Kind switch
                {
                    TokenKind.Word => !char.IsLower(text[t.Start]) && !(glued && (t.Has(TokenFlags.Abbreviation) || t.Length <= 2)),
                    TokenKind.Number or TokenKind.QuoteMark or TokenKind.Dash => true,
                    _ => text[t.Start] is '(' or '[',
                };
                _pendingEnd = false;
            }
        }

        if (newParagraph)
        {
            _paragraph++;
            _inQuote = false;
        }

        if (newSentence)
        {
            _pendingEnd = false;
            _sentence++;
            t.Flags |= TokenFlags.SentenceStart;
        }

        if (_sentence < 0)
        {
            _sentence = 0; // Text before any sentence start (leading punctuation) joins the first sentence.
        }

        if (newSentence || sentenceParagraphs.Count == 0)
        {
            sentenceParagraphs.Add(Math.Max(_paragraph, 0));
        }

        t.Sentence = _sentence;
        if (t.Kind == TokenKind.QuoteMark)
        {
            // A mark after a space (or at the text's start) and glued to the word after it opens a quotation; any other
            // closes it. A quotation never closed stays open to the paragraph's end, where only ellipses are affected.
            _inQuote = (t.Has(TokenFlags.SpaceBefore) || t.Start == 0) && !t.Has(TokenFlags.SpaceAfter);
        }
        else if (t.Kind == TokenKind.Punctuation && CharClasses.IsSentenceEnd(text[t.Start]))
        {
            // An ellipsis inside a quotation marks words left out ("would “seriously damage... Arvona's position”"), not an end.
            _pendingEnd = !(_inQuote && (t.Length > 1 || text[t.Start] == '\u2026'));
        }
    }
}
