using QuoteAttribution.Cues;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>A cue with its speaker mention, as found next to a quote or a reported clause.</summary>
internal struct CueMatch
{
    public int CueFirst;
    public int CueLast;
    public Mention Mention;

    public static CueMatch None => new() { CueFirst = -1, CueLast = -1, Mention = Mention.None };

    public readonly bool Found => CueFirst >= 0 || !Mention.IsNone;
}

/// <summary>
/// Finds the cue and the speaker on either side of a span: <c>“…,” X said</c>, <c>“…,” said X</c>,
/// <c>X said: “…”</c>, <c>X told Y: “…”</c>, <c>according to X, “…”</c>, appositives
/// (<c>Hugh Hill, a doctor at the clinic, said</c>) and participles whose subject is the main clause's
/// (<c>…, saying</c>).
/// </summary>
internal sealed class SpeakerLocator
{
    private const int MaxCueDistance = 25;
    private const int MaxAppositiveTokens = 36;
    private const int MaxPrepositionHops = 3;
    private const int MaxSubjectPhraseTokens = 8;
    private const int MaxListenerTokens = 5;
    private const int MaxDatelineTokens = 10;
    private const int MaxFrontedPhraseTokens = 25;
    private const int MaxTimePhraseTokens = 4;
    private const int MaxFrontedPhrases = 3;
    private const int MaxAppositives = 5;
    private const int MaxRelativeObjectTokens = 8;
    private const int MaxCoordinationTokens = 20;
    private const int MaxRoleTokens = 5;

    private Document _doc = null!;
    private MentionReader _reader = null!;

    public void Reset(Document doc, MentionReader reader)
    {
        _doc = doc;
        _reader = reader;
    }

    /// <summary>Reads <c>X said</c> or <c>said X</c> starting at token <paramref name="k"/>, right after a quote.</summary>
    public CueMatch After(int k, int paragraph)
    {
        var doc = _doc;
        if (k < doc.Count && doc[k].Kind is TokenKind.Dash || doc.IsChar(k, ','))
        {
            k++;
        }

        if (k >= doc.Count || doc.ParagraphOf(k) != paragraph)
        {
            return CueMatch.None;
        }

        // "“…,” according to the trade paper Broadcast.": the cue phrase names its source after it; "According to X, …"
        // opening the next sentence is that sentence's own.
        if (CueWords.IsAccordingTo(doc, k) && !doc[k].Has(TokenFlags.Capitalized) && ReadSource(k + 2) is { IsNone: false } source)
        {
            return new CueMatch { CueFirst = k, CueLast = k + 1, Mention = source };
        }

        // Verb first: "said Peskov", "added the minister".
        int v = SkipModifiers(k, +1);
        if (CueWords.IsCueVerb(doc, v) && (doc[v].Info!.CueFlags & CueFlags.ListenerAfter) == 0)
        {
            int end = CueWords.CueEnd(doc, v);
            var m = Possessed(_reader.ReadForward(end + 1));
            if (!m.IsNone && m.Type != MentionType.Pronoun && !IsClauseSubject(m))
            {
                return new CueMatch { CueFirst = v, CueLast = end, Mention = m };
            }
        }

        // Subject first: "Peskov said", "he added", "the Ukrainian president wrote", "Hill, a doctor, said".
        var subject = _reader.ReadForward(k);
        if (subject.IsNone)
        {
            var phrase = AfterSubjectPhrase(k);
            return phrase.Found ? phrase : UnreadSpeaker(v);
        }

        int after = subject.Last + 1;
        if ((subject.Type == MentionType.Description || doc.IsWord(after, "of")) && IsPreposition(doc, after))
        {
            // "a narrator in the Clinton ad asks", "Mr. Morgan of the Sierra Club said": a short prepositional phrase
            // may follow a described or named speaker.
            int j = after + 1;
            while (j < doc.Count && j <= after + 5 && doc[j].IsWord && !CueWords.IsCueVerb(doc, j))
            {
                j++;
            }

            if (CueWords.IsCueVerb(doc, SkipModifiers(j, +1)))
            {
                after = j;
            }
        }

        if (doc.IsChar(after, '('))
        {
            for (int c = after + 1; c < doc.Count && c < after + 12; c++)
            {
                if (doc.IsChar(c, ')'))
                {
                    after = c + 1;
                    break;
                }
            }
        }

        // "another neighbor, Rita Osman, told Channel 4", "Senator Kyle Moreno's chief of staff, Dana Pryce, told": the
        // appositive names the described speaker.
        int roleEnd = after;
        if (subject.Type == MentionType.Name && after < doc.Count && doc[after].Has(TokenFlags.Possessive))
        {
            for (roleEnd = after + 1; roleEnd < doc.Count && roleEnd <= after + MaxRoleTokens && doc[roleEnd].IsWord && !doc[roleEnd].Has(TokenFlags.Capitalized); roleEnd++)
            {
            }
        }

        if ((subject.Type == MentionType.Description || roleEnd > after) && AppositiveNameBeforeCue(roleEnd) is { IsNone: false } person)
        {
            subject = person;
            after = person.Last + 1;
        }

        // Appositives: "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said", "Lucas Ferreira, 42,
        // of Toledo, Ohio, who was among those surveyed, said".
        int comma = after;
        for (int n = 0; n < MaxAppositives && doc.IsChar(comma, ','); n++)
        {
            if (CueWords.IsCueVerb(doc, SkipModifiers(comma + 1, +1)))
            {
                after = comma + 1;
                break;
            }

            int next = SkipAppositive(comma);
            if (next == comma)
            {
                break;
            }

            comma = next - 1;
        }

        v = SkipModifiers(after, +1);
        if (CueWords.IsCueVerb(doc, v) && doc[v].Info!.VerbForm != VerbForm.Gerund && !(doc[k].Has(TokenFlags.SentenceStart) && TakesInfinitive(CueWords.CueEnd(doc, v))))
        {
            // "“…,” AP quoted prosecutor Russell McGuire as saying": the one quoted speaks, not who quotes.
            var quoted = QuotedObject(v);
            return new CueMatch { CueFirst = v, CueLast = CueWords.CueEnd(doc, v), Mention = quoted.IsNone ? subject : quoted };
        }

        return AfterSubjectPhrase(k); // "Obama's former campaign strategist said": the name is only part of the subject.
    }

    /// <summary>
    /// The object of an active "quoted" or "quotes" at <paramref name="v"/> when "as" and a speech participle follow it
    /// ("quoted prosecutor Russell McGuire as saying"), or none.
    /// </summary>
    private Mention QuotedObject(int v)
    {
        var doc = _doc;
        if (!IsActiveQuote(v))
        {
            return Mention.None;
        }

        var m = _reader.ReadForward(v + 1);
        int gerund = m.IsNone ? -1 : m.Last + 2;
        return gerund > 0 && doc.IsWord(gerund - 1, "as") && CueWords.IsCueVerb(doc, gerund) && doc[gerund].Info!.VerbForm == VerbForm.Gerund ? m : Mention.None;
    }

    /// <summary>Whether token <paramref name="k"/> is "quoted", "quotes" or "quoting" as an active verb (not "was quoted as saying").</summary>
    private bool IsActiveQuote(int k) =>
        _doc[k].IsWord && _doc.Slice(k) is "quoted" or "quotes" or "quoting" && !IsPassive(k);

    /// <summary>
    /// The subject of a participle in a "with" phrase ("with many saying", "with some analysts warning"): the mention read
    /// before the participle, else the words between as an unnamed mention; <see langword="null"/> when no "with" opens
    /// the phrase within four words of no preposition or subordinator.
    /// </summary>
    private Mention? WithSubject(int v)
    {
        var doc = _doc;
        int e = SkipModifiers(v - 1, -1); // "with Tony Blair hastily adding"
        int w = e;
        while (w > 0 && w > e - 4 && doc[w].IsWord && !doc.IsWord(w, "with") && doc[w].Info is not ({ IsPreposition: true } or { Function: FunctionWord.Clause }))
        {
            w--;
        }

        if (w >= e || w < 0 || !doc.IsWord(w, "with"))
        {
            return null; // "with Craig Bellamy after claiming": the participle is not the phrase's
        }

        if (doc[e].Info is { IsDocument: true } && !doc.Slice(e).EndsWith("s", StringComparison.Ordinal))
        {
            return null; // "responded with a statement saying …": the subject's own document, not "with reports suggesting"
        }

        if (_reader.ReadBackward(e) is { IsNone: false } own && own.First > w)
        {
            return own;
        }

        if (_reader.ReadSubjectPhrase(e) is { IsNone: false } phrase && phrase.First > w)
        {
            return phrase;
        }

        // "with many saying", "with nearly a fifth saying", "with reports suggesting": whoever they are, unnamed.
        return new Mention { First = w + 1, Last = e, Type = MentionType.Description, Kind = MentionKind.People, Entity = -1, Entity2 = -1, Plural = true, Country = -1, Head = e };
    }

    /// <summary>
    /// Whether the verb ending at <paramref name="end"/> goes on with an infinitive ("Sandra Dee continues to live in Los
    /// Angeles", "is said to be"): then it introduces no quotation that ended the sentence before. "said to reporters",
    /// "said to the BBC" name a listener; only after a quotation's own sentence is read so ("she said to rousing
    /// applause" closes the quotation's sentence, a cue whatever follows).
    /// </summary>
    private bool TakesInfinitive(int end)
    {
        var doc = _doc;
        if (!doc.IsWord(end + 1, "to") || end + 2 >= doc.Count || !doc[end + 2].IsWord || doc[end + 2].Has(TokenFlags.Capitalized))
        {
            return false;
        }

        var next = doc[end + 2].Info;
        return next is { IsAuxiliary: true } or { Cue: not CueClass.None, VerbForm: VerbForm.Base }
            || next is null or { Function: FunctionWord.None, IsPronoun: false, IsTitle: false, GroupKind: MentionKind.None, Cue: CueClass.None }
                && !doc.Slice(end + 2).EndsWith("s", StringComparison.Ordinal);
    }

    /// <summary>
    /// "“…,” said Cuban.": a speech verb right after the quote with a capitalised word after it that no reader knows. The
    /// cue is found and the speaker left unnamed, rather than carried over from the quote before.
    /// </summary>
    private CueMatch UnreadSpeaker(int v)
    {
        var doc = _doc;
        if (!CueWords.IsCueVerb(doc, v) || doc[v].Info!.VerbForm is not (VerbForm.Past or VerbForm.ThirdPerson))
        {
            return CueMatch.None;
        }

        int end = CueWords.CueEnd(doc, v);
        int next = end + 1;
        return next < doc.Count && doc[next].IsCapitalizedWord && doc[next].Sentence == doc[v].Sentence && doc[next].Info is not { IsPronoun: true }
            ? new CueMatch { CueFirst = v, CueLast = end, Mention = Mention.None }
            : CueMatch.None;
    }

    /// <summary>
    /// The subject of the nearest finite verb before the conjunction at <paramref name="conjunction"/> in its sentence (a
    /// past in "-ed", an irregular past or a finite speech verb), read as <see cref="SubjectBefore"/> reads it; or none.
    /// </summary>
    private Mention SubjectOfVerbBefore(int conjunction)
    {
        var doc = _doc;
        for (int j = conjunction - 1; j > 0 && j >= conjunction - MaxCoordinationTokens && doc[j].Sentence == doc[conjunction].Sentence; j--)
        {
            if (doc[j].Kind == TokenKind.QuoteMark)
            {
                int open = j - 1;
                while (open > 0 && open > j - MaxCoordinationTokens && doc[open].Kind != TokenKind.QuoteMark)
                {
                    open--;
                }

                j = open; // words inside a quotation are no clause of the sentence's
                continue;
            }

            if (!doc[j].IsWord || doc[j].Has(TokenFlags.Capitalized))
            {
                continue;
            }

            bool verb = doc[j].Info is { IsFiniteVerb: true } || CueWords.IsCueVerb(doc, j) && doc[j].Info!.VerbForm is VerbForm.Past or VerbForm.ThirdPerson
                || IsUnknownPastInEd(j) && !doc.IsDeterminer(j - 1);
            if (verb)
            {
                // Only the subject of a clause of the sentence's own ("…, while Auditor Greg Sato … called"), not of a
                // complement or relative clause ("the idea that the changes amounted", "relatives of the people killed").
                var subject = SubjectBefore(j);
                int before = subject.IsNone ? -1 : subject.First - 1;
                return subject.IsNone || subject.Type == MentionType.Pronoun && doc.Slice(subject.First) is "who" or "which" or "that"
                    || !(before < 0 || doc[subject.First].Has(TokenFlags.SentenceStart) || doc.IsChar(before, ',')
                        || doc[before].IsWord && doc.Slice(before) is "while" or "whereas" or "when" or "although" or "though" or "but" or "and" or "after" or "before" or "because" or "since")
                    ? Mention.None : subject;
            }
        }

        return Mention.None;
    }

    /// <summary>A person's name set off by the comma at <paramref name="comma"/> and another: ", Rita Osman,"; or none.</summary>
    private Mention AppositiveName(int comma)
    {
        var doc = _doc;
        return doc.IsChar(comma, ',') && _reader.NameStartingAt(comma + 1) is >= 0 and var named && _reader.NameAt(named) is { Kind: MentionKind.Person } person
            && doc.IsChar(person.Last + 1, ',') ? person : Mention.None;
    }

    /// <summary>An <see cref="AppositiveName"/> right before a cue verb: ", Rita Osman, told"; or none.</summary>
    private Mention AppositiveNameBeforeCue(int comma) =>
        AppositiveName(comma) is { IsNone: false } person && CueWords.IsCueVerb(_doc, SkipModifiers(person.Last + 2, +1)) ? person : Mention.None;

    /// <summary>"“…,” Obama's former campaign strategist said": any short subject phrase right before a cue verb.</summary>
    private CueMatch AfterSubjectPhrase(int k)
    {
        var doc = _doc;
        for (int j = k + 1; j < doc.Count && j <= k + MaxSubjectPhraseTokens; j++)
        {
            int v = SkipModifiers(j, +1);
            if (CueWords.IsCueVerb(doc, v) && doc[v].Info!.VerbForm != VerbForm.Gerund)
            {
                if (doc[k].Has(TokenFlags.SentenceStart) && TakesInfinitive(CueWords.CueEnd(doc, v)))
                {
                    return CueMatch.None;
                }

                var m = _reader.ReadSubjectPhrase(j - 1);
                return m.IsNone || m.First != k ? CueMatch.None : new CueMatch { CueFirst = v, CueLast = CueWords.CueEnd(doc, v), Mention = m };
            }

            if (doc[j].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                break;
            }
        }

        return CueMatch.None;
    }

    /// <summary>Looks back from token <paramref name="p"/> (just before a quote) for a cue and its speaker in the same sentence.</summary>
    public CueMatch Before(int p, int paragraph)
    {
        var doc = _doc;
        if (p < 0 || doc.ParagraphOf(p) != paragraph)
        {
            return CueMatch.None;
        }

        if (doc[p].Kind is TokenKind.Dash || doc.IsChar(p, ':') || doc.IsChar(p, ','))
        {
            p--;
        }

        int sentence = p >= 0 ? doc[p].Sentence : -1;
        for (int c = p; c >= 0 && c > p - MaxCueDistance; c--)
        {
            ref readonly var t = ref doc[c];
            if (t.Sentence != sentence || t.Kind == TokenKind.QuoteMark)
            {
                break;
            }

            if (CueWords.IsAccordingTo(doc, c))
            {
                var source = ReadSource(c + 2);
                if (!source.IsNone)
                {
                    return new CueMatch { CueFirst = c, CueLast = c + 1, Mention = source };
                }
            }

            if (CueWords.IsCueVerb(doc, c))
            {
                var match = AtVerb(c);
                if (match.Found)
                {
                    return match;
                }
            }

            // "As X put it, “…”": the idiom is a cue only after "as" and its subject.
            if (doc.IsWord(c + 1, "it") && doc[c].IsWord && doc.Slice(c) is "put" or "puts")
            {
                var subject = SubjectBefore(c);
                if (!subject.IsNone && subject.First > 0 && doc[subject.First - 1].IsWord && doc.Slice(subject.First - 1) is "as" or "As")
                {
                    return new CueMatch { CueFirst = c, CueLast = c + 1, Mention = subject };
                }
            }
        }

        return CueMatch.None;
    }

    /// <summary>The speaker of the cue verb at <paramref name="v"/>: its subject before it, or after it when inverted.</summary>
    public CueMatch AtVerb(int v)
    {
        var doc = _doc;
        int end = CueWords.CueEnd(doc, v);
        if (doc[v].Info!.VerbForm == VerbForm.Gerund)
        {
            // "…, saying that …": the speaker is the subject of the main clause, or of the speech verb the participle
            // goes on from ("…, he said, adding that …").
            // "footage of Trump saying …", "a statement from the Kremlin saying …", "with Trump reportedly yelling": the
            // name the participle follows.
            // "with many saying it was “unjustified”", "with analysts saying …": an absolute phrase's own subject speaks,
            // named or not, never the sentence's.
            if (WithSubject(v) is { } absolute)
            {
                return new CueMatch { CueFirst = v, CueLast = end, Mention = absolute };
            }

            // "The Times quoted Mr Brown as saying that …": the object of "quoted" speaks.
            if (doc.IsWord(v - 1, "as") && v > 2 && _reader.ReadBackward(v - 2) is { IsNone: false } quotedObject && quotedObject.First > 0
                && IsActiveQuote(quotedObject.First - 1))
            {
                return new CueMatch { CueFirst = v, CueLast = end, Mention = quotedObject };
            }

            var named = _reader.ReadBackward(SkipModifiers(v - 1, -1));
            if (!named.IsNone && named.Type != MentionType.Pronoun && OwnsParticiple(named))
            {
                return new CueMatch { CueFirst = v, CueLast = end, Mention = named };
            }

            var main = SubjectOfCueBefore(v) is { IsNone: false } said ? said : MainSubject(v);
            return main.IsNone ? CueMatch.None : new CueMatch { CueFirst = v, CueLast = end, Mention = main };
        }

        // "It was announced by the company that …", "was described by Steve Jobs as “…”": a passive names its speaker
        // after "by".
        // Only a speaker can be the agent: a name, a pronoun or a description of a person or group ("by the end of the
        // week" is a time).
        if (IsPassive(v) && doc.IsWord(end + 1, "by") && Possessed(_reader.ReadForward(end + 2)) is { IsNone: false } agent
            && (agent.Type != MentionType.Description || agent.Head >= 0 && doc[agent.Head].Info is { IsTitle: true } or { GroupKind: not MentionKind.None })
            && doc[agent.Head >= 0 ? agent.Head : agent.Last].Info is not { IsTimeWord: true })
        {
            return new CueMatch { CueFirst = v, CueLast = end, Mention = agent };
        }

        var subject = SubjectBefore(v);
        if (!subject.IsNone)
        {
            // "… talks with Ukraine, a shift in his stance, reports news agency Reuters.": a name and an appositive before
            // the verb are no subject when a speaker after the verb closes the sentence.
            if (doc.IsChar(v - 1, ',') && subject.Last < v - 2 && _reader.ReadForward(end + 1) is { IsNone: false, Type: not MentionType.Pronoun } after
                && (after.Last + 1 >= doc.Count || doc[after.Last + 1].Sentence != doc[v].Sentence || doc.IsChar(after.Last + 1, '.')))
            {
                return new CueMatch { CueFirst = v, CueLast = end, Mention = after };
            }

            return new CueMatch { CueFirst = v, CueLast = end, Mention = subject };
        }

        // "Machado promised to continue supporting Clinton and said …", "… has encouraged them but has said …", "…, then
        // says …": a coordinated verb shares the main subject.
        int conjunction = SkipModifiers(v - 1, -1);
        if (doc.IsWord(conjunction, "and") || doc.IsWord(conjunction, "but") || doc.IsWord(v - 1, "then") && doc.IsChar(v - 2, ','))
        {
            // The subject of the verb the cue is joined to ("while Auditor Greg Sato, …, called the move “reckless” and
            // said"), else the main clause's.
            var main = SubjectOfVerbBefore(conjunction) is { IsNone: false } joined ? joined : MainSubject(v);
            if (!main.IsNone)
            {
                return new CueMatch { CueFirst = v, CueLast = end, Mention = main };
            }
        }

        var inverted = (doc[v].Info!.CueFlags & CueFlags.ListenerAfter) == 0 ? Possessed(_reader.ReadForward(end + 1)) : Mention.None;
        if (!inverted.IsNone && inverted.Type != MentionType.Pronoun && !IsClauseSubject(inverted)
            && (doc.IsChar(v - 1, ',') || (v > 1 && doc[v - 1].Kind == TokenKind.QuoteMark && doc.IsChar(v - 2, ','))
                || doc[v].Has(TokenFlags.SentenceStart) && (doc.IsChar(inverted.Last + 1, ':') || IntroducesQuoteAfter(inverted.Last + 1))))
        {
            return new CueMatch { CueFirst = v, CueLast = end, Mention = inverted };
        }

        return CueMatch.None;
    }

    /// <summary>
    /// The person a name owns when one follows its "'s", perhaps after a role: "says Deutsche Bank's Simon Champion",
    /// "added Gartner's principal analyst Kobita Desai", "Britain's Rod Stewart introduced …" speak, not their firm or
    /// country; so does a role it owns ("said Britain's foreign minister"). Otherwise the mention itself.
    /// </summary>
    private Mention Possessed(Mention m)
    {
        if (m.IsNone || m.Type != MentionType.Name || m.Last + 2 >= _doc.Count)
        {
            return m;
        }

        if (!_doc[m.Last + 1].Has(TokenFlags.Possessive))
        {
            return Modified(m);
        }

        var owned = _reader.ReadForward(m.Last + 2);
        if (owned.IsNone || owned.First != m.Last + 2)
        {
            return m;
        }

        // The mention as written starts with the owner ("Deutsche Bank's Simon Champion"), so it still follows its cue. A
        // person is known by a role or a first name: "London's Evening Standard" is the paper's, whatever its kind says.
        if (owned.Type == MentionType.Name)
        {
            // "said Paris's Charles de Gaulle airport": a name that a noun follows modifies it.
            int next = owned.Last + 1;
            bool modifier = next < _doc.Count && _doc[next].IsWord && !_doc[next].Has(TokenFlags.Capitalized)
                && _doc[next].Info is null or { Function: FunctionWord.None, Cue: CueClass.None, IsPronoun: false }
                && !_doc.Slice(next).EndsWith("ed", StringComparison.Ordinal) && !_doc.Slice(next).EndsWith("s", StringComparison.Ordinal)
                && !CueWords.IsVerbModifier(_doc, next) // "Australia's Prime Minister John Howard also offered …"
                && !_doc.IsWord(next, "there"); // "told by Children's Minister Margaret Hodge there was …"
            bool isPerson = !modifier && owned.Kind == MentionKind.Person
                && (owned.Head > owned.First || owned.Gender is 'm' or 'f' || owned.Head < owned.Last && Lexicon.Shared.FirstNameGender(_doc.Slice(owned.Head)) != '\0');
            owned.First = m.First;
            return isPerson ? owned : m;
        }

        if (owned.Type != MentionType.Description || owned.Kind != MentionKind.Person)
        {
            return m; // "Santander's board" speaks for Santander
        }

        // "said Google's chief executive, Eric Schmidt." (or ", Eric Schmidt, who …"): the appositive names the role;
        // "said Google's chief executive" is the role, unnamed here.
        int comma = owned.Last + 1;
        if (_doc.IsChar(comma, ',') && _reader.NameStartingAt(comma + 1) is >= 0 and var named && _reader.NameAt(named) is { Kind: MentionKind.Person } person
            && (person.Last + 1 >= _doc.Count || _doc.IsChar(person.Last + 1, ',') || _doc.IsChar(person.Last + 1, '.')))
        {
            owned.Entity = person.Entity;
            owned.Last = person.Last;
        }

        owned.First = m.First;
        return owned;
    }

    /// <summary>
    /// The person a name modifies as an attribute, through lower-case role words: "said IFTA founder and director Maria
    /// Lopez", "said Hendrix biographer Paul Adams" (a noun the word lists lack, so the person needs a first name or a
    /// title of the lists). Otherwise the mention itself.
    /// </summary>
    private Mention Modified(Mention m)
    {
        const int MaxRoleWords = 4;
        for (int k = m.Last + 1; k < _doc.Count && k <= m.Last + MaxRoleWords; k++)
        {
            ref readonly var t = ref _doc[k];
            int run = k > m.Last + 1 || !t.Has(TokenFlags.Capitalized) ? _reader.NameStartingAt(k) : -1;
            if (run >= 0 || t.IsCapitalizedWord)
            {
                // The role words end at the person's mention: one a role of the lists opens ("director Maria Lopez"), or
                // a name with a known first name ("biographer Paul Adams").
                if (run < 0 || _reader.NameAt(run) is not { Kind: MentionKind.Person } person
                    || (person.Head == person.First && Lexicon.Shared.FirstNameGender(_doc.Slice(person.Head)) == '\0'))
                {
                    return m;
                }

                person.First = m.First;
                return person;
            }

            // "said Opera spokeswoman, Berit Hanson.": the person in an appositive after the role.
            if (_doc.IsChar(k, ',') && k > m.Last + 1 && _doc[k - 1].Info is { IsTitle: true } && _reader.NameStartingAt(k + 1) is int named and >= 0
                && _reader.NameAt(named) is { Kind: MentionKind.Person } appositive && (appositive.Last + 1 >= _doc.Count || _doc[appositive.Last + 1].Kind == TokenKind.Punctuation))
            {
                appositive.First = m.First;
                return appositive;
            }

            if (!(t.IsWord && (t.Info is { IsTitle: true } || _doc.IsWord(k, "and") || _doc.IsPlainNoun(k))))
            {
                return m;
            }
        }

        return m;
    }

    /// <summary>
    /// Whether a mention read after a verb is the subject of a clause of its own ("“…,” said the candidate could be …"),
    /// not an inverted speaker: an auxiliary or a finite verb follows it.
    /// </summary>
    private bool IsClauseSubject(in Mention m) => m.Last + 1 < _doc.Count && _doc[m.Last + 1].Info is { IsAuxiliary: true } or { IsFiniteVerb: true };

    /// <summary>
    /// Whether the comma at <paramref name="k"/> leads to a quotation in the same sentence, perhaps past an appositive or
    /// relative clause: "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”"
    /// </summary>
    private bool IntroducesQuoteAfter(int k)
    {
        var doc = _doc;
        if (!doc.IsChar(k, ','))
        {
            return false;
        }

        for (int c = k + 1; c < doc.Count && c <= k + MaxAppositiveTokens && doc[c].Sentence == doc[k].Sentence; c++)
        {
            if (doc[c].Kind == TokenKind.QuoteMark)
            {
                return doc.IsChar(c - 1, ',') || doc.IsChar(c - 1, ':') || c == k + 1;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention before a participle is its speaker: a name after "of" or "from" ("footage of Trump saying …", "a
    /// statement from the Kremlin saying …"), or any speaker after ", with" ("…, with investors saying …") but not a
    /// document ("responded with a statement saying …" is the subject's).
    /// </summary>
    private bool OwnsParticiple(in Mention named)
    {
        var doc = _doc;
        int k = doc.IsWord(named.First - 1, "the") ? named.First - 2 : named.First - 1;
        if (k < 0 || !doc[k].IsWord)
        {
            return false;
        }

        if (doc.Slice(k) is "of" or "from")
        {
            return named.Type == MentionType.Name;
        }

        return doc.Slice(k) is "with" && doc.IsChar(k - 1, ',') && !(named.Head >= 0 && doc[named.Head].Info is { IsDocument: true });
    }

    /// <summary>
    /// The subject of the nearest finite speech verb before the participle at <paramref name="v"/> in its sentence, at
    /// most a comma away ("he said adding that", "Smith said, adding that"), when that subject opens its clause; or none.
    /// </summary>
    private Mention SubjectOfCueBefore(int v)
    {
        var doc = _doc;
        int k = v - 1;
        if (doc.IsChar(k, ','))
        {
            k--;
        }

        // The verb's listener may stand between: "he told the group, adding that …".
        for (int j = k; j >= 0 && j > k - MaxListenerTokens && doc[j].IsWord && !CueWords.IsCueVerb(doc, k); j--)
        {
            if (CueWords.IsCueVerb(doc, j) && (doc[j].Info!.CueFlags & CueFlags.IndirectObject) != 0 && ReadListener(j + 1) == k)
            {
                k = j;
            }
        }

        if (k < 0 || doc[k].Sentence != doc[v].Sentence || !CueWords.IsCueVerb(doc, k) || doc[k].Info!.VerbForm == VerbForm.Gerund)
        {
            return Mention.None;
        }

        // Only a subject that opens its clause: in "criticised what the councillor said, saying …" the speaker is the
        // sentence's subject, not the relative clause's.
        var subject = SubjectBefore(k);
        if (subject.IsNone)
        {
            return subject;
        }

        // "“…,’ ” he told the group": the closing marks of a quotation and a quotation within it.
        int before = subject.First - 1;
        while (before > 0 && doc[before].Kind == TokenKind.QuoteMark)
        {
            before--;
        }

        return doc[subject.First].Has(TokenFlags.SentenceStart) || doc.IsChar(before, ',') ? subject : Mention.None;
    }

    /// <summary>The subject right before a verb, over adverbs, auxiliaries and an appositive.</summary>
    public Mention SubjectBefore(int v)
    {
        var doc = _doc;
        int s = SkipModifiers(v - 1, -1);

        // "he appeared to suggest that …", "He went on to say …", "was quick to say": the subject of the verb that takes
        // the infinitive (infinitive-leads.txt).
        if (doc.IsWord(s, "to") && Lexicon.Shared.InfinitiveLeadBefore(doc, s) is > 0 and var lead)
        {
            s = SkipModifiers(s - lead - 1, -1);
        }

        // "2,000 people surveyed said", "Most voters polled said", "Half of those questioned said": a participle of polling
        // after a plural noun or "those" ends the subject, which is the noun phrase before it (or "those" and the participle).
        if (s > 0 && doc[s].IsWord && doc.Slice(s) is "surveyed" or "polled" or "questioned" or "interviewed" or "sampled" && doc[s - 1].IsWord)
        {
            if (doc.IsWord(s - 1, "those"))
            {
                // Unnamed people: the speaker stays null.
                int from = s > 2 && doc.IsWord(s - 2, "of") && (doc[s - 3].IsWord || doc[s - 3].Kind == TokenKind.Number) ? s - 3 : s - 1;
                return doc[from].Sentence != doc[v].Sentence ? Mention.None
                    : Mention.None with { First = from, Last = s, Head = s - 1, Type = MentionType.Description, Kind = MentionKind.People, Plural = true };
            }

            if (s > 1 && !doc[s - 1].Has(TokenFlags.Capitalized) && (doc.Slice(s - 1).EndsWith("s", StringComparison.Ordinal) || doc.IsWord(s - 1, "people"))
                && _reader.ReadBackward(s - 1) is { IsNone: false, Type: MentionType.Description } polled)
            {
                polled.Last = s; // the mention still ends next to the verb
                return polled;
            }
        }

        // "The 28-year-old host who also presents Stars In Their Eyes said": a relative clause without commas ends the
        // subject; its object is no speaker, the phrase before "who" is.
        if (RelativeAntecedentBefore(s) is { IsNone: false } relativeHead)
        {
            return relativeHead;
        }

        // "all the experts I interviewed said", "the people we spoke to say": a relative clause without a pronoun of its
        // own ends the subject, which is the noun phrase before it.
        if (ReducedRelativeBefore(s) is >= 0 and var end)
        {
            var phrase = _reader.ReadBackward(end);
            if (!phrase.IsNone && phrase.Type == MentionType.Description)
            {
                return phrase;
            }
        }

        // "It was confirmed that …" is a passive with no speaker; "He was quoted as saying …" names one.
        if (IsPassive(v) && CueWords.CueEnd(doc, v) == v)
        {
            return Mention.None;
        }

        // A verb that opens a sentence may take its subject across a split the splitter made, never from another paragraph
        // (a headline or byline above "Said Lighthizer: …").
        if (s < 0 || doc[s].Sentence != doc[v].Sentence && (!doc[v].Has(TokenFlags.SentenceStart) || doc.ParagraphOf(s) != doc.ParagraphOf(v)))
        {
            return Mention.None;
        }

        s = SkipParenthetical(s);
        if (s < 0)
        {
            return Mention.None;
        }

        if (doc[s].Kind == TokenKind.Dash)
        {
            // "Kall -- co-editor of a book on the debates -- said", "the firm - China's biggest jet fuel supplier - said":
            // the name or description before a pair of dashes.
            for (int c = s - 1; c >= 0 && c > s - MaxAppositiveTokens && doc[c].Sentence == doc[s].Sentence; c--)
            {
                if (doc[c].Kind == TokenKind.Dash)
                {
                    var named = _reader.ReadBackward(c - 1);
                    return !named.IsNone && named.Type is MentionType.Name or MentionType.Description ? named : Mention.None;
                }

                if (doc[c].Kind is TokenKind.QuoteMark || CueWords.IsCueVerb(doc, c))
                {
                    break;
                }
            }

            return Mention.None;
        }

        if (doc.IsChar(s, ','))
        {
            // "Hugh Hill, a doctor at the clinic, said": the name before the appositive.
            bool nearest = true, unread = false;
            var embedded = Mention.None;
            var appositive = Mention.None;
            for (int c = s - 1; c >= 0 && c > s - MaxAppositiveTokens && doc[c].Sentence == doc[s].Sentence; c--)
            {
                if (IsCoordinatingComma(c))
                {
                    break; // ", and the meeting deteriorated from there, said one source": a clause, not an appositive.
                }

                if (doc.IsChar(c, ','))
                {
                    var m = _reader.ReadBackward(SkipParenthetical(c - 1)); // "Rep. Gregory Meeks (D-N.Y.), chairman of …, said"
                    if (m.IsNone)
                    {
                        m = OpeningPhrase(c - 1); // "The book, by journalist Robert Peston, said"
                    }

                    // "Clinton, during a town hall meeting in Columbus, Ohio, said", "Grassley, facing a challenge in Iowa, a
                    // swing state, said": a name after a preposition or participle is inside the parenthetical phrase; the
                    // subject stands before it.
                    bool inPhrase = !m.IsNone && IsObjectOfPhrase(m.First);
                    if (!nearest)
                    {
                        // An earlier comma: a name, or after a parenthetical phrase a description ("The senator, speaking in
                        // Iowa, a swing state, said"); nothing after a phrase the reader could not read.
                        if (!m.IsNone && !inPhrase && (m.Type == MentionType.Name || !unread))
                        {
                            // A person heading the chain wins over an appositive inside a phrase ("Giovanni Maria Vian, the
                            // editor of the Vatican's newspaper, L'Osservatore Romano, said").
                            return appositive.IsNone || m.Type == MentionType.Name && m.Kind == MentionKind.Person ? m : appositive;
                        }

                        continue;
                    }

                    nearest = false;

                    // "Mr. Slinker, whose start-up, Paradata, uses …, said": a relative clause up to the verb follows its
                    // subject, and the names inside it are not the subject.
                    // An antecedent the reader cannot read leaves the speaker unnamed ("Greenpeace, which sued Vestas in Aarhus,
                    // Denmark, said" is never Vestas).
                    if (RelativeCommaBefore(c) is >= 0 and var relative)
                    {
                        var antecedent = _reader.ReadBackward(SkipParenthetical(relative - 1));
                        return antecedent.IsNone ? OpeningPhrase(relative - 1) : antecedent;
                    }

                    if (!m.IsNone && m.Type == MentionType.Name && !inPhrase)
                    {
                        return m;
                    }

                    // "one of the family's attorneys, Justin Bamberg, said", "members from Florida, Ileana Ros-Lehtinen and
                    // Carlos Curbelo, have said", "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church,
                    // said": the appositive itself names the person.
                    var inner = inPhrase ? OwnerOfObject(_reader.ReadBackward(s - 1)) : _reader.ReadBackward(s - 1);
                    if (!inner.IsNone && inner.Type == MentionType.Name && inner.First == c + 1 && (!inPhrase || inner.Kind == MentionKind.Person))
                    {
                        if (!inPhrase)
                        {
                            return inner;
                        }

                        appositive = inner; // unless a person heads the chain before
                    }

                    if (!m.IsNone && !inPhrase)
                    {
                        return m;
                    }

                    // "Lord Condon, head of the unit, who made the call, said": the subject stands before an object of a
                    // phrase or a phrase the reader cannot read.
                    embedded = m;
                    unread = m.IsNone;
                    continue;
                }

                if (doc[c].Kind is TokenKind.QuoteMark || doc[c].Has(TokenFlags.SentenceStart) && !doc[c].IsWord)
                {
                    break;
                }
            }

            // "a woman in Worcester, Massachusetts, told him": with no subject before the phrase, the phrase that holds it.
            return !appositive.IsNone ? appositive : embedded.IsNone ? Mention.None : OwnerOfObject(embedded);
        }

        s = SkipTimeBack(s);
        if (doc.IsWord(s, "who"))
        {
            return _reader.ReadRelative(s);
        }

        // Without the comma only after the organisation's name itself, once the sentence has its verb ("came from the Low
        // Pay Commission which said …"; in "A report from the Commission which said … was welcomed" it is the subject's).
        if (doc.Slice(s) is "which" && (doc.IsChar(s - 1, ',') || s > 0 && doc[s - 1].IsCapitalizedWord && !doc[s - 1].Has(TokenFlags.SentenceStart) && HasVerbBefore(s)))
        {
            // "the European Union, which contended that …": an organisation or place named just before speaks. After
            // anything else ("the report, which said") "which" names no speaker.
            var relative = _reader.ReadRelative(s);
            return relative.Type == MentionType.Pronoun && relative.Kind != MentionKind.Person ? relative : Mention.None;
        }

        if (doc.IsWord(s, "whom") && doc.IsWord(s - 1, "of"))
        {
            return _reader.ReadPartitive(s); // "family members, many of whom say …"
        }

        var subject = _reader.ReadBackward(s);
        if (subject.IsNone)
        {
            // "…, conspiracy and filing false reports with regulators", "rising demand": before a form that is a noun as
            // often, a phrase is its subject only when it ends in a noun ("Commentators claim", "local press reports").
            // A count may be a subject ("39 have said they support …", "70% said …"), but before a verb whose past form is an
            // adjective as often ("475 pledged delegates will be at stake") only a share is.
            var phrase = _reader.ReadSubjectPhrase(s);
            if (phrase.First == phrase.Last && !phrase.IsNone && doc[phrase.First].Kind == TokenKind.Number && doc.Slice(phrase.First)[^1] != '%'
                && doc[v].Info is { CueFlags: var objectFlags } && (objectFlags & CueFlags.NounObject) != 0)
            {
                return Mention.None;
            }

            return doc[v].Info is { CueFlags: var flags, VerbForm: VerbForm.Base or VerbForm.ThirdPerson } && (flags & CueFlags.NounForms) != 0 && !phrase.IsNone
                && !EndsInNoun(phrase) ? Mention.None : phrase;
        }

        // "The BBC's Anna Wray in Geneva says", "A spokesman for the World Forum on the Digital Economy said", "The developers
        // behind the system claim", "only 25% of Britons said": the object of a preposition is never the subject; the phrase
        // before the preposition is. A titled person ("… with Tanzania Mr Brown said") is a subject; of "at Oldham and Keegan
        // has stated" the second.
        for (int hop = 0; hop < MaxPrepositionHops && subject.Type != MentionType.Pronoun && !(subject.Kind == MentionKind.Person && subject.Head > subject.First); hop++)
        {
            int p = doc.IsWord(subject.First - 1, "the") ? subject.First - 2 : subject.First - 1;
            // "to" only after a title: "Pakistan's High Commissioner to Britain said", "the US ambassador to the UN said".
            if (p <= 0 || !doc[p].IsWord || doc[p].Sentence != doc[v].Sentence
                || doc.Slice(p) is not ("in" or "at" or "from" or "for" or "on" or "of" or "with" or "behind") && !(doc.IsWord(p, "to") && doc[p - 1].Info is { IsTitle: true }))
            {
                break;
            }

            var owner = _reader.ReadBackward(p - 1);
            if (!owner.IsNone && owner.Type == MentionType.Description && owner.Head >= 0 && doc[owner.Head].Info is { IsDocument: true })
            {
                break; // "a report in the Economic Observer said": the name issued the document and speaks
            }

            if (owner.IsNone)
            {
                // No phrase the reader knows stands before: the second of two names if it is a person ("the job at
                // Oldham and Kevin Keegan has stated"), else the mention as read.
                return subject.Entity2 >= 0 && _reader.NameEndingAt(subject.Last) is int second and >= 0 && _reader.NameAt(second) is { Kind: MentionKind.Person } person
                    && person.First > subject.First ? person : subject;
            }

            owner.Last = subject.Last; // the mention still ends next to the verb, for the tests of adjacency
            subject = owner;
        }

        // "However, Matt Williams, a fund manager at Perpetual said", "Colin Asplin, Blackpool Hotel Association said": an
        // appositive the writer did not close with a comma describes the person named before it, who opens the sentence.
        if (subject.First >= 2 && doc.IsChar(subject.First - 1, ',')
            && (subject.Type == MentionType.Description && doc.IsDeterminer(subject.First) || subject.Type == MentionType.Name && subject.Kind == MentionKind.Org)
            && _reader.NameEndingAt(subject.First - 2) is int before and >= 0 && _reader.NameAt(before) is { Kind: MentionKind.Person } described && OpensSentence(described.First))
        {
            described.Last = subject.Last;
            return described;
        }

        return subject;
    }

    /// <summary>
    /// Whether a noun phrase ends in a noun, as far as the word lists and the shape of the word tell: a group, company or
    /// role noun ("press", "association"), a determiner's phrase without a preposition ("the suit"), or a plural
    /// ("Commentators", "Land owners"); not "rising", "false" or a lone lower-case verb ("takes").
    /// </summary>
    private bool EndsInNoun(in Mention m)
    {
        var doc = _doc;
        int last = m.Last;
        if (doc[last].Info is { GroupKind: not MentionKind.None } or { IsOrgWord: true } or { IsTitle: true })
        {
            return true;
        }

        var w = doc.Slice(last);
        if (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        // "the suit", "the non-partisan fiscal watchdog": a determiner and words up to the noun, with no preposition or
        // conjunction ("the strength of the euro and weak"); with one, only the tests below may find the head.
        if (doc.IsDeterminer(m.First))
        {
            bool plain = true;
            for (int k = m.First + 1; k <= last && plain; k++)
            {
                plain = doc[k].Kind == TokenKind.Number || doc[k].IsWord && doc[k].Info is not { Function: not FunctionWord.None, IsQuantifier: false };
            }

            if (plain)
            {
                return true;
            }
        }

        // "Commentators and Yukos itself claim", "The developers behind the system claim", "South Korea's top car maker
        // estimates": a plural or an owner's phrase heads the subject, whatever its last word.
        int head = doc.IsDeterminer(m.First) ? m.First + 1 : m.First;
        var opening = doc.Slice(head);
        if (head < last && doc[head].IsWord && (head > m.First || doc[head].Has(TokenFlags.Capitalized)) && opening.Length > 3 && opening[^1] == 's' && opening[^2] != 's'
            && doc[head].Info is null or { GroupKind: not MentionKind.None })
        {
            return true; // the plural opening the phrase is its head
        }

        if (doc[m.First].IsCapitalizedWord && m.First + 2 < last && (doc[m.First + 1].Has(TokenFlags.Possessive) || doc[m.First + 2].Has(TokenFlags.Possessive)))
        {
            return true; // an owner's phrase
        }

        if (w.Length <= 3 || w[^1] != 's' || w[^2] == 's')
        {
            return false;
        }

        return m.First < last || doc[last].Has(TokenFlags.Capitalized) || doc[last].Info is not null;
    }

    /// <summary>Whether a finite verb or an auxiliary stands between the sentence's start and token <paramref name="k"/>.</summary>
    private bool HasVerbBefore(int k)
    {
        var doc = _doc;
        for (int j = k - 1; j >= 0 && doc[j].Sentence == doc[k].Sentence; j--)
        {
            if (doc[j].Info is { IsFiniteVerb: true } or { IsAuxiliary: true } || doc[j].IsWord && !doc[j].Has(TokenFlags.Capitalized) && doc.Slice(j).EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> opens its sentence, perhaps after one word and a comma ("However, X") or a conjunction ("But X").</summary>
    private bool OpensSentence(int k)
    {
        var doc = _doc;
        if (doc[k].Has(TokenFlags.SentenceStart))
        {
            return true;
        }

        int p = doc.IsChar(k - 1, ',') ? k - 2 : k - 1;
        return p >= 0 && doc[p].IsWord && doc[p].Has(TokenFlags.SentenceStart) && (p == k - 2 || doc.Slice(p) is "But" or "And" or "Yet" or "So");
    }

    /// <summary>
    /// Where the noun phrase before a relative clause of a subject pronoun and a verb ends ("experts | I interviewed",
    /// "people | we spoke to"), when that clause ends at <paramref name="s"/>; otherwise -1.
    /// </summary>
    private int ReducedRelativeBefore(int s)
    {
        var doc = _doc;
        int verb = doc.IsWord(s, "to") || doc.IsWord(s, "with") ? s - 1 : s;
        if (verb < 2 || !doc[verb].IsWord || doc[verb].Has(TokenFlags.Capitalized) || doc[verb].Info is { Function: not FunctionWord.None }
            || doc[verb - 1].Sentence != doc[verb].Sentence || !doc[verb - 1].IsWord || doc.Slice(verb - 1) is not ("I" or "we" or "he" or "she" or "they" or "you"))
        {
            return -1;
        }

        // The verb is a past form ("interviewed") or strands a preposition ("spoke to"); the noun before the pronoun is a
        // plain lower-case word.
        var w = doc.Slice(verb);
        bool past = verb < s || w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) || doc[verb].Info is { VerbForm: VerbForm.Past };
        int noun = verb - 2;
        return past && doc[noun].IsWord && !doc[noun].Has(TokenFlags.Capitalized)
            && doc[noun].Info is null or { Function: FunctionWord.None, IsAuxiliary: false, IsPronoun: false } ? noun : -1;
    }

    /// <summary>
    /// The phrase before a "who" that opens a relative clause without commas ending at <paramref name="s"/>, right before
    /// the cue verb ("The host who also presents Stars In Their Eyes said"): "who", perhaps an adverb, a verb and its object
    /// of a few words. None when no such clause ends there.
    /// </summary>
    private Mention RelativeAntecedentBefore(int s)
    {
        var doc = _doc;
        if (s < 1 || !doc[s].IsWord || doc.IsWord(s, "to"))
        {
            return Mention.None; // ", who met him, said": an appositive clause, read elsewhere; "who fail to say": an infinitive
        }

        for (int w = s - 1; w > 0 && w >= s - MaxRelativeObjectTokens; w--)
        {
            if (!doc[w].IsWord || doc[w].Sentence != doc[s].Sentence)
            {
                return Mention.None;
            }

            if (!doc.IsWord(w, "who"))
            {
                continue;
            }

            int verb = w + 1 < s && doc[w + 1].IsWord && doc.Slice(w + 1).EndsWith("ly", StringComparison.Ordinal) || doc.IsWord(w + 1, "also") ? w + 2 : w + 1;
            if (verb >= s || !doc[verb].IsWord || doc[verb].Has(TokenFlags.Capitalized) || doc[verb].Info is { Function: not FunctionWord.None, IsAuxiliary: false })
            {
                return Mention.None;
            }

            var antecedent = _reader.ReadBackward(w - 1);
            return antecedent.Type is MentionType.Description or MentionType.Name ? antecedent : Mention.None;
        }

        return Mention.None;
    }

    /// <summary>
    /// Whether token <paramref name="k"/>, right after a listener's name, still belongs to it: a lower-case group noun
    /// ("Labour members", "Tory activists") or a short number before a determiner or pronoun ("BBC Radio 4 the …").
    /// </summary>
    private static bool ListenerContinues(Document doc, int k)
    {
        ref readonly var t = ref doc[k];
        if (t.Kind == TokenKind.Word)
        {
            return !t.Has(TokenFlags.Capitalized) && t.Info is { GroupKind: not MentionKind.None, IsPronoun: false };
        }

        return t.Kind == TokenKind.Number && t.Length <= 2 && doc[k + 1].Info is { } next && (next.IsPronoun || (next.Function & FunctionWord.Determiner) != 0);
    }

    /// <summary>From the last token of a time phrase before a verb ("Sanders on Tuesday said"), returns the token before it.</summary>
    private int SkipTimeBack(int s)
    {
        var doc = _doc;

        // A year or a date after a preposition: "who in 2010 said", "Sanders on Sept. 5 said".
        if (s > 1 && doc[s].Kind == TokenKind.Number && doc[s - 1].IsWord && doc.Slice(s - 1) is "in" or "on" or "since" or "by")
        {
            return SkipModifiers(s - 2, -1);
        }

        if (s < 1 || doc[s].Info is not { IsTimeWord: true } || !doc[s].IsWord)
        {
            return s;
        }

        int k = s;
        while (k > s - 4 && k > 0 && doc[k].IsWord && (doc[k].Info is { IsTimeWord: true } or { IsPreposition: true } || doc.IsWord(k, "this")))
        {
            k--;
        }

        return k < s - 1 && !doc[k + 1].Has(TokenFlags.SentenceStart) ? SkipModifiers(k, -1) : s;
    }

    /// <summary>Reads the listener of "told X": a name, a pronoun object, a description or a bare plural ("reporters"); returns its last token or -1.</summary>
    public int ReadListener(int k)
    {
        var doc = _doc;
        // "told one of his protégés", "told some of the delegates": the listener is the group after "of".
        if (k + 2 < doc.Count && doc.IsWord(k + 1, "of") && (doc[k].Kind == TokenKind.Number || doc[k].Info is { IsQuantifier: true } || doc.Slice(k) is "one" or "most" or "all"))
        {
            return ListenerAt(k + 2);
        }

        return ListenerAt(k);
    }

    private int ListenerAt(int k)
    {
        var doc = _doc;
        var m = _reader.ReadForward(k);
        if (!m.IsNone && m.Type != MentionType.Pronoun)
        {
            // "told MPs child benefit would rise", "told officials their offices …": the group is the listener, and the
            // words after it open the clause.
            // Not before another group noun that the clause follows: "told the doctors union the plan …" keeps the union.
            if (m.Type == MentionType.Description)
            {
                for (int g = m.First; g < m.Last; g++)
                {
                    if (doc[g].Info is { GroupKind: not MentionKind.None } && doc.Slice(g).EndsWith("s", StringComparison.Ordinal)
                        && !(doc[g + 1].Info is { GroupKind: not MentionKind.None } && g + 2 < doc.Count && IsDeterminerOrPronoun(doc, g + 2)))
                    {
                        return g;
                    }
                }
            }

            int end = m.Last;

            // "told BBC 6 Music the …", "told BBC Radio 4's Today programme": a station's number and the name words after
            // it, when what follows them opens a clause or the possessed phrase ("told Reuters 12 Americans were …" and
            // "told BBC Radio 4 Labour would …" keep their subjects).
            if (m.Kind != MentionKind.Person && end + 2 < doc.Count && doc[end + 1].Kind == TokenKind.Number && doc[end + 1].Length <= 2)
            {
                int station = end + 1;
                while (station + 1 < doc.Count && station < m.Last + 4 && doc[station + 1].IsCapitalizedWord && !doc[station + 1].Has(TokenFlags.SentenceStart))
                {
                    station++;
                }

                if (station + 1 < doc.Count && (doc[station + 1].Has(TokenFlags.Possessive) || doc.IsWord(station + 1, "that") || doc.IsChar(station + 1, ':')
                    || (station > end + 1 && (IsDeterminerOrPronoun(doc, station + 1)))))
                {
                    end = station;
                }
                else if (doc.Slice(end) is "Radio" or "Channel")
                {
                    end++; // "told BBC Radio 4 Labour would …": the number alone is the station's
                }
            }

            if (doc[end + 1 < doc.Count ? end + 1 : end].Has(TokenFlags.Possessive) && m.Kind != MentionKind.Person)
            {
                // "told USA TODAY's weekly video series", "told BBC Radio 4's Today programme": the possessed noun
                // phrase up to the clause.
                // Capitals only as the run right after "'s" (the programme's name): after "programme", "Mr Blair" is
                // the clause's subject, as "there" is.
                int owner = end;
                end++;
                while (end + 1 < doc.Count && end < owner + 6 && doc[end + 1].IsWord && IsListenerWord(doc, end + 1)
                    && (!doc[end + 1].Has(TokenFlags.Capitalized) || doc[end].Has(TokenFlags.Possessive) || doc[end].Has(TokenFlags.Capitalized))
                    && !doc.IsWord(end + 1, "there"))
                {
                    end++;
                }
            }
            else if (end + 2 < doc.Count && ListenerContinues(doc, end + 1))
            {
                end++; // "told Labour members the …", "told Tory activists", "told BBC Radio 4 the …"
            }

            return ClauseSubjectAfter(m.First, end);
        }

        var w = doc.Slice(k);
        if (w is "him" or "her" or "them" or "us" or "me" or "reporters" or "journalists" or "lawmakers" or "supporters" or "voters" or "listeners" or "viewers" or "senators" or "parliament" or "congress")
        {
            return k;
        }

        // "told pupils it was …", "told staff their jobs were safe": a bare plural noun before a clause's subject.
        if (doc[k].IsWord && !doc[k].Has(TokenFlags.Capitalized) && doc[k].Info is null && w.Length > 3 && w[^1] == 's' && k + 2 < doc.Count
            && IsDeterminerOrPronoun(doc, k + 1) && doc.Slice(k + 1) is not ("them" or "him" or "us" or "me"))
        {
            return k;
        }

        // "told the forum", "told a local radio station": a determiner and a short noun phrase.
        if (doc.IsDeterminer(k))
        {
            int end = -1;
            for (int j = k + 1; j < doc.Count && j <= k + 4 && doc[j].IsWord && IsListenerWord(doc, j); j++)
            {
                end = j;
            }

            return end < 0 ? end : ClauseSubjectAfter(k, end);
        }

        return -1;
    }

    /// <summary>
    /// The listener's last token, where a listener read as tokens <paramref name="first"/>..<paramref name="end"/> runs
    /// into the subject of the clause after it: a verb right after the words means they hold that subject ("told the BBC
    /// progress had been made", "told the BBC Michael Howard has", "told the Guardian newspaper there would be", "told his
    /// news conference Britain had"). The subject opens with "there", "this" or "it", a capital after lower-case words, a
    /// first name or an honorific after a name ("told the BBC Mr Howard had"), or one plain lower-case word, right before the
    /// verb, after a name ("told the Labour conference delegates were" keeps its listener whole).
    /// </summary>
    private int ClauseSubjectAfter(int first, int end)
    {
        var doc = _doc;
        if (end + 1 >= doc.Count || doc[end + 1].Info is not ({ IsAuxiliary: true } or { IsFiniteVerb: true }))
        {
            return end;
        }

        for (int j = first + 1; j <= end; j++)
        {
            if (!doc[j].IsWord || !doc[j - 1].IsWord || doc[j - 1].Has(TokenFlags.Possessive))
            {
                continue;
            }

            bool capital = doc[j].Has(TokenFlags.Capitalized);
            bool afterCapital = doc[j - 1].Has(TokenFlags.Capitalized);
            if (doc.Slice(j) is "there" or "this" or "it"
                || capital && !afterCapital && doc.IsPlainNoun(j - 1)
                || capital && afterCapital && doc[j - 1].Info is not { IsTitle: true }
                    && (doc[j].Info is { IsHonorific: true } || Lexicon.Shared.FirstNameGender(doc.Slice(j)) != '\0')
                || !capital && afterCapital && j == end && doc.IsPlainNoun(j))
            {
                return j - 1;
            }
        }

        return end;
    }

    private static bool IsDeterminerOrPronoun(Document doc, int k) =>
        doc[k].IsWord && (doc[k].Info is { IsPronoun: true } || doc.IsDeterminer(k));

    /// <summary>
    /// A word of the listener's noun phrase: a capitalised word inside the sentence, or not a function word ("that",
    /// "the"), a pronoun, a verb or a cue word. A time word counts when another such word follows ("CNN's morning show"),
    /// not at the end ("told the paper Tuesday that").
    /// </summary>
    private static bool IsListenerWord(Document doc, int j) =>
        doc[j].IsCapitalizedWord && !doc[j].Has(TokenFlags.SentenceStart) && doc[j].Info is not { IsPronoun: true } // "the BBC's Politics Show"
        || IsNounLike(doc[j].Info)
        || doc[j].Info is { Function: FunctionWord.Time, IsPronoun: false, Cue: CueClass.None } && j + 1 < doc.Count && doc[j + 1].IsWord && IsNounLike(doc[j + 1].Info);

    /// <summary>Not a function word, a pronoun, a verb or a cue word: what may stand in a noun phrase.</summary>
    private static bool IsNounLike(WordInfo? info) =>
        info is not ({ Function: not FunctionWord.None } or { IsPronoun: true } or { IsAuxiliary: true } or { IsFiniteVerb: true } or { Cue: not CueClass.None });

    /// <summary>"according to X": X, or the author behind "a statement by X".</summary>
    public Mention ReadSource(int k)
    {
        var m = _reader.ReadForward(k);
        if (m.IsNone)
        {
            return m;
        }

        if (m.Type == MentionType.Description && (_doc.IsWord(m.Last + 1, "by") || _doc.IsWord(m.Last + 1, "from")))
        {
            var author = _reader.ReadForward(m.Last + 2);
            if (!author.IsNone)
            {
                return author;
            }
        }

        return m;
    }

    /// <summary>The first name or pronoun of the sentence before token <paramref name="v"/>, outside quotation marks.</summary>
    public Mention MainSubject(int v)
    {
        var doc = _doc;
        int sentence = doc[v].Sentence;
        int start = v;
        while (start > 0 && doc[start - 1].Sentence == sentence && v - start < 60)
        {
            start--;
        }

        start = MainClauseStart(start, v);
        bool inQuote = false;
        for (int k = start; k < v; k++)
        {
            if (doc[k].Kind == TokenKind.QuoteMark)
            {
                inQuote = !inQuote;
                continue;
            }

            if (inQuote || !doc[k].IsWord)
            {
                continue;
            }

            int name = _reader.NameStartingAt(k);
            if (name >= 0)
            {
                var m = Possessed(_reader.ReadForward(k));
                if (!m.IsNone)
                {
                    return m;
                }
            }

            if (doc[k].Info is { IsPronoun: true })
            {
                return _reader.ReadForward(k);
            }

            // "The BBC defended the show, saying …": the article and a name before the sentence's verb are the name.
            if (k == start && doc.IsWord(k, "the") && _reader.NameStartingAt(k + 1) >= 0 && _reader.ReadForward(k + 1) is { IsNone: false, Type: MentionType.Name } named
                && named.Last + 1 < v && ReportedSpeechFinder.IsSureVerb(doc, SkipModifiers(named.Last + 1, +1)))
            {
                return Possessed(named);
            }

            if (k == start || doc.IsWord(k, "the"))
            {
                // The sentence's own subject ("The club issued …, stating that …"), or a described speaker before a cue.
                var d = _reader.ReadForward(k);
                if (d.IsNone && k == start && SubjectPhraseAt(start, v) is { IsNone: false } phrase)
                {
                    return phrase; // "Both teachers unions condemned Governor Alan Pike …, saying": the unnamed subject speaks
                }

                if (!d.IsNone && (d.Type == MentionType.Description || d.Type == MentionType.Name && d.Kind == MentionKind.Person && k == start)
                    && (k == start || CueWords.IsCueVerb(doc, SkipModifiers(d.Last + 1, +1))))
                {
                    // "its chief executive, Tom Hale, apologized", "The EU's Aid Commissioner, Louis Michel, was quoted as
                    // saying": the appositive names the described speaker.
                    return AppositiveName(d.Last + 1) is { IsNone: false } person && person.Last < v ? person : d;
                }
            }
        }

        return Mention.None;
    }

    /// <summary>A noun phrase the word lists do not know that runs from <paramref name="start"/> to the clause's first verb, before <paramref name="v"/>; or none.</summary>
    private Mention SubjectPhraseAt(int start, int v)
    {
        var doc = _doc;
        for (int j = start + 1; j < v && j <= start + MaxSubjectPhraseTokens && doc[j].IsWord; j++)
        {
            // The verb: an auxiliary, an irregular past, a past in "-ed" or a finite speech verb ("condemned", "have", "said").
            if (!doc[j].Has(TokenFlags.Capitalized) && (doc[j].Info is { IsAuxiliary: true } or { IsFiniteVerb: true } || IsUnknownPastInEd(j)
                || CueWords.IsCueVerb(doc, j) && doc[j].Info!.VerbForm is VerbForm.Past))
            {
                int end = SkipModifiers(j - 1, -1);
                if (end < start)
                {
                    return Mention.None;
                }

                // People and groups, not things: "Investors", "Low-cost airlines", "Both teachers unions", and a capitalised
                // word the name finder left out ("Volkswagen also said"), unnamed; not "There", "Shares", "Prices" or
                // "Tensions" (non-speakers.txt).
                var phrase = _reader.ReadSubjectPhrase(end);
                var last = doc.Slice(end);
                bool plural = last.Length > 3 && last.EndsWith("s", StringComparison.Ordinal);
                bool people = !Lexicon.Shared.IsNonSpeaker(last)
                    && (doc[end].Info is { GroupKind: not MentionKind.None } || plural && (!doc[end].Has(TokenFlags.Capitalized) || doc[end].Has(TokenFlags.SentenceStart))
                        || phrase.Last == start && doc[start].IsCapitalizedWord && doc[start].Info is null && !plural);
                return !phrase.IsNone && phrase.First == start && people && !(phrase.Last == start && doc[start].Info is { IsNonName: true }) ? phrase : Mention.None;
            }

            if (_reader.NameStartingAt(j) >= 0)
            {
                return Mention.None; // "Tory leader Michael Howard said": the name is the subject
            }
        }

        return Mention.None;
    }

    /// <summary>
    /// Where the main clause of the sentence starting at <paramref name="start"/> begins, before token <paramref name="v"/>:
    /// past a dateline ("ORLANDO, Fla. (Reuters) -") and a fronted phrase a comma closes ("In an interview with journalist
    /// Matei Rosca, …", "When told Perez was in the Cabinet, …", "Speaking in Florida, …", "The next month, …"), whose
    /// names are not the subject. A sentence that opens with a quotation, or a start that is no sentence's, stays.
    /// </summary>
    private int MainClauseStart(int start, int v)
    {
        var doc = _doc;
        if (!doc[start].Has(TokenFlags.SentenceStart))
        {
            return start; // the look-back stopped inside a long sentence
        }

        // "In her first reaction, during a Channel 9 interview, Senator Ruth Kalman …": fronted phrases may follow each other.
        start = AfterDateline(start, v);
        for (int n = 0; n < MaxFrontedPhrases; n++)
        {
            int next = AfterFrontedPhrase(start, v);
            if (next == start)
            {
                break;
            }

            start = next;
        }

        return start;
    }

    /// <summary>The token after a fronted phrase at <paramref name="start"/> (see <see cref="MainClauseStart"/>), or <paramref name="start"/>.</summary>
    private int AfterFrontedPhrase(int start, int v)
    {
        var doc = _doc;
        if (start >= v || !doc[start].IsWord)
        {
            return start;
        }

        // "The next month, …", "A few minutes later they …": a time phrase ends with its noun, perhaps "later" or "ago";
        // "Two days after Tom Hale resigned, …" goes on into a subordinate clause that a comma closes.
        var time = _reader.ReadForward(start);
        if (!time.IsNone && time.Type == MentionType.Description && time.Head == time.Last && time.Last - time.First < MaxTimePhraseTokens
            && doc[time.Head].Info is { IsTimeWord: true })
        {
            int next = time.Last + 1;
            next += doc.IsWord(next, "later") || doc.IsWord(next, "earlier") || doc.IsWord(next, "ago") ? 1 : 0;
            if (doc.IsChar(next, ','))
            {
                return next + 1 < v ? next + 1 : start;
            }

            if (next >= v || doc[next].Info is not { Function: var f } || (f & (FunctionWord.Clause | FunctionWord.Preposition)) == 0)
            {
                return next < v ? next : start;
            }
        }
        else if (!IsFrontedPhraseStart(start))
        {
            return start;
        }

        for (int k = start + 1; k < v && k <= start + MaxFrontedPhraseTokens; k++)
        {
            if (doc[k].Kind == TokenKind.QuoteMark)
            {
                break;
            }

            if (doc.IsChar(k, ','))
            {
                // "On tape Mr Livingstone, who …, is heard": a name that is no preposition's object, right before the comma,
                // is the subject with an appositive, not the end of the phrase.
                if (_reader.NameEndingAt(k - 1) is >= 0 and var before && !IsObjectOfPhrase(_reader.NameAt(before).First))
                {
                    return start;
                }

                // "In Columbus, Ohio, Clinton said": a place's state or country goes with it.
                int next = k + 1;
                if (_reader.NameStartingAt(next) is >= 0 and var place && doc.IsChar(_reader.NameAt(place).Last + 1, ',') && _reader.NameEndingAt(k - 1) >= 0)
                {
                    next = _reader.NameAt(place).Last + 2;
                }

                return next < v ? next : start;
            }
        }

        return start;
    }

    /// <summary>
    /// The token after a dateline that opens the sentence at <paramref name="start"/>: a place in capitals, then a comma,
    /// its state, a date or the agency in brackets, and a dash ("ORLANDO, Fla. (Reuters) -", "LONDON, March 3 -",
    /// "WASHINGTON (AP) —", "(Reuters) -"); <paramref name="start"/> when there is none.
    /// </summary>
    private int AfterDateline(int start, int v)
    {
        var doc = _doc;
        int k = start;
        while (k < v && doc[k].Has(TokenFlags.AllCaps) && doc[k].Length > 1)
        {
            k++;
        }

        if (!(k > start || doc.IsChar(start, '(')) || !(doc.IsChar(k, ',') || doc.IsChar(k, '(') || doc[k].Kind == TokenKind.Dash))
        {
            return start;
        }

        for (; k < v && k < start + MaxDatelineTokens; k++)
        {
            if (doc[k].Kind == TokenKind.Dash)
            {
                return k + 1;
            }

            // Only capitalised words, numbers and one word in brackets: "NATO (the alliance) - led by …" is no dateline.
            if (doc[k].IsWord && !doc[k].Has(TokenFlags.Capitalized) || doc.IsChar(k, '(') && !doc.IsChar(k + 2, ')'))
            {
                return start;
            }
        }

        return start;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/>, first in its sentence, opens a phrase that a comma closes and that is no
    /// subject: a preposition or subordinator ("In", "When"), a time ("Last week") or a participle ("Speaking", "Asked").
    /// </summary>
    private bool IsFrontedPhraseStart(int k)
    {
        var doc = _doc;
        var w = doc.Slice(k);
        if (w is "And" or "But" or "Or" or "So" or "Yet" or "Nor")
        {
            return false; // "But Mr Lee said …, and said …": a coordinator opens the main clause itself.
        }

        if (doc[k].Info is { Function: var f } && (f & (FunctionWord.Preposition | FunctionWord.Clause | FunctionWord.Time)) != 0)
        {
            return true;
        }

        return IsParticiple(k);
    }

    /// <summary>
    /// The comma before "who", "whose" or "which" that opens a relative clause running from before token
    /// <paramref name="c"/> to the verb, within an appositive's reach in the sentence; or -1.
    /// </summary>
    private int RelativeCommaBefore(int c)
    {
        var doc = _doc;
        for (int r = c; r >= 1 && r > c - MaxAppositiveTokens && doc[r].Sentence == doc[c].Sentence; r--)
        {
            if (doc[r].Kind == TokenKind.QuoteMark || IsCoordinatingComma(r))
            {
                return -1;
            }

            if (doc.IsChar(r, ',') && r < c && doc[r + 1].IsWord && doc.Slice(r + 1) is "who" or "whose" or "which")
            {
                return r;
            }
        }

        return -1;
    }

    /// <summary>
    /// The phrase that holds a mention which is the object of a preposition or participle ("a woman in Worcester", "Darran
    /// Whiting of Liberty Baptist Church in Marion"), over a few such links; the mention itself when it is no object; or
    /// none when no phrase before the link can be read.
    /// </summary>
    private Mention OwnerOfObject(Mention m)
    {
        var doc = _doc;
        for (int hop = 0; hop < MaxPrepositionHops && !m.IsNone && IsObjectOfPhrase(m.First); hop++)
        {
            int link = doc.IsWord(m.First - 1, "the") ? m.First - 2 : m.First - 1;
            var owner = _reader.ReadBackward(link - 1);
            m = owner.IsNone ? OpeningPhrase(link - 1, minWords: 1) : owner; // "Six Gannett newspapers in New Jersey", "Research from Halifax"
        }

        return m.IsNone || IsObjectOfPhrase(m.First) || m.Type == MentionType.Pronoun ? Mention.None : m;
    }

    /// <summary>
    /// A noun phrase ending at <paramref name="end"/> that the word lists do not know but that opens the sentence ("The
    /// book", "Six Gannett newspapers", "Wine makers"); none for an adverb or a participle ("Looking further ahead"), nor
    /// for fewer than <paramref name="minWords"/> words (before a comma one word may be "However").
    /// </summary>
    private Mention OpeningPhrase(int end, int minWords = 2)
    {
        var doc = _doc;
        var phrase = _reader.ReadSubjectPhrase(end);
        return !phrase.IsNone && phrase.Last - phrase.First + 1 >= minWords && doc[phrase.First].Has(TokenFlags.SentenceStart) && !IsParticiple(phrase.First)
            && !doc.Slice(phrase.First).EndsWith("ly", StringComparison.Ordinal) ? phrase : Mention.None;
    }

    /// <summary>Whether token <paramref name="c"/> is a comma before "and", "but", "or" or "so": a clause follows, not an appositive.</summary>
    private bool IsCoordinatingComma(int c) =>
        _doc.IsChar(c, ',') && c + 1 < _doc.Count && _doc[c + 1].IsWord && _doc.Slice(c + 1) is "and" or "but" or "or" or "so";

    /// <summary>
    /// Whether the mention starting at <paramref name="first"/> is the object of a preposition or a participle ("in
    /// Columbus", "facing Obama"), perhaps after "the".
    /// </summary>
    private bool IsObjectOfPhrase(int first)
    {
        var doc = _doc;
        int k = doc.IsWord(first - 1, "the") ? first - 2 : first - 1;
        if (k < 0 || !doc[k].IsWord || doc[k].Sentence != doc[first].Sentence)
        {
            return false;
        }

        if (doc[k].Info is { IsPreposition: true })
        {
            return true;
        }

        // An "-ing" participle governs a name right after it ("supporting Mr. Cruz", "Facing Obama, …", "After meeting
        // Obama") when it opens its phrase after a comma, a noun, a subordinator or the sentence start; "acting mayor Tom
        // Hale", "the ruling Sara Long" are modifiers, and "was announced Bob Neill" ends a clause.
        return IsParticiple(k) && doc.Slice(k).EndsWith("ing", StringComparison.Ordinal) && (doc[first].IsCapitalizedWord || doc.IsDeterminer(first))
            && (doc[k].Has(TokenFlags.SentenceStart) || doc.IsChar(k - 1, ',') || k > 0 && doc[k - 1].Info is { Function: var f } && (f & (FunctionWord.Clause | FunctionWord.Preposition)) != 0
                || k > 0 && doc[k - 1].IsWord && !doc[k - 1].Has(TokenFlags.Capitalized) && !doc.IsDeterminer(k - 1));
    }

    /// <summary>Whether the word at <paramref name="j"/> is a past in "-ed" the word lists do not know ("condemned").</summary>
    private bool IsUnknownPastInEd(int j)
    {
        var w = _doc.Slice(j);
        return _doc[j].Info is null && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>Whether the word at <paramref name="k"/> reads as a participle: "-ing" or "-ed" and no name ("Speaking", "Asked", "supporting").</summary>
    private bool IsParticiple(int k)
    {
        var w = _doc.Slice(k);
        return w.Length >= 5 && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) && _reader.NameStartingAt(k) < 0;
    }

    /// <summary>From a ')' skips back over "(R-Wis.)" to the token before '('; otherwise returns <paramref name="k"/>.</summary>
    private int SkipParenthetical(int k)
    {
        if (!_doc.IsChar(k, ')'))
        {
            return k;
        }

        for (int c = k - 1; c >= 0 && c > k - 12; c--)
        {
            if (_doc.IsChar(c, '('))
            {
                return c - 1;
            }
        }

        return k;
    }

    /// <summary>Whether the verb at <paramref name="v"/> is a past participle after a form of "be": "was announced".</summary>
    public bool IsPassive(int v)
    {
        for (int k = v - 1; k >= 0 && k >= v - 3 && CueWords.IsVerbModifier(_doc, k); k--)
        {
            if (_doc.Slice(k) is "was" or "were" or "is" or "are" or "been" or "be")
            {
                return _doc[v].Info is { VerbForm: VerbForm.Past };
            }
        }

        return false;
    }

    private static bool IsPreposition(Document doc, int k) =>
        (uint)k < (uint)doc.Count && doc[k].IsWord && doc.Slice(k) is "in" or "at" or "for" or "of" or "with" or "from" or "on" or "behind";

    private int SkipModifiers(int k, int step)
    {
        for (int n = 0; n < 3 && CueWords.IsVerbModifier(_doc, k); n++)
        {
            k += step;
        }

        return k;
    }

    /// <summary>From the comma after a name, skips ", a doctor at the clinic," and returns the token after the closing comma.</summary>
    private int SkipAppositive(int comma)
    {
        for (int c = comma + 1; c < _doc.Count && c < comma + MaxAppositiveTokens; c++)
        {
            if (_doc.IsChar(c, ','))
            {
                return c + 1;
            }

            if (_doc[c].Kind is TokenKind.QuoteMark || CueWords.IsCueVerb(_doc, c))
            {
                break;
            }
        }

        return comma;
    }
}
