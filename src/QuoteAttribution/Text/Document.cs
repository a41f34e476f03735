using System.Buffers;
using QuoteAttribution.Cues;

namespace QuoteAttribution.Text;

/// <summary>
/// One input text with its tokens, sentences and paragraphs. The token buffer is rented from the shared pool;
/// dispose the document to return it. Lives for one <c>Extract</c> call only.
/// </summary>
internal sealed class Document : IDisposable
{
    private Token[] _tokens;

    /// <summary>How far <see cref="OccursNear"/> searches either side of its token, in characters.</summary>
    private const int SearchReach = 4096;

    private readonly List<int> _sentenceParagraphs;
    private int _searches;

    private Document(string text, Token[] tokens, int count, TokenIndexes indexes)
    {
        Text = text;
        _tokens = tokens;
        Count = count;
        QuoteMarks = indexes.QuoteMarks;
        _sentenceParagraphs = indexes.SentenceParagraphs;
        Capitals = indexes.Capitals;
        CueWords = indexes.CueWords;
    }

    public string Text { get; }

    public int Count { get; }

    /// <summary>Gets the indexes of the quotation-mark tokens, in order: the pairer reads only these.</summary>
    public List<int> QuoteMarks { get; }

    /// <summary>Gets the indexes of the capitalised words, in order: names start only at these.</summary>
    public List<int> Capitals { get; }

    /// <summary>Gets the indexes of the words that may be cues (speech, writing or report verbs; "according"), in order.</summary>
    public List<int> CueWords { get; }

    public Span<Token> Tokens => _tokens.AsSpan(0, Count);

    /// <remarks>
    /// The pooled buffer is longer than <see cref="Count"/> and holds an earlier document's tokens past it, so a read past
    /// the end would not throw but read a stale token. Debug builds (the tests) check every index, here and in the
    /// accessors that read a token (<see cref="Slice(int)"/>, <see cref="FirstChar"/>, <see cref="ParagraphOf"/>,
    /// <see cref="SpanOf"/>); release builds leave the check to the array's own bounds, which the hot paths cannot afford twice.
    /// </remarks>
    public ref Token this[int index]
    {
        get
        {
#if DEBUG
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"Token {index} read in a document of {Count} tokens.");
            }
#endif
            return ref _tokens[index];
        }
    }

    /// <param name="text">The input.</param>
    /// <param name="lexicon">The word lists.</param>
    /// <param name="indexes">Emptied lists to fill (a workspace's, reused call after call), or <see langword="null"/> for new ones.</param>
    public static Document Create(string text, Lexicon lexicon, TokenIndexes? indexes = null)
    {
        // About one token per five characters of news text; the buffer grows by doubling when that is short.
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 4));
        int count = 0;
        var tokenizer = new Tokenizer(text, lexicon);
        var splitter = new SentenceSplitter();
        indexes ??= new TokenIndexes();
        var quoteMarks = indexes.QuoteMarks;
        var sentenceParagraphs = indexes.SentenceParagraphs;

        // Later stages that look only at a few kinds of token read these lists instead of every token again: with
        // documents of megabytes, each full pass over the tokens comes from memory, not from the cache.
        var capitals = indexes.Capitals;
        var cueWords = indexes.CueWords;
        if (text.Length > 1 << 16)
        {
            sentenceParagraphs.EnsureCapacity(text.Length / 128);
            capitals.EnsureCapacity(text.Length / 40);
            cueWords.EnsureCapacity(text.Length / 200);
        }
        bool previousWord = false;
        int longestParticle = lexicon.LongestParticle;
        while (tokenizer.Next(out var token))
        {
            splitter.Mark(text, ref token, sentenceParagraphs);
            if (token.Kind == TokenKind.QuoteMark)
            {
                quoteMarks.Add(count);
            }
            else if (token.Kind == TokenKind.Word)
            {
                if (token.Has(TokenFlags.Capitalized))
                {
                    capitals.Add(count);
                }

                // "pointed out": the verb takes its phrasal entry when its particle follows it.
                if (previousWord && token.Length <= longestParticle && lexicon.IsParticle(text.AsSpan(token.Start, token.Length))
                    && lexicon.FindPhrasal(text.AsSpan(tokens[count - 1].Start, tokens[count - 1].Length), text.AsSpan(token.Start, token.Length)) is { } phrasal)
                {
                    tokens[count - 1].Info = phrasal;
                    if (phrasal.Cue is CueClass.Speech or CueClass.Writing or CueClass.Report && (cueWords.Count == 0 || cueWords[^1] != count - 1))
                    {
                        cueWords.Add(count - 1);
                    }
                }

                if (token.Info is { Cue: CueClass.Speech or CueClass.Writing or CueClass.Report } or { StartsCuePhrase: true })
                {
                    cueWords.Add(count);
                }
            }

            if (count == tokens.Length)
            {
                var bigger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                tokens.AsSpan(0, count).CopyTo(bigger);
                ArrayPool<Token>.Shared.Return(tokens);
                tokens = bigger;
            }

            previousWord = token.Kind == TokenKind.Word;
            tokens[count++] = token;
        }

        return new Document(text, tokens, count, indexes);
    }

    /// <summary>The paragraph of token <paramref name="index"/> (a line break starts one).</summary>
    public int ParagraphOf(int index) => _sentenceParagraphs[this[index].Sentence];

    /// <summary>
    /// Reads tokens <paramref name="start"/> up to <paramref name="end"/> and their text in order, so the hardware
    /// prefetcher brings a section into the cache in one stream before the stages jump around in it (they read tokens
    /// and words sparsely, each read a miss otherwise). Returns a value computed from them, only so the reads cannot
    /// be optimised away.
    /// </summary>
    public int Warm(int start, int end)
    {
        int sum = 0;
        foreach (ref readonly var t in _tokens.AsSpan(start, end - start))
        {
            sum += t.Start;
        }

        // One char per 64-byte cache line of the section's text.
        var text = Text.AsSpan(_tokens[start].Start, _tokens[end - 1].End - _tokens[start].Start);
        for (int i = 0; i < text.Length; i += 32)
        {
            sum += text[i];
        }

        return sum;
    }

    /// <summary>The characters of tokens <paramref name="first"/> to <paramref name="last"/>.</summary>
    public TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(this[first].Start, this[last].End);

    public ReadOnlySpan<char> Slice(int index) => Text.AsSpan(this[index].Start, this[index].Length);

    public ReadOnlySpan<char> Slice(int first, int last) => Text.AsSpan(this[first].Start, this[last].End - this[first].Start);

    /// <summary>Returns whether token <paramref name="index"/> exists and is the word <paramref name="word"/>, ignoring case.</summary>
    public bool IsWord(int index, string word) =>
        (uint)index < (uint)Count && _tokens[index].Kind == TokenKind.Word && Slice(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether token <paramref name="index"/> exists and is a determiner of function-words.tsv ("the", "his").</summary>
    public bool IsDeterminer(int index) =>
        (uint)index < (uint)Count && _tokens[index].Kind == TokenKind.Word && _tokens[index].Info is { Function: var f } && (f & FunctionWord.Determiner) != 0;

    /// <summary>Whether a capitalised word stands in tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    public bool HasCapitalWithin(int first, int last)
    {
        for (int k = Math.Max(first, 0); k <= last && k < Count; k++)
        {
            if (_tokens[k].IsCapitalizedWord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token <paramref name="index"/> is a lower-case word the word lists lack that reads as a noun, not as a verb
    /// or adverb form ending in -ed, -ing or -ly: "investment", "biographer", "team".
    /// </summary>
    public bool IsPlainNoun(int index)
    {
        if ((uint)index >= (uint)Count || _tokens[index].Kind != TokenKind.Word || _tokens[index].Info is not null || _tokens[index].Has(TokenFlags.Capitalized))
        {
            return false;
        }

        var w = Slice(index);
        return !w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>Returns whether token <paramref name="index"/> exists and is the single character <paramref name="c"/>.</summary>
    public bool IsChar(int index, char c) => (uint)index < (uint)Count && _tokens[index].Length == 1 && Text[_tokens[index].Start] == c;

    public char FirstChar(int index) => Text[this[index].Start];

    /// <summary>
    /// Whether the word of token <paramref name="index"/> also stands in lower case as a whole word near it: a capital
    /// that only opens the sentence ("Troubled Marsh under SEC scrutiny" … "troubled insurance broker Marsh").
    /// </summary>
    public bool OccursInLowerCase(int index)
    {
        var word = Slice(index);
        if (word.Length > 32)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return OccursNear(lower, index, -1);
    }

    /// <summary>Whether the text of tokens <paramref name="first"/>..<paramref name="last"/> stands again, as whole words, near them.</summary>
    public bool OccursElsewhere(int first, int last) => OccursNear(Slice(first, last), first, this[first].Start);

    /// <summary>
    /// Whether <paramref name="count"/> more searches fit in the document's budget: a test made of several searches asks
    /// first, so that a budget running out between them cannot turn its answer around.
    /// </summary>
    public bool CanSearch(int count) => _searches + count <= SearchBudget;

    /// <summary>How many searches <see cref="OccursNear"/> may make in this document: 64 and one per 1,024 tokens.</summary>
    private int SearchBudget => 64 + (Count >> 10);

    /// <summary>
    /// Whether <paramref name="needle"/> stands as whole words within <see cref="SearchReach"/> characters of token
    /// <paramref name="index"/>, other than at <paramref name="except"/>. A budget of searches per document keeps the cost
    /// linear in its length however many capitalised runs it has.
    /// </summary>
    private bool OccursNear(ReadOnlySpan<char> needle, int index, int except)
    {
        if (needle.Length < 2 || _searches >= SearchBudget)
        {
            return false;
        }

        _searches++;
        int from = Math.Max(0, this[index].Start - SearchReach);
        var window = Text.AsSpan(from, Math.Min(Text.Length, this[index].End + SearchReach) - from);
        for (int at = window.IndexOf(needle, StringComparison.Ordinal); at >= 0;)
        {
            int end = at + needle.Length;
            if (from + at != except && (at == 0 || !char.IsLetterOrDigit(window[at - 1])) && (end == window.Length || !char.IsLetterOrDigit(window[end])))
            {
                return true;
            }

            int next = window[end..].IndexOf(needle, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    public void Dispose()
    {
        var tokens = Interlocked.Exchange(ref _tokens, []);
        if (tokens.Length > 0)
        {
            // Not cleared: tokens refer only to the process-wide lexicon, and the next renter overwrites them.
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }
}
