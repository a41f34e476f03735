using QuoteAttribution.Cues;

namespace QuoteAttribution.Text;

/// <summary>
/// The word lists embedded in the assembly (Resources/*), merged into one case-insensitive table keyed by word form.
/// Loaded once per process; immutable and thread-safe after that.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly AsciiWordTable _asciiWords;
    private readonly Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _phrasals;
    private readonly string[] _particles;

    // "in" and "on" are particles ("weigh in", "go on"): IsParticle runs on every short word of a document, and
    // FindPhrasal on the word before every "in", so both say no quickly to words that cannot match.
    private readonly WordShapeFilter _particleShapes;
    private readonly WordShapeFilter _phrasalShapes;
    private readonly WordShapeFilter _firstNameShapes;

    // Kept apart from the word table: a word entry changes how many rules read a word ("costs" would stop being a verb).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nonSpeakers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _dataNouns;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _documentMakers;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _dataProviders;

    // Apart for the same reason: "Mark", "Grant" and "Rose" are words of the text as well.
    private readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> _firstNames;

    private readonly string[][] _infinitiveLeads;

    private Lexicon(Dictionary<string, WordInfo> words, Dictionary<string, WordInfo> phrases, Dictionary<string, WordInfo> phrasals, string[] countries, HashSet<string> nonSpeakers, HashSet<string> dataNouns, HashSet<string> documentMakers, HashSet<string> dataProviders, Dictionary<string, char> firstNames, string[][] infinitiveLeads)
    {
        _dataProviders = dataProviders.GetAlternateLookup<ReadOnlySpan<char>>();
        _infinitiveLeads = infinitiveLeads;
        _nonSpeakers = nonSpeakers.GetAlternateLookup<ReadOnlySpan<char>>();
        _dataNouns = dataNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        _documentMakers = documentMakers.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstNames = firstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstNameShapes = new WordShapeFilter(firstNames.Keys); // most surnames and company words fail its bit tests
        // A plain dictionary, never written after load: building a frozen one cost more start-up time (tens of
        // milliseconds) than its faster lookups save on a typical run.
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _asciiWords = new AsciiWordTable(words);
        _phrases = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrasals = phrasals.GetAlternateLookup<ReadOnlySpan<char>>();
        var particles = new List<string>();
        foreach (var entry in phrasals.Values)
        {
            if (!particles.Contains(entry.Particle!, StringComparer.OrdinalIgnoreCase))
            {
                particles.Add(entry.Particle!);
            }
        }

        _particles = [.. particles];
        _particleShapes = new WordShapeFilter(_particles);
        _phrasalShapes = new WordShapeFilter(phrasals.Keys);

        Countries = countries;
    }

    public static Lexicon Shared => Instance.Value;

    /// <summary>Gets the titles of an office (titles.txt rows that are no standing, honorific or peer's title).</summary>
    public Speakers.TitleSet OfficeTitles { get; private init; }

    /// <summary>Gets the country names of demonyms.tsv, indexed by <see cref="WordInfo.Country"/>.</summary>
    public string[] Countries { get; }

    public WordInfo? Find(ReadOnlySpan<char> word)
    {
        var info = _asciiWords.Find(word, out bool ascii);
        return ascii ? info : _words.TryGetValue(word, out info) ? info : null;
    }

    /// <summary>Gets the length of the longest particle, so a reader of every word can skip longer ones without a call.</summary>
    public int LongestParticle => _particleShapes.Longest;

    /// <summary>Whether a word is the particle of a phrasal verb of cue-verbs.tsv ("out", "back").</summary>
    public bool IsParticle(ReadOnlySpan<char> word)
    {
        if (!_particleShapes.MayContain(word))
        {
            return false;
        }

        foreach (string particle in _particles)
        {
            if (word.Equals(particle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entry of a verb form with its particle ("pointed" + "out"), or <see langword="null"/>.</summary>
    public WordInfo? FindPhrasal(ReadOnlySpan<char> verb, ReadOnlySpan<char> particle) =>
        _phrasalShapes.MayContain(verb) && _phrasals.TryGetValue(verb, out var info) && particle.Equals(info.Particle, StringComparison.OrdinalIgnoreCase) ? info : null;

    /// <summary>Whether the plural names things that never speak ("shares", "prices"; non-speakers.txt).</summary>
    public bool IsNonSpeaker(ReadOnlySpan<char> word) => _nonSpeakers.Contains(word);

    /// <summary>Whether the plural names figures, which report no one's words ("numbers", "tests"; non-speakers.txt, "data").</summary>
    public bool IsDataNoun(ReadOnlySpan<char> word) => _dataNouns.Contains(word);

    /// <summary>Whether the participle makes a document, so "by" after it names the author ("carried out by", "commissioned by"; document-makers.txt).</summary>
    public bool IsDocumentMaker(ReadOnlySpan<char> word) => _documentMakers.Contains(word);

    /// <summary>Whether the name is a data provider's of data-providers.txt ("Gartner", "Office for National Statistics").</summary>
    public bool IsDataProvider(ReadOnlySpan<char> name) => _dataProviders.Contains(name);

    /// <summary>The gender ('m' or 'f') of a first name of first-names.tsv ("Kate", "Vladimir"), or '\0'.</summary>
    public char FirstNameGender(ReadOnlySpan<char> name) => _firstNameShapes.MayContain(name) && _firstNames.TryGetValue(name, out char gender) ? gender : '\0';

    /// <summary>
    /// The number of words of the longest phrase of infinitive-leads.txt that ends right before token <paramref name="to"/>
    /// ("went on" before "to say"), or 0: the speaker of the infinitive is the subject before that phrase.
    /// </summary>
    public int InfinitiveLeadBefore(Document doc, int to)
    {
        int best = 0;
        foreach (string[] lead in _infinitiveLeads)
        {
            int first = to - lead.Length;
            if (lead.Length <= best || first < 0)
            {
                continue;
            }

            bool match = true;
            for (int i = 0; i < lead.Length && match; i++)
            {
                match = doc[first + i].IsWord && doc.Slice(first + i).Equals(lead[i], StringComparison.OrdinalIgnoreCase);
            }

            best = match ? lead.Length : best;
        }

        return best;
    }

    /// <summary>Looks up a phrase of several words written with single spaces ("prime minister", "truth social").</summary>
    public WordInfo? FindPhrase(ReadOnlySpan<char> phrase) => _phrases.TryGetValue(phrase, out var info) ? info : null;

    private static Lexicon Load()
    {
        var words = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        var phrasals = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);

        WordInfo Get(string form)
        {
            form = form.TrimEnd('.'); // Tokens are looked up without an abbreviation's final period.
            var table = form.Contains(' ', StringComparison.Ordinal) ? phrases : words;
            if (!table.TryGetValue(form, out var info))
            {
                info = new WordInfo();
                table[form] = info;
            }

            if (!ReferenceEquals(table, words))
            {
                Get(form[..form.IndexOf(' ', StringComparison.Ordinal)]).StartsPhrase = true;
            }

            return info;
        }

        foreach (string[] row in ReadRows("cue-verbs.tsv"))
        {
            var cueClass = Enum.Parse<CueClass>(row[1], ignoreCase: true);
            var flags = CueFlags.None;
            foreach (char f in row[2])
            {
                flags |= f switch
                {
                    't' => CueFlags.ThatClause,
                    'c' => CueFlags.BareClause,
                    'o' => CueFlags.IndirectObject,
                    'q' => CueFlags.DirectQuote,
                    'n' => CueFlags.NounObject,
                    'w' => CueFlags.WhClause,
                    'l' => CueFlags.ListenerAfter,
                    'm' => CueFlags.NounForms,
                    'f' => CueFlags.OwnsFragments,
                    'v' => CueFlags.NamesObject,
                    _ => throw new InvalidDataException($"cue-verbs.tsv: unknown flag '{f}' for '{row[0]}'."),
                };
            }

            string[] forms = row[3].Split(',');
            int space = row[0].IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                // A phrasal verb ("point out"): its forms get a second entry, which a token takes when the particle follows.
                string particle = row[0][(space + 1)..];
                for (int i = 0; i < forms.Length; i++)
                {
                    phrasals.TryAdd(forms[i], new WordInfo { Cue = cueClass, CueFlags = flags, VerbForm = FormOf(forms[i], forms[0], i), Particle = particle });
                }

                continue;
            }

            for (int i = 0; i < forms.Length; i++)
            {
                if (forms[i] == "-")
                {
                    continue; // a form that is mostly a noun ("brand", "brands") is left out
                }

                var info = Get(forms[i]);
                if (info.Cue != CueClass.None)
                {
                    continue; // The first verb to claim a form keeps it (lists put the common reading first).
                }

                info.Cue = cueClass;
                info.CueFlags = flags;
                info.VerbForm = FormOf(forms[i], forms[0], i);
            }
        }

        foreach (string[] row in ReadRows("pronouns.txt"))
        {
            var info = Get(row[0]);
            info.IsPronoun = true;
            info.PronounPlural = row[1] == "p";
            info.Gender = row[2][0];
            info.HoldsVerb = row[0].AsSpan().IndexOfAny('\'', '\u2019') >= 0;
        }

        int titleCount = 0;
        var titleRows = ReadRows("titles.txt");
        foreach (string[] row in titleRows)
        {
            var info = Get(row[0]);
            info.IsTitle = true;
            if (row.Length <= 3 && info.TitleIndex < 0)
            {
                info.TitleIndex = titleCount < Speakers.TitleSet.Capacity ? titleCount++
                    : throw new InvalidOperationException($"titles.txt holds more than {Speakers.TitleSet.Capacity} titles.");
            }

            if (row.Length > 1 && row[1] != "-")
            {
                info.Gender = row[1][0];
            }

            string[] marks = row.Length > 2 ? row[2].Split(',') : [];
            CheckMarks("titles.txt", row[0], marks, "honorific", "address", "peer", "organisation", "epithet", "office", "territorial");
            info.IsHonorific |= marks.Contains("honorific");
            info.IsAddress |= marks.Contains("address");
            info.IsPeerage |= marks.Contains("peer");
            info.IsOrganisationRole |= marks.Contains("organisation");
            info.IsEpithet |= marks.Contains("epithet");
            info.IsOffice |= marks.Contains("office");
            info.IsTerritorial |= marks.Contains("territorial");
        }

        // The titles of an office ("coach", "prosecutor"), as against a standing ("champion") or a form of address ("Mr"):
        // a standing never stands for someone who holds one.
        var offices = default(Speakers.TitleSet);
        foreach (string[] row in titleRows)
        {
            var info = Get(row[0]);
            if (info.TitleIndex >= 0 && !info.IsEpithet && !info.IsHonorific && !info.IsPeerage)
            {
                offices.Add(info.TitleIndex);
            }
        }

        foreach (string[] row in titleRows)
        {
            if (row.Length > 3)
            {
                // "sen." is the title "senator": "Sen. Graham … the senator said".
                int full = Get(row[3]).TitleIndex;
                Get(row[0]).TitleIndex = full >= 0 ? full : throw new InvalidOperationException($"titles.txt: '{row[0]}' abbreviates '{row[3]}', which is no title of the list.");
            }
        }

        var countries = new List<string>();
        foreach (string[] row in ReadRows("demonyms.tsv"))
        {
            int index = countries.Count;
            countries.Add(row[0]);
            Get(row[0]).Country = index;
            foreach (string word in row[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var info = Get(word);
                info.Country = index;
                info.IsDemonym = true;
            }

            foreach (string word in row[2].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                Get(word).Country = index;
            }

            foreach (string word in row.Length > 3 ? row[3].Split(',', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                var info = Get(word);
                info.Country = index;
                info.IsPersonDemonym = true;
                info.Gender = word.EndsWith("woman", StringComparison.Ordinal) ? 'f' : word.EndsWith("man", StringComparison.Ordinal) ? 'm' : info.Gender;
            }
        }

        foreach (string[] row in ReadRows("non-names.txt"))
        {
            Get(row[0]).IsNonName = true;
        }

        foreach (string[] row in ReadRows("abbreviations.txt"))
        {
            bool beforeNumber = row[0].EndsWith('#');
            bool endsBeforeCapital = row[0].EndsWith('@');
            var info = Get(row[0].TrimEnd('#', '@'));
            info.IsAbbreviation = true;
            info.AbbreviatesBeforeNumber = beforeNumber;
            info.EndsSentenceBeforeCapital = endsBeforeCapital;
        }

        foreach (string[] row in ReadRows("speaking-groups.txt"))
        {
            var group = Get(row[0]);
            group.GroupKind = Enum.Parse<MentionKind>(row[1], ignoreCase: true);
            string[] marks = row.Length > 2 ? row[2].Split(',') : [];
            CheckMarks("speaking-groups.txt", row[0], marks, "document", "refers", "named", "inside", "state", "press");
            group.IsDocument = marks.Contains("document");
            group.RefersToOrganisation = marks.Contains("refers");
            group.RefersToNamedOrganisation = marks.Contains("named");
            group.NamedInside = marks.Contains("inside");
            group.IsStateBody = marks.Contains("state");
            group.IsPressNoun = marks.Contains("press");
        }

        foreach (string[] row in ReadRows("org-words.txt"))
        {
            var word = Get(row[0]);
            word.IsOrgWord = true;
            string[] marks = row.Length > 1 ? row[1].Split(',') : [];
            CheckMarks("org-words.txt", row[0], marks, "company", "press");
            word.NamesCompany = marks.Contains("company");
            word.NamesPaper = marks.Contains("press");
        }

        foreach (string[] row in ReadRows("title-cues.txt"))
        {
            Get(row[0]).IntroducesTitle = true;
        }

        foreach (string[] row in ReadRows("cue-phrases.txt"))
        {
            Get(row[0]).IsCuePhrase = true;
            Get(row[0][..row[0].IndexOf(' ', StringComparison.Ordinal)]).StartsCuePhrase = true;
        }

        foreach (string[] row in ReadRows("function-words.tsv"))
        {
            var info = Get(row[0]);
            foreach (string c in row[1].Split(','))
            {
                info.Function |= Enum.Parse<FunctionWord>(c, ignoreCase: true);
            }
        }

        foreach (string[] row in ReadRows("clause-nouns.txt"))
        {
            Get(row[0]).TakesClause = true;
        }

        foreach (string[] row in ReadRows("speech-nouns.txt"))
        {
            Get(row[0]).IsSpeechNoun = true;
        }

        foreach (string[] row in ReadRows("platforms.txt"))
        {
            Get(row[0]).IsPlatform = true;
        }

        var nonSpeakers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var dataNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string[] row in ReadRows("non-speakers.txt"))
        {
            nonSpeakers.Add(row[0]);
            CheckMarks("non-speakers.txt", row[0], row[1..], "data");
            if (row.Length > 1 && row[1] == "data")
            {
                dataNouns.Add(row[0]);
            }
        }

        var documentMakers = new HashSet<string>(StringComparer.Ordinal);
        foreach (string[] row in ReadRows("document-makers.txt"))
        {
            documentMakers.Add(row[0]);
        }

        var firstNames = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase);
        foreach (string[] row in ReadRows("first-names.tsv"))
        {
            firstNames[row[0]] = row[1] is "m" or "f" ? row[1][0] : throw new InvalidDataException($"first-names.tsv: gender '{row[1]}' of '{row[0]}' is not m or f.");
        }

        var infinitiveLeads = new List<string[]>();
        foreach (string[] row in ReadRows("infinitive-leads.txt"))
        {
            infinitiveLeads.Add(row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        var dataProviders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string[] row in ReadRows("data-providers.txt"))
        {
            dataProviders.Add(row[0]);
        }

        return new Lexicon(words, phrases, phrasals, [.. countries], nonSpeakers, dataNouns, documentMakers, dataProviders, firstNames, [.. infinitiveLeads]) { OfficeTitles = offices };
    }

    private static VerbForm FormOf(string form, string lemma, int index) => index switch
    {
        0 => VerbForm.Base,
        _ when form.EndsWith("ing", StringComparison.Ordinal) => VerbForm.Gerund,
        _ when form.EndsWith('s') && form != lemma => VerbForm.ThirdPerson,
        _ => VerbForm.Past,
    };

    /// <summary>Rejects a mark a word list does not define, so a typo cannot switch a feature off unseen.</summary>
    private static void CheckMarks(string list, string word, string[] marks, params string[] known)
    {
        foreach (string mark in marks)
        {
            if (mark is not ("-" or "") && Array.IndexOf(known, mark) < 0)
            {
                throw new InvalidDataException($"{list}: unknown mark '{mark}' for '{word}'.");
            }
        }
    }

    private static List<string[]> ReadRows(string name)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("QuoteAttribution.Resources." + name)
            ?? throw new InvalidOperationException($"Embedded word list '{name}' is missing from {typeof(Lexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t', StringSplitOptions.TrimEntries));
        }

        return rows;
    }
}
