using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>Token tests shared by cue detection and mention reading.</summary>
internal static class CueWords
{
    /// <summary>A verb of speech, writing or reporting: the verbs that attribute (belief verbs do not).</summary>
    /// <remarks>
    /// After a determiner the word is a noun ("the states", "his comments"), and so is an -s form after a quantifier or a
    /// number ("18 states", but "many say"); after "worth" or "without" it is an idiom ("worth noting", "goes without
    /// saying"). function-words.tsv lists these words. After "so" or "very" a gerund is an adjective ("so promising that").
    /// </remarks>
    public static bool IsCueVerb(Document doc, int i) =>
        (uint)i < (uint)doc.Count && doc[i].Kind == TokenKind.Word && doc[i].Info is { Cue: CueClass.Speech or CueClass.Writing or CueClass.Report }
        && (!doc[i].Has(TokenFlags.Capitalized) || doc[i].Has(TokenFlags.SentenceStart)) // "the United States" holds no verb.
        && !(i > 0 && (doc[i - 1].Kind == TokenKind.Word && (doc[i - 1].Info is { BlocksCue: true } || doc[i - 1].Has(TokenFlags.Possessive))
            || doc[i].Info!.VerbForm == VerbForm.ThirdPerson && (doc[i - 1].Kind == TokenKind.Number || doc[i - 1].Info is { IsQuantifier: true })
            || AfterPreposition(doc, i) || EndsNounPhrase(doc, i) || StartsNounList(doc, i) || AfterArticleAndName(doc, i) || NounBeforeRelativeClause(doc, i)
            || doc[i].Info!.VerbForm == VerbForm.Gerund && doc.Slice(i - 1) is "so" or "very" or "too" or "most" or "more" or "less" or "quite" or "highly"))
        && !IsPhrasalWithObject(doc, i) && !NounBeforeAuxiliary(doc, i);

    /// <summary>
    /// A form that is a noun as often (cue-verbs.tsv, flag m) between an -ing modifier and an auxiliary is the subject's
    /// noun: "rising prices and cooling demand had deterred managers", "growing demand will"; not "a bill which critics
    /// claim would legalise …", where a subject comes before it.
    /// </summary>
    private static bool NounBeforeAuxiliary(Document doc, int i) =>
        i > 0 && i + 1 < doc.Count && doc[i].Info is { CueFlags: var flags, VerbForm: VerbForm.Base or VerbForm.ThirdPerson } && (flags & CueFlags.NounForms) != 0
        && doc[i + 1].IsWord && doc[i + 1].Info is { IsAuxiliary: true }
        && doc[i - 1].IsWord && doc[i - 1].Info is null && doc.Slice(i - 1).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// Whether a phrasal verb that only introduces direct quotes has an object after its particle: "the Senate goes on
    /// recess", "went on strike" are no cues; "“…,” Ortiz went on.", "hit back on Monday", "hit back in a statement" and
    /// the inverted "“…,” hit back the minister" are.
    /// </summary>
    private static bool IsPhrasalWithObject(Document doc, int i)
    {
        if (doc[i].Info is not { Particle: not null, CueFlags: var flags } || (flags & (CueFlags.ThatClause | CueFlags.BareClause)) != 0
            || i + 2 >= doc.Count || doc[i + 2].Kind is not (TokenKind.Word or TokenKind.Number) || i > 0 && (doc.IsChar(i - 1, ',') || doc[i - 1].Kind == TokenKind.QuoteMark))
        {
            return false;
        }

        ref readonly var next = ref doc[i + 2];
        return !(next.Info is { IsTimeWord: true } || next.Info is { IsPreposition: true } && !doc.IsWord(i + 2, "to"));
    }

    /// <summary>
    /// A base form after "the" and a capitalised word, with a verb right after it, is a noun: "the Tulsa protest
    /// remained", "The WEF report shows". British English lets organisations take a plural verb, so "The MDA say the
    /// figures …" stays a cue.
    /// </summary>
    private static bool AfterArticleAndName(Document doc, int i)
    {
        if (doc[i].Info!.VerbForm != VerbForm.Base || i < 2 || i + 1 >= doc.Count || !doc[i - 1].IsCapitalizedWord || doc.Slice(i - 1).EndsWith("s", StringComparison.Ordinal)
            || !(doc.IsWord(i - 2, "the") || (i >= 3 && doc[i - 2].IsCapitalizedWord && doc.IsWord(i - 3, "the"))))
        {
            return false;
        }

        ref readonly var next = ref doc[i + 1];
        return next.IsWord && !next.Has(TokenFlags.Capitalized) && (next.Info is { IsAuxiliary: true } or { IsFiniteVerb: true } or { Cue: not CueClass.None, VerbForm: VerbForm.ThirdPerson or VerbForm.Past }
            || (next.Info is null && doc.Slice(i + 1).EndsWith("ed", StringComparison.Ordinal)));
    }

    /// <summary>
    /// A base form after a singular noun, with "that" and a verb after it, is a noun that a relative clause qualifies:
    /// "a US government report that showed …"; not "critics say that …", "they say that …".
    /// </summary>
    private static bool NounBeforeRelativeClause(Document doc, int i)
    {
        if (doc[i].Info!.VerbForm != VerbForm.Base || i + 2 >= doc.Count || !doc[i - 1].IsWord || doc[i - 1].Has(TokenFlags.Capitalized)
            || doc[i - 1].Info is { Function: not FunctionWord.None } or { IsPronoun: true } or { GroupKind: MentionKind.Group or MentionKind.People }
            || IsVerbModifier(doc, i - 1) || doc.Slice(i - 1) is [.., 's'] or "people" or "police" or "staff" || !doc.IsWord(i + 1, "that")
            || (i > 2 && (doc.IsWord(i - 2, "of") || doc.IsWord(i - 3, "of")))) // "Critics of the scheme say that …"
        {
            return false;
        }

        // A verb the word lists know, not an -ed word that may be an adjective ("say that increased fares will …").
        ref readonly var next = ref doc[i + 2];
        return next.IsWord && !next.Has(TokenFlags.Capitalized) && next.Info is { IsFiniteVerb: true } or { VerbForm: VerbForm.Past or VerbForm.ThirdPerson };
    }

    /// <summary>
    /// Whether a present form heads a list of nouns: "states and municipalities", "claims and counterclaims". A
    /// possessive before a cue word makes it a noun too ("Mr. Obama's remarks").
    /// </summary>
    private static bool StartsNounList(Document doc, int i) =>
        doc[i].Info!.VerbForm is VerbForm.Base or VerbForm.ThirdPerson && i + 2 < doc.Count && doc[i + 1].IsWord && doc.Slice(i + 1) is "and" or "or"
        && doc[i + 2].IsWord && !doc[i + 2].Has(TokenFlags.Capitalized) && doc[i + 2].Info is not ({ Cue: not CueClass.None } or { Function: not FunctionWord.None } or { IsPronoun: true })
        && !IsVerbModifier(doc, i + 2);

    /// <summary>
    /// Whether a base form closes a noun phrase: after a singular noun that follows a determiner ("a more personal
    /// campaign message", "his budget comment"), it is a noun. Not after a plural ("critics say") or a determiner phrase
    /// that is a preposition's object ("experts in the field say").
    /// </summary>
    private static bool EndsNounPhrase(Document doc, int i)
    {
        if (doc[i].Info!.VerbForm != VerbForm.Base || i < 2)
        {
            return false;
        }

        ref readonly var prev = ref doc[i - 1];

        if (!prev.IsWord || prev.Has(TokenFlags.Capitalized) || prev.Info is { Function: not FunctionWord.None } or { IsPronoun: true } or { GroupKind: MentionKind.Group or MentionKind.People }
            || IsVerbModifier(doc, i - 1) || doc.Slice(i - 1) is [.., 's'] or "men" or "women" or "children" or "people" or "police" or "staff" or "media")
        {
            return false;
        }

        for (int j = i - 2; j >= 0 && j >= i - 6; j--)
        {
            ref readonly var t = ref doc[j];
            if (!t.IsWord)
            {
                return false;
            }

            if (t.Has(TokenFlags.Possessive) || t.Info is { Function: var f } && (f & (FunctionWord.Determiner | FunctionWord.Possessive)) != 0)
            {
                return !(j > 0 && doc[j - 1].IsWord && doc[j - 1].Info is { IsPreposition: true });
            }

            if (t.Has(TokenFlags.Capitalized) || t.Info is { Function: not FunctionWord.None } && !doc.IsWord(j, "and"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// After a preposition only a gerund is a verb ("responded by saying"); "secretary of state", "asked for comment" and
    /// "in reply" hold nouns. "to" takes the base form of an infinitive ("declined to comment").
    /// </summary>
    private static bool AfterPreposition(Document doc, int i) =>
        doc[i - 1].Kind == TokenKind.Word && doc[i - 1].Info is { IsPreposition: true } && doc[i].Info!.VerbForm != VerbForm.Gerund && !doc.IsWord(i - 1, "to");

    /// <summary>Words that may stand between a subject and its verb ("also", "later", "has", "had", "reportedly").</summary>
    public static bool IsVerbModifier(Document doc, int i)
    {
        if ((uint)i >= (uint)doc.Count || doc[i].Kind != TokenKind.Word || doc[i].Has(TokenFlags.Capitalized))
        {
            return false;
        }

        var w = doc.Slice(i);
        return w is "also" or "later" or "then" or "has" or "had" or "have" or "was" or "were" or "is" or "are" or "been" or "previously" or "again"
            or "further" or "reportedly" or "once" or "earlier" or "repeatedly" or "publicly" or "separately" or "recently" or "simply"
            or "just" or "only" or "still" or "even" or "would" or "will" or "could" or "did" or "does" or "do" or "long" or "often"
            or "always" or "first" or "frequently" or "meanwhile" or "however" or "nonetheless" or "nevertheless" or "instead" or "subsequently" or "now" or "already"
            or "afterwards" or "yesterday" or "today" or "tonight" or "both"
            || (w.Length > 3 && w.EndsWith("ly") && doc[i].Info is null)
            || w is "at" && (doc.IsWord(i + 1, "first") || doc.IsWord(i + 1, "once")); // "Conte at first told her …"
    }

    /// <summary>
    /// Extends a cue verb at <paramref name="verb"/> over "on X", "in a statement", "as saying" to the phrase as
    /// written; returns the last token of the cue.
    /// </summary>
    public static int CueEnd(Document doc, int verb)
    {
        int k = verb + 1;
        if (doc[verb].Info is { Particle: not null })
        {
            return k; // "pointed out"
        }

        if (doc.IsWord(k, "on") && k + 1 < doc.Count && doc[k + 1].Info is { IsPlatform: true } && !doc[k + 1].Has(TokenFlags.SentenceStart))
        {
            return k + 1;
        }

        if (doc.IsWord(k, "as") && doc.IsWord(k + 1, "saying"))
        {
            return k + 1;
        }

        if (doc.IsWord(k, "by") && doc.IsWord(k + 1, "saying"))
        {
            return k + 1;
        }

        return verb;
    }

    /// <summary>Whether tokens <paramref name="i"/>, <paramref name="i"/>+1 are "according to".</summary>
    public static bool IsAccordingTo(Document doc, int i) =>
        (uint)(i + 1) < (uint)doc.Count && doc[i].Info is { StartsCuePhrase: true } && doc[i + 1].IsWord
        && Lexicon.Shared.FindPhrase(doc.Text.AsSpan(doc[i].Start, doc[i + 1].End - doc[i].Start)) is { IsCuePhrase: true };

    /// <summary>Whether a word is a modal verb ("will", "would", "could", …): a verb after it is no report of what was said.</summary>
    public static bool IsModal(ReadOnlySpan<char> w) => w is "will" or "would" or "can" or "could" or "may" or "might" or "shall" or "should" or "must";
}
