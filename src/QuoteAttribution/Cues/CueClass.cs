namespace QuoteAttribution.Cues;

/// <summary>What a verb of the cue lexicon reports; only speech, writing and report verbs are attribution cues.</summary>
internal enum CueClass : byte
{
    None,
    Speech,
    Writing,
    Report,
    Belief,
    Evidence,
}

/// <summary>Grammar of a cue verb, from the lexicon's flags column.</summary>
[Flags]
internal enum CueFlags : ushort
{
    None = 0,
    ThatClause = 1,
    IndirectObject = 2,
    DirectQuote = 4,

    /// <summary>Takes a reported clause without "that" ("said Moscow is open to talks").</summary>
    BareClause = 8,

    /// <summary>
    /// Takes a noun-phrase object about as often as a clause ("stressed the need for talks"): a clause without "that"
    /// must show its verb within a few words, before any comma ("stressed the plans would be paid for").
    /// </summary>
    NounObject = 16,

    /// <summary>Takes an indirect question or a wh-clause ("asked whether …", "explained why …").</summary>
    WhClause = 32,

    /// <summary>Its object is always the listener, never an inverted speaker: "“…,” X told the BBC", not "“…,” told the BBC".</summary>
    ListenerAfter = 64,

    /// <summary>
    /// Its base and "-s" forms are nouns as often ("reports", "forecasts", "demand"): before them, only a mention the
    /// readers know (a name, a pronoun, a description with a known head) is a subject, not any noun phrase.
    /// </summary>
    NounForms = 128,

    /// <summary>
    /// Not speech, but a quoted fragment in its sentence is its subject's words ("wants to see “proper health checks”",
    /// "believes the plan could be “…”"), not a scare quote.
    /// </summary>
    OwnsFragments = 256,

    /// <summary>
    /// Names or judges its object ("branded the plans a “leap in the dark”", "called him “a liar”"): a quoted fragment
    /// right after the object is its subject's words, even inside someone else's reported clause.
    /// </summary>
    NamesObject = 512,
}

/// <summary>Which inflection of its verb a word is.</summary>
internal enum VerbForm : byte
{
    Base,
    ThirdPerson,
    Past,
    Participle,
    Gerund,
}
