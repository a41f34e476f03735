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
internal enum CueFlags : byte
{
    None = 0,
    ThatClause = 1,
    IndirectObject = 2,
    DirectQuote = 4,

    /// <summary>Takes a reported clause without "that" ("said Moscow is open to talks").</summary>
    BareClause = 8,
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
