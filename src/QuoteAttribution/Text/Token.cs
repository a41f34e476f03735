namespace QuoteAttribution.Text;

/// <summary>The coarse class of a token.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
    Dash,
}

/// <summary>Facts about a token that later stages test often; computed once by the tokenizer.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    Capitalized = 1,
    AllCaps = 2,
    SpaceBefore = 4,
    ParagraphStart = 8,
    SentenceStart = 16,
    Possessive = 32,
    Abbreviation = 64,
    SpaceAfter = 128,

    /// <summary>Set on the tokens of a cue that a quote has taken, so no second quote takes them.</summary>
    UsedCue = 256,

    /// <summary>
    /// A blank line (or the start of the text) comes before the token. A single line break also starts a paragraph
    /// (<see cref="ParagraphStart"/>), but in hard-wrapped text it falls inside sentences and names.
    /// </summary>
    BlankLineBefore = 512,
}

/// <summary>One token: a span of the input plus what the word lists say about it. No string is made per token.</summary>
internal struct Token
{
    public int Start;
    public int Length;

    /// <summary>The sentence this token belongs to; its paragraph is <see cref="Document.ParagraphOf(int)"/>.</summary>
    public int Sentence;

    // The entry's number, not the entry: a token holds no reference (see WordInfo.Id), so it is 20 bytes, not 24.
    private int _info;

    public TokenKind Kind;
    public TokenFlags Flags;

    /// <summary>Gets or sets the word lists' entry for a word, or <see langword="null"/>.</summary>
    public WordInfo? Info
    {
        readonly get => WordInfo.FromId(_info);
        set => _info = value?.Id ?? 0;
    }

    public readonly int End => Start + Length;

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;

    public readonly bool IsWord => Kind == TokenKind.Word;

    public readonly bool IsCapitalizedWord => Kind == TokenKind.Word && (Flags & TokenFlags.Capitalized) != 0;

}
