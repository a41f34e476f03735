using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Stages;

/// <summary>Runs the pipeline's early stages on a text, the way <c>ExtractionPipeline</c> does, for stage-level assertions.</summary>
internal static class Stage
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var tokenizer = new Tokenizer(text, Lexicon.Shared);
        while (tokenizer.Next(out var token))
        {
            tokens.Add(token);
        }

        return tokens;
    }

    public static string[] TokenTexts(string text) => [.. Tokenize(text).Select(t => text.Substring(t.Start, t.Length))];

    public static Document Parse(string text) => Document.Create(text, Lexicon.Shared);

    public static List<QuotePair> Pairs(Document doc, int maxQuoteLength = 20_000)
    {
        var pairs = new List<QuotePair>();
        QuotePairer.Pair(doc, maxQuoteLength, pairs);
        return pairs;
    }

    public static List<QuoteCandidate> Candidates(Document doc)
    {
        var candidates = new List<QuoteCandidate>();
        QuoteClassifier.Classify(doc, Pairs(doc), candidates);
        return candidates;
    }

    public static string Content(Document doc, QuoteCandidate c) => doc.Text[c.ContentStart..c.ContentEnd];

    public static string Content(Document doc, QuotePair p) => doc.Text[doc[p.Open].End..doc[p.Close].Start];

    public static (EntityRegistry Registry, List<Mention> Names) Names(Document doc)
    {
        var registry = new EntityRegistry();
        registry.Reset(doc);
        var names = new List<Mention>();
        NameFinder.Find(doc, registry, names);
        return (registry, names);
    }
}
