using QuoteAttribution.Cues;

namespace QuoteAttribution.Text;

/// <summary>What the word lists say about one word form. One lookup per word gives every class at once.</summary>
internal sealed class WordInfo
{
    // Every entry gets a small number, so a token stores an int instead of a reference: token arrays then hold no
    // references, which the GC need not scan and writes need no barrier for. Id 0 is "no entry". The shared lexicon
    // makes the entries once (tests make a few more); the table only grows, and the lock keeps it whole.
    private static readonly Lock s_lock = new();
    private static WordInfo?[] s_byId = new WordInfo?[1024];
    private static int s_count = 1;

    public WordInfo()
    {
        lock (s_lock)
        {
            if (s_count == s_byId.Length)
            {
                var bigger = new WordInfo?[s_byId.Length * 2];
                s_byId.CopyTo(bigger, 0);
                Volatile.Write(ref s_byId, bigger);
            }

            Id = s_count;
            s_byId[s_count++] = this;
        }
    }

    /// <summary>Gets the number a token stores for this entry (never 0).</summary>
    public int Id { get; }

    /// <summary>Returns the entry numbered <paramref name="id"/>, or <see langword="null"/> for 0.</summary>
    public static WordInfo? FromId(int id) => s_byId[id];

    public CueClass Cue { get; set; }

    public CueFlags CueFlags { get; set; }

    public VerbForm VerbForm { get; set; }

    /// <summary>
    /// Gets or sets the particle of a phrasal verb's entry ("out" of "pointed out"; <see cref="Lexicon.FindPhrasal"/>),
    /// which a verb token takes when the particle follows it; <see langword="null"/> for other entries.
    /// </summary>
    public string? Particle { get; set; }

    public bool IsPronoun { get; set; }

    public bool PronounPlural { get; set; }

    /// <summary>Gets or sets the gender of a pronoun or gendered title: 'm', 'f', 'n' (thing), 'x' (unknown person) or '\0'.</summary>
    public char Gender { get; set; }

    public bool IsTitle { get; set; }

    /// <summary>Gets or sets a value indicating whether this title is an honorific ("Mr.", "Dr."): the word after it is a name.</summary>
    public bool IsHonorific { get; set; }

    /// <summary>Gets or sets a value indicating whether this title is a peer's ("Lord", "Baroness"; titles.txt): with one name after it, the title is part of the name.</summary>
    public bool IsPeerage { get; set; }

    /// <summary>Gets or sets a value indicating whether this title is a role companies hold too ("owner", "leader"; titles.txt): alone it proves no person.</summary>
    public bool IsOrganisationRole { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the title describes a person's standing, not an office others hold too
    /// ("champion", "striker", "youngster"; titles.txt, "epithet"): "the world indoor champion" stands for the person the
    /// text is about, as "he" does, even when the text never gave them the title.
    /// </summary>
    public bool IsEpithet { get; set; }

    /// <summary>Gets or sets a value indicating whether this title is an office of one holder ("minister", "chancellor"; titles.txt, "office").</summary>
    public bool IsOffice { get; set; }

    /// <summary>Gets or sets a value indicating whether this title with "of" and a place names one person ("the Bishop of Durham"; titles.txt, "territorial").</summary>
    public bool IsTerritorial { get; set; }

    /// <summary>Gets or sets a value indicating whether this title is a form of address after an honorific ("Mr. President"), not a name.</summary>
    public bool IsAddress { get; set; }

    /// <summary>Gets or sets the number of this title in <see cref="Speakers.Entity.Titles"/> (an abbreviation shares its title's), or -1.</summary>
    public int TitleIndex { get; set; } = -1;

    /// <summary>Gets or sets the index of the country a demonym or place word points to, or -1.</summary>
    public int Country { get; set; } = -1;

    /// <summary>Gets or sets a value indicating whether this is a nationality adjective ("Russian"): it points to a country but is never a name alone.</summary>
    public bool IsDemonym { get; set; }

    /// <summary>Gets or sets a value indicating whether this noun names one person of a country ("Frenchman", "Briton"; demonyms.tsv).</summary>
    public bool IsPersonDemonym { get; set; }

    public bool IsNonName { get; set; }

    /// <summary>Gets or sets a value indicating whether this noun takes a "that" clause of what someone said or holds ("his view that …"; clause-nouns.txt).</summary>
    public bool TakesClause { get; set; }

    public bool IsAbbreviation { get; set; }

    /// <summary>Gets or sets a value indicating whether the abbreviation takes its period only before a number ("No. 5").</summary>
    public bool AbbreviatesBeforeNumber { get; set; }

    /// <summary>Gets or sets a value indicating whether the abbreviation's period still ends a sentence before a capitalised word ("Phoenix, Ariz. Sara Long said").</summary>
    public bool EndsSentenceBeforeCapital { get; set; }

    /// <summary>Gets or sets the kind of a description head noun that can speak ("officials", "the company"), or <see cref="MentionKind.None"/>.</summary>
    public MentionKind GroupKind { get; set; }

    /// <summary>Gets or sets a value indicating whether this noun is a text an author issues ("statement", "report"; speaking-groups.txt).</summary>
    public bool IsDocument { get; set; }

    /// <summary>Gets or sets a value indicating whether this pronoun holds its verb, contracted ("he's", "they'll"; pronouns.txt): a clause's subject and finite verb in one word.</summary>
    public bool HoldsVerb { get; set; }

    /// <summary>Gets or sets a value indicating whether "the" and this noun refer back to the organisation the text named last ("the firm", "the company"; speaking-groups.txt).</summary>
    public bool RefersToOrganisation { get; set; }

    /// <summary>Gets or sets a value indicating whether "the" and this noun refer back to an organisation the text introduced with the noun ("the magazine" to "US magazine Mobile PC"; speaking-groups.txt, "named").</summary>
    public bool RefersToNamedOrganisation { get; set; }

    /// <summary>Gets or sets a value indicating whether "the" and this noun name an organisation only by a name inside the phrase ("the Labour party", "the Usdaw trade union"; speaking-groups.txt, "inside"), never by one named before.</summary>
    public bool NamedInside { get; set; }

    /// <summary>Gets or sets a value indicating whether this noun is a body of a state ("government", "ministry"; speaking-groups.txt): after a nationality it is named ("the Russian government").</summary>
    public bool IsStateBody { get; set; }

    /// <summary>Gets or sets a value indicating whether the noun names what someone said ("response", "statement"): a colon after it introduces the words.</summary>
    public bool IsSpeechNoun { get; set; }

    public bool IsPlatform { get; set; }

    /// <summary>Gets or sets a value indicating whether a cue phrase of cue-phrases.txt starts with this word.</summary>
    public bool StartsCuePhrase { get; set; }

    /// <summary>Gets or sets a value indicating whether this phrase is a cue phrase ("according to").</summary>
    public bool IsCuePhrase { get; set; }

    /// <summary>Gets or sets a value indicating whether a phrase of several words starts with this word.</summary>
    public bool StartsPhrase { get; set; }

    /// <summary>Gets or sets a value indicating whether a capitalised quotation right after this word is a title or a name.</summary>
    public bool IntroducesTitle { get; set; }

    /// <summary>Gets or sets a value indicating whether a capitalised name holding this word is an organisation.</summary>
    public bool IsOrgWord { get; set; }

    /// <summary>Gets or sets a value indicating whether a company's name ends in this word, so its first word alone names it too ("Cairn Energy": "Cairn").</summary>
    public bool NamesCompany { get; set; }

    /// <summary>Gets or sets a value indicating whether a newspaper's name ends in this word ("Evening Post"; org-words.txt, "press").</summary>
    public bool NamesPaper { get; set; }

    /// <summary>Gets or sets a value indicating whether "the" and this noun name the newspaper the text named last ("the newspaper"; speaking-groups.txt, "press").</summary>
    public bool IsPressNoun { get; set; }

    /// <summary>Gets or sets the function-word classes of function-words.tsv.</summary>
    public FunctionWord Function { get; set; }

    public bool IsPreposition => (Function & FunctionWord.Preposition) != 0;

    public bool IsAuxiliary => (Function & FunctionWord.Auxiliary) != 0;

    /// <summary>Gets a value indicating whether this word opens a clause ("that", "because", "who", "but").</summary>
    public bool OpensClause => (Function & FunctionWord.Clause) != 0;

    public bool IsPossessivePronoun => (Function & FunctionWord.Possessive) != 0;

    /// <summary>Gets a value indicating whether this is a finite verb form that no suffix shows ("took", "knew").</summary>
    public bool IsFiniteVerb => (Function & FunctionWord.Verb) != 0;

    public bool IsTimeWord => (Function & FunctionWord.Time) != 0;

    /// <summary>Gets a value indicating whether a cue word right after this one is no cue ("the report", "worth noting").</summary>
    public bool BlocksCue => (Function & FunctionWord.NoCue) != 0;

    /// <summary>Gets a value indicating whether a cue word in -s after this one is a plural noun ("several states").</summary>
    public bool IsQuantifier => (Function & FunctionWord.Quantifier) != 0;
}

/// <summary>Classes of function words (function-words.tsv); a word may be in several.</summary>
[Flags]
internal enum FunctionWord : ushort
{
    None = 0,
    Determiner = 1,
    Possessive = 2,
    Preposition = 4,
    Auxiliary = 8,
    Clause = 16,
    Time = 32,
    NoCue = 64,
    Verb = 128,
    Quantifier = 256,
    Conjunction = 512,
    Place = 1024,
}

/// <summary>The kind of entity a mention names.</summary>
internal enum MentionKind : byte
{
    None,
    Person,
    Group,
    Org,

    /// <summary>Unnamed people ("residents", "experts", "sources"): never a named speaker.</summary>
    People,
}
