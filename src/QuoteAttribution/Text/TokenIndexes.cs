namespace QuoteAttribution.Text;

/// <summary>
/// The lists a <see cref="Document"/> builds while tokenizing (quotation marks, capitalised words, cue words, the
/// paragraph of each sentence). A workspace keeps one set per thread and lends it to each document in turn.
/// </summary>
internal sealed class TokenIndexes
{
    public List<int> QuoteMarks { get; private set; } = [];

    public List<int> SentenceParagraphs { get; private set; } = [];

    public List<int> Capitals { get; private set; } = [];

    public List<int> CueWords { get; private set; } = [];

    /// <summary>Empties the lists for the next document; lists that grew past <paramref name="maxRetained"/> items are dropped.</summary>
    public void Reset(int maxRetained)
    {
        QuoteMarks = ListBuffers.Reuse(QuoteMarks, maxRetained);
        SentenceParagraphs = ListBuffers.Reuse(SentenceParagraphs, maxRetained);
        Capitals = ListBuffers.Reuse(Capitals, maxRetained);
        CueWords = ListBuffers.Reuse(CueWords, maxRetained);
    }
}
