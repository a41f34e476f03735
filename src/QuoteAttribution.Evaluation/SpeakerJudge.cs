using System.Collections.Frozen;
using System.Globalization;

namespace QuoteAttribution.Evaluation;

/// <summary>Decides whether a matched quote's predicted speaker is correct, by the rules of ANNOTATION.md, for one gold document.</summary>
internal sealed class SpeakerJudge
{
    // A pronoun names nobody by itself: a system must resolve it. Compared after normalisation.
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
    [
        "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
        "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves",
        "who", "whom", "whose", "this", "that", "these", "those", "one", "someone", "somebody",
    ]);

    private readonly GoldDocument _document;
    private readonly ScoringMode _mode;
    private readonly Dictionary<string, string[]> _aliasesById;

    public SpeakerJudge(GoldDocument document)
    {
        _document = document;
        _mode = document.Scoring;
        _aliasesById = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            // First entry wins: a duplicated id in the gold should not hide the aliases already read.
            _aliasesById.TryAdd(entity.Id, [.. entity.Aliases.Select(Normalize).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal)]);
        }
    }

    /// <summary>Whether a gold quote's speaker can be judged at all: overlap-scored quotes with neither speaker nor source count for quote figures only.</summary>
    public bool CanJudge(GoldQuote gold) => !(_mode == ScoringMode.Overlap && gold.Speakers.IsDefaultOrEmpty && gold.Source is null);

    public bool IsCorrect(GoldQuote gold, PredictedQuote predicted)
    {
        bool named = !gold.Speakers.IsDefaultOrEmpty;
        if (_mode == ScoringMode.Overlap && gold.Source is { } source)
        {
            return (named && NamesSpeaker(predicted.Speaker, gold.Speakers.SelectMany(AliasesOf), gold.Speakers.Length))
                || NamesSource(predicted.Speaker, source, gold.Speakers.Length)
                || MentionOverlaps(predicted.Mention, source);
        }

        if (named)
        {
            return NamesSpeaker(predicted.Speaker, gold.Speakers.SelectMany(AliasesOf), gold.Speakers.Length);
        }

        // The text names nobody: the only right answer is to name nobody (an empty name counts as none).
        return string.IsNullOrWhiteSpace(predicted.Speaker);
    }

    /// <summary>The comparison form of a name; see <see cref="NameNormalizer"/>.</summary>
    public static string Normalize(string? name) => NameNormalizer.Normalize(name);

    public static bool IsPronoun(string normalized) => Pronouns.Contains(normalized);

    private IEnumerable<string> AliasesOf(string entityId) =>
        _aliasesById.TryGetValue(entityId, out var aliases) ? aliases : [];

    /// <summary>The predicted name equals or contains (as whole words) one of <paramref name="aliases"/>, and names at most <paramref name="allowed"/> of the document's entities.</summary>
    private bool NamesSpeaker(string? predicted, IEnumerable<string> aliases, int allowed)
    {
        string name = Normalize(predicted);
        if (name.Length == 0 || IsPronoun(name))
        {
            return false;
        }

        return aliases.Any(alias => ContainsWholeWords(name, alias)) && CountNamedEntities(name) <= Math.Max(1, allowed);
    }

    private bool NamesSource(string? predicted, GoldSource source, int speakerCount)
    {
        string sourceText = Normalize(source.Text);

        // A pronoun source names nobody; only the mention's position can show the system found it.
        return sourceText.Length > 0 && !IsPronoun(sourceText) && NamesSpeaker(predicted, [sourceText], speakerCount);
    }

    private bool MentionOverlaps(PredictionSpan? mention, GoldSource source) =>
        mention is { } m
        && m.End - m.Start is > 0 and <= Predictions.MaxMentionLength
        && SpanMath.IsInside(m.Start, m.End, _document.Text.Length)
        && m.Start < source.End && source.Start < m.End;

    /// <summary>
    /// Counts the document's entities that <paramref name="name"/> names. An alias found only inside a longer alias
    /// of another entity (<c>Trump</c> inside <c>Donald Trump</c>) does not count again, and one stretch of the name
    /// that is an alias of several entities counts once.
    /// </summary>
    private int CountNamedEntities(string name)
    {
        var occurrences = new List<(int Start, int End, string Entity)>();
        foreach (var (entity, aliases) in _aliasesById)
        {
            foreach (string alias in aliases)
            {
                foreach (int at in WholeWordPositions(name, alias))
                {
                    occurrences.Add((at, at + alias.Length, entity));
                }
            }
        }

        var stretches = occurrences
            .Where(o => !occurrences.Any(p => p.Start <= o.Start && o.End <= p.End && p.End - p.Start > o.End - o.Start))
            .GroupBy(o => (o.Start, o.End), o => o.Entity)
            .OrderBy(g => g.Key.Start);

        // Each stretch names one entity: a stretch whose entities were already counted (the same name twice, or a
        // name shared by two entities) adds nothing.
        var counted = new HashSet<string>(StringComparer.Ordinal);
        int count = 0;
        foreach (var stretch in stretches)
        {
            if (!stretch.Any(counted.Contains))
            {
                count++;
            }

            counted.UnionWith(stretch);
        }

        return count;
    }

    private static bool ContainsWholeWords(string name, string alias) => alias.Length > 0 && WholeWordPositions(name, alias).Any();

    private static IEnumerable<int> WholeWordPositions(string name, string alias)
    {
        if (alias.Length == 0)
        {
            yield break;
        }

        int from = 0;
        while (from <= name.Length - alias.Length)
        {
            int at = name.IndexOf(alias, from, StringComparison.Ordinal);
            if (at < 0)
            {
                yield break;
            }

            int end = at + alias.Length;
            if ((at == 0 || !char.IsLetterOrDigit(name[at - 1])) && (end == name.Length || !char.IsLetterOrDigit(name[end])))
            {
                yield return at;
            }

            from = at + 1;
        }
    }

    internal static string Describe(GoldDocument document, GoldQuote gold)
    {
        if (!gold.Speakers.IsDefaultOrEmpty)
        {
            return string.Join(" and ", gold.Speakers.Select(id => document.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id));
        }

        return gold.Source is { } source ? string.Create(CultureInfo.InvariantCulture, $"(source: {source.Text})") : "null";
    }
}
