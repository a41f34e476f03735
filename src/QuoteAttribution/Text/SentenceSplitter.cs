namespace QuoteAttribution.Text;

/// <summary>
/// Numbers the sentences and paragraphs of a token sequence. A line break ends a paragraph; a sentence ends after
/// <c>. ! ? …</c> (and any closing marks glued to it) when the next token starts a new sentence. Abbreviations keep
/// their period inside the token (<c>Mr.</c>, <c>U.S.</c>), so they never end a sentence here.
/// </summary>
internal static class SentenceSplitter
{
    public static void Split(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        int sentence = -1, paragraph = -1;
        bool pendingEnd = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            ref var t = ref tokens[i];
            bool newParagraph = t.Has(TokenFlags.ParagraphStart);
            bool newSentence = newParagraph;
            if (!newSentence && pendingEnd)
            {
                bool glued = !t.Has(TokenFlags.SpaceBefore);

                // A closing mark glued to the period stays in the sentence, and the end is still pending.
                if (!(glued && (t.Kind == TokenKind.QuoteMark || text[t.Start] is ')' or ']')))
                {
                    newSentence = t.Kind switch
                    {
                        TokenKind.Word => !char.IsLower(text[t.Start]),
                        TokenKind.Number or TokenKind.QuoteMark or TokenKind.Dash => true,
                        _ => text[t.Start] is '(' or '[',
                    };
                    pendingEnd = false;
                }
            }

            if (newParagraph)
            {
                paragraph++;
            }

            if (newSentence)
            {
                pendingEnd = false;
                sentence++;
                t.Flags |= TokenFlags.SentenceStart;
            }

            t.Sentence = Math.Max(sentence, 0);
            t.Paragraph = Math.Max(paragraph, 0);
            if (t.Kind == TokenKind.Punctuation && CharClasses.IsSentenceEnd(text[t.Start]))
            {
                pendingEnd = true;
            }
        }
    }
}
