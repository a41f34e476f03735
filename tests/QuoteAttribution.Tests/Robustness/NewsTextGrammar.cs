using System.Text;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// A seeded grammar of quote-heavy, news-like English with adversarial noise mixed in. It yields a document as a
/// list of fragments (words, marks, spaces, breaks) whose concatenation is the text, so a failing document can be
/// shrunk by dropping fragments. The same seed and size always give the same document.
/// </summary>
internal static class NewsTextGrammar
{
    /// <summary>Every quotation-mark pair the generator uses, as (open, close).</summary>
    public static readonly (string Open, string Close)[] MarkPairs =
    [
        ("\u201C", "\u201D"), // “ ”
        ("\u2018", "\u2019"), // ‘ ’
        ("\"", "\""),
        ("'", "'"),
        ("\u00AB", "\u00BB"), // « »
        ("\u00AB\u00A0", "\u00A0\u00BB"), // French spacing
        ("\u2039", "\u203A"), // ‹ ›
        ("\u201E", "\u201C"), // „ “
        ("\u201E", "\u201D"), // „ ”
        ("\u201A", "\u2018"), // ‚ ‘
        ("\u00BB", "\u00AB"), // » « (Danish)
        ("\u300C", "\u300D"), // 「 」
        ("\u300E", "\u300F"), // 『 』
        ("\u201D", "\u201D"), // ” ” (Swedish)
        ("``", "''"), // TeX-style
        ("\uFF02", "\uFF02"), // fullwidth "
    ];

    private static readonly string[] Names =
    [
        "Dmitry Peskov", "Peskov", "Vladimir Putin", "Volodymyr Zelenskyy", "Donald Trump", "Trump", "Marco Rubio",
        "Angela Merkel", "Dr. Jane O'Neil", "Mr. Smith", "Ms. Ngozi Okonjo-Iweala", "Jean-Luc Mélenchon", "Kubiak",
        "the Kremlin", "the White House", "the spokesperson", "a senior official", "a defense lawyer", "police",
        "Commissioner Maria Kowalska", "President Joe Biden", "Sen. Elizabeth Warren", "the ministry", "Ahmed al-Sharaa",
        "李强", "Zoë Kravitz", "O'Brien", "D'Angelo", "Mohammed bin Salman",
    ];

    private static readonly string[] Pronouns = ["he", "she", "they", "He", "She", "They", "it", "we", "I"];

    private static readonly string[] Verbs =
    [
        "said", "says", "told reporters", "told state television", "added", "warned", "claimed", "insisted", "asked",
        "wrote on X", "said in a statement", "noted", "stated", "argued", "replied", "explained", "tweeted", "declared",
        "said on Sunday", "told the BBC", "posted", "recalled", "conceded", "announced",
    ];

    private static readonly string[] Words =
    [
        "the", "peace", "talks", "will", "continue", "we", "are", "not", "ready", "to", "agree", "this", "is", "a",
        "long", "process", "and", "it", "requires", "effort", "our", "goals", "clear", "nobody", "wants", "war",
        "country", "people", "government", "deal", "tariffs", "sanctions", "vote", "market", "in", "of", "for",
        "on", "with", "at", "by", "from", "very", "never", "always", "must", "can't", "don't", "it's", "we're",
        "'90s", "rock 'n' roll", "the Smiths' house", "ma'am", "o'clock", "y'all", "James's", "'tis", "50%",
        "$1.2bn", "U.S.", "e.g.", "3.14", "2026", "No.", "1,000", "Ukraine", "Moscow", "Kyiv", "Brussels",
    ];

    private static readonly string[] Breaks = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2029", "\u2028", "\u0085", "\n \n", "\n\t\n"];

    private static readonly string[] Junk =
    [
        "\0", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u00AD", "\u200B", "\u200D", "\u200E", "\u200F",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2069", "\uFEFF", "\uFFFD", "\uFFFF", "\uFFFE",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D\uDE00", "\uD83D", "\uDE00", "e\u0301",
        "\u0301", "\u0308\u0308\u0308", "שלום", "مرحبا", "\u05D0\"\u05D1", "<p>", "</p>", "<b>\"hi\"</b>", "&quot;",
        "&ldquo;", "&#8220;", "<a href=\"x\">", "<!-- \" -->", "\\\"", "\t", "\v", "\f", "    ", "...", "…", "—", "–",
        "(", ")", "[", "]", "{", "}", ":", ";", ",", ".", "?", "!", "''", "\"\"", "'\"", "\"'", "`", "´", "′", "″",
    ];

    /// <summary>Generates a document from a seed; <paramref name="size"/> (≥ 1) scales the number of paragraphs.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="size">Scales the number of paragraphs.</param>
    /// <param name="uniqueNames">Make up fresh names instead of the fixed list, so that speakers rarely repeat across documents.</param>
    /// <returns>The fragments.</returns>
    public static List<string> Generate(int seed, int size, bool uniqueNames = false)
    {
        var rng = new Random(seed);
        var f = new List<string>();
        int paragraphs = 1 + rng.Next(Math.Max(1, size / 4) + 1);
        for (int p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                f.Add(Pick(rng, Breaks));
            }

            int sentences = 1 + rng.Next(3);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    f.Add(" ");
                }

                Sentence(rng, f, depth: 0, uniqueNames);
            }
        }

        return f;
    }

    /// <summary>Generates random unicode noise (no grammar) from a seed, as single-character fragments.</summary>
    public static List<string> Noise(int seed, int size)
    {
        var rng = new Random(seed);
        var f = new List<string>();
        int n = rng.Next(size * 8 + 1);
        for (int i = 0; i < n; i++)
        {
            f.Add(rng.Next(6) switch
            {
                0 => ((char)rng.Next(0, 0x80)).ToString(),
                1 => ((char)rng.Next(0, 0x10000)).ToString(), // anything, lone surrogates included
                2 => MarkPairs[rng.Next(MarkPairs.Length)].Open,
                3 => MarkPairs[rng.Next(MarkPairs.Length)].Close,
                4 => Pick(rng, Junk),
                _ => Pick(rng, Words) + " ",
            });
        }

        return f;
    }

    public static string Join(IEnumerable<string> fragments)
    {
        var sb = new StringBuilder();
        foreach (string s in fragments)
        {
            sb.Append(s);
        }

        return sb.ToString();
    }

    private static void Sentence(Random rng, List<string> f, int depth, bool u)
    {
        switch (rng.Next(16))
        {
            case 0:
            case 1: // “…,” Name said.
                Quoted(rng, f, depth, u, trailing: ",");
                f.Add(" ");
                Speaker(rng, f, u);
                f.Add(" ");
                f.Add(Pick(rng, Verbs));
                f.Add(".");
                break;
            case 2: // Name said: “…”
                Speaker(rng, f, u);
                f.Add(" ");
                f.Add(Pick(rng, Verbs));
                f.Add(rng.Next(2) == 0 ? ": " : ", ");
                Quoted(rng, f, depth, u, trailing: ".");
                break;
            case 3: // “…,” said Name, “…”
                Quoted(rng, f, depth, u, trailing: ",");
                f.Add(" said ");
                Speaker(rng, f, u);
                f.Add(", ");
                Quoted(rng, f, depth, u, trailing: ".");
                break;
            case 4: // indirect speech
                Speaker(rng, f, u);
                f.Add(" ");
                f.Add(Pick(rng, Verbs));
                f.Add(rng.Next(2) == 0 ? " that " : " ");
                Clause(rng, f, u);
                f.Add(".");
                break;
            case 5: // partial quote in the writer's sentence
                f.Add("The ");
                f.Add(Pick(rng, Words));
                f.Add(" was ");
                Quoted(rng, f, depth, u, trailing: string.Empty, words: 1 + rng.Next(3));
                f.Add(" and ");
                Clause(rng, f, u);
                f.Add(", ");
                Speaker(rng, f, u);
                f.Add(" said.");
                break;
            case 6: // headline / label
                Speaker(rng, f, u);
                f.Add(rng.Next(2) == 0 ? ": " : " warns: ");
                Quoted(rng, f, depth, u, trailing: string.Empty);
                break;
            case 7: // “…” — Title Name
                Quoted(rng, f, depth, u, trailing: string.Empty);
                f.Add(rng.Next(2) == 0 ? " — " : " - ");
                Speaker(rng, f, u);
                break;
            case 8: // continuation: a quote with no cue
                Quoted(rng, f, depth, u, trailing: ".");
                break;
            case 9: // pronoun cue
                Quoted(rng, f, depth, u, trailing: rng.Next(2) == 0 ? "," : "?");
                f.Add(" ");
                f.Add(Pick(rng, Pronouns));
                f.Add(" ");
                f.Add(Pick(rng, Verbs));
                f.Add(".");
                break;
            case 10: // according to
                f.Add("According to ");
                Speaker(rng, f, u);
                f.Add(", ");
                Clause(rng, f, u);
                f.Add(".");
                break;
            case 11: // joint speakers
                Quoted(rng, f, depth, u, trailing: ",");
                f.Add(" ");
                Speaker(rng, f, u);
                f.Add(" and ");
                Speaker(rng, f, u);
                f.Add(" ");
                f.Add(Pick(rng, Verbs));
                f.Add(".");
                break;
            case 12: // a quote spread over paragraphs (open, no close, reopen)
                {
                    var (open, close) = PickPair(rng);
                    f.Add(open);
                    Clause(rng, f, u);
                    f.Add(".");
                    f.Add(Pick(rng, Breaks));
                    f.Add(open);
                    Clause(rng, f, u);
                    f.Add(".");
                    if (rng.Next(3) > 0)
                    {
                        f.Add(close);
                    }

                    f.Add(" ");
                    Speaker(rng, f, u);
                    f.Add(" said.");
                    break;
                }

            case 13: // noise
                for (int i = rng.Next(1, 6); i > 0; i--)
                {
                    f.Add(Pick(rng, Junk));
                }

                break;
            default: // plain narrative
                Clause(rng, f, u);
                f.Add(".");
                break;
        }
    }

    private static void Quoted(Random rng, List<string> f, int depth, bool u, string trailing, int? words = null)
    {
        var (open, close) = PickPair(rng);
        f.Add(open);
        int n = words ?? 1 + rng.Next(12);
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
            {
                f.Add(" ");
            }

            int r = rng.Next(40);
            if (r == 0 && depth < 6)
            {
                Quoted(rng, f, depth + 1, u, trailing: string.Empty, words: 1 + rng.Next(4)); // nested quote
            }
            else if (r == 1)
            {
                f.Add(Pick(rng, Junk));
            }
            else if (r == 2 && depth < 6)
            {
                Sentence(rng, f, depth + 1, u); // a whole sentence, cue and all, inside the quote
            }
            else
            {
                f.Add(Pick(rng, Words));
            }
        }

        // Mostly well formed; sometimes the trailing punctuation sits outside, the close is missing, or it is the wrong one.
        int shape = rng.Next(10);
        if (shape < 6)
        {
            f.Add(trailing);
            f.Add(close);
        }
        else if (shape < 8)
        {
            f.Add(close);
            f.Add(trailing);
        }
        else if (shape == 8)
        {
            f.Add(trailing);
        }
        else
        {
            f.Add(trailing);
            f.Add(PickPair(rng).Close);
        }
    }

    private static void Clause(Random rng, List<string> f, bool u)
    {
        int n = 2 + rng.Next(10);
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
            {
                f.Add(" ");
            }

            f.Add(rng.Next(8) == 0 ? Name(rng, u) : Pick(rng, Words));
        }
    }

    private static void Speaker(Random rng, List<string> f, bool u) =>
        f.Add(rng.Next(6) == 0 ? Pick(rng, Pronouns) : Name(rng, u));

    private static readonly string[] Syllables = ["ka", "lo", "mir", "ven", "ta", "dro", "sel", "an", "ber", "go", "ni", "rus", "pe", "zan", "ko", "vi"];

    private static string Name(Random rng, bool unique)
    {
        if (!unique)
        {
            return Pick(rng, Names);
        }

        static string Word(Random r, int syllables)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < syllables; i++)
            {
                sb.Append(Syllables[r.Next(Syllables.Length)]);
            }

            sb[0] = char.ToUpperInvariant(sb[0]);
            return sb.ToString();
        }

        return $"{Word(rng, 2)} {Word(rng, 3 + rng.Next(2))}";
    }

    private static (string Open, string Close) PickPair(Random rng) =>
        rng.Next(3) == 0 ? MarkPairs[rng.Next(MarkPairs.Length)] : MarkPairs[rng.Next(3)];

    private static string Pick(Random rng, string[] items) => items[rng.Next(items.Length)];
}
