using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Speakers;
using QuoteAttribution.Text;

namespace QuoteAttribution.Attribution;

/// <summary>
/// Finds the cue and speaker of each direct quote: after it (<c>“…,” X said</c>), before it (<c>X said: “…”</c>),
/// as a label (<c>Kubiak: “…”</c>) or a headline (<c>Kremlin cautious …: ‘…’</c>). Quotes with none of these are left
/// for the continuation rule, applied in reading order by the pipeline.
/// </summary>
internal static class DirectQuoteAttributor
{
    private const int MaxListenerTokens = 10;
    private const int MaxClauseLookahead = 40;
    private const int MaxTrailingTokens = 25;
    private const int MaxLabelWords = 4;
    private const int MaxIssueTokens = 5;
    private const int MaxPossessorTokens = 3;

    /// <summary>
    /// Attributes the direct quotes among <paramref name="candidates"/> from index <paramref name="candidatesFrom"/>
    /// up to <paramref name="candidatesTo"/> (exclusive; the end of the list by default), appending to <paramref name="records"/>.
    /// </summary>
    public static void Attribute(Document doc, SpeakerLocator locator, MentionReader reader, List<QuoteCandidate> candidates, List<QuoteRecord> records, int candidatesFrom = 0, int candidatesTo = int.MaxValue)
    {
        var text = doc.Text.AsSpan();
        candidatesTo = Math.Min(candidatesTo, candidates.Count);
        for (int q = candidatesFrom; q < candidatesTo; q++)
        {
            var c = candidates[q];
            if (c.Shape != QuoteShape.Direct)
            {
                continue;
            }

            int openParagraph = doc.ParagraphOf(c.Open);
            int closeParagraph = doc.ParagraphOf(c.Close);
            char last = text[c.ContentEnd - 1];
            bool continues = last is ',' or '?' or '!' or '\u2014' or '-' || (c.Close + 1 < doc.Count && doc.ParagraphOf(c.Close + 1) == closeParagraph && !doc[c.Close + 1].Has(TokenFlags.SentenceStart));

            var match = CueMatch.None;
            var method = AttributionMethod.None;

            // "Clinton famously responded: “…?” Her critics cited it …": a cue before the colon beats a new sentence's.
            if (continues && doc.IsChar(c.Open - 1, ':') && c.Close + 1 < doc.Count && doc[c.Close + 1].Has(TokenFlags.SentenceStart))
            {
                match = locator.Before(c.Open - 1, openParagraph);
                continues = match.CueLast < 0;
            }

            if (continues)
            {
                match = locator.After(c.Close + 1, closeParagraph);
                if (last is '.' or '?' or '!' && match.CueLast >= 0 && TakesClause(doc, locator, match))
                {
                    match = CueMatch.None; // "“It was hard.” Laporte will announce his line-up": a new sentence
                }
            }

            // Look back only into the quote's own sentence: a quote that opens a sentence is introduced by ':' or ','.
            bool introduced = !doc[c.Open].Has(TokenFlags.SentenceStart) || doc.IsChar(c.Open - 1, ':') || doc.IsChar(c.Open - 1, ',');
            if (!match.Found && introduced)
            {
                // "He said:⏎⏎“…”": a colon that ends the paragraph before introduces the quote that opens this one.
                match = locator.Before(c.Open - 1, doc.IsChar(c.Open - 1, ':') ? doc.ParagraphOf(c.Open - 1) : openParagraph);
            }

            if (!match.Found && !continues)
            {
                // "“…” Peskov said." — but not "“…” Peskov said that …" or "Peskov said: “…”", which start new quotes.
                match = locator.After(c.Close + 1, closeParagraph);
                if (match.CueLast >= 0 && (IntroducesMore(doc, Math.Max(match.CueLast, match.Mention.Last) + 1) || TakesClause(doc, locator, match)))
                {
                    match = CueMatch.None;
                }
            }

            if (!match.Found && c.Close + 1 < doc.Count && doc[c.Close + 1].IsWord && doc[c.Close + 1].Sentence == doc[c.Close].Sentence)
            {
                match = TrailingCue(doc, locator, reader, c.Close + 1, closeParagraph);
            }

            if (!match.Found && doc.IsChar(c.Open - 1, ':') && doc.ParagraphOf(c.Open - 1) >= openParagraph - 1)
            {
                match = SpeechNounBefore(doc, locator, reader, c.Open - 1);
            }

            if (match.Found)
            {
                method = AttributionMethod.Explicit;
            }
            else if (doc.IsChar(c.Open - 1, ':') && doc.ParagraphOf(c.Open - 1) == openParagraph)
            {
                (match, method) = LabelOrHeadline(doc, reader, c.Open - 1);
            }
            else if (doc[c.Close + 1 < doc.Count ? c.Close + 1 : c.Close].Kind == TokenKind.Dash && c.Close + 2 < doc.Count)
            {
                // "“…” — Commissioner X": a signature line.
                var signed = reader.ReadForward(c.Close + 2);
                if (!signed.IsNone && signed.Type == MentionType.Name)
                {
                    match = new CueMatch { CueFirst = -1, CueLast = -1, Mention = signed };
                    method = AttributionMethod.Label;
                }
            }

            records.Add(new QuoteRecord
            {
                Kind = QuoteKind.Direct,
                Start = c.ContentStart,
                End = c.ContentEnd,
                Anchor = c.Open,
                Paragraph = closeParagraph,
                FirstToken = c.Open + 1,
                LastToken = c.Close - 1,
                Mention = match.Mention,
                Entity = -1,
                Entity2 = -1,
                CueFirst = match.CueFirst,
                CueLast = match.CueLast,
                Method = method,
                Candidate = q,
            });
        }
    }

    /// <summary>
    /// Whether the words after a cue that follows a closed quote report something of their own: "X said that …", "X
    /// said: “…”". Then the cue opens the next sentence, not the quote's attribution (see also <see cref="TakesClause"/>).
    /// </summary>
    private static bool IntroducesMore(Document doc, int k) =>
        k < doc.Count && (doc.IsChar(k, ':') || doc.IsWord(k, "that") || (doc[k].Kind == TokenKind.QuoteMark && doc.ParagraphOf(k) == doc.ParagraphOf(k - 1)));

    /// <summary>
    /// Whether a cue verb after its subject ("“….” Lord Falconer told BBC Radio 4 it was …", "“….” A spokesman said the
    /// group agreed …", "“….” Nair explained how …") goes on with a clause of its own, after its listener: then the cue
    /// opens a new sentence and reports that clause; the quote before goes on from the speaker before it (read by hand
    /// on BBC, that is who said it far more often). An inverted cue ("“….” said Lord Falconer, …") is the quote's.
    /// </summary>
    private static bool TakesClause(Document doc, SpeakerLocator locator, in CueMatch match)
    {
        if (match.Mention.IsNone || match.Mention.Last > match.CueFirst || doc[match.CueFirst].Info is not { } verb)
        {
            return false;
        }

        // A verb that takes no clause goes on with an object of its own ("“….” Prutton has apologised publicly for his
        // actions", "“….” He described the plan as …"): a new sentence; "“….” he apologised." closes the quote's.
        if ((verb.CueFlags & (CueFlags.ThatClause | CueFlags.BareClause | CueFlags.WhClause)) == 0)
        {
            int next = match.CueLast + 1;
            return next < doc.Count && doc[next].IsWord && doc[next].Sentence == doc[match.CueLast].Sentence && doc[next].Info is not { IsTimeWord: true };
        }

        // "“….” The task forces will report back …": a verb in the future or with a modal is no attribution.
        if (match.CueFirst > 0 && doc[match.CueFirst - 1].IsWord && CueWords.IsModal(doc.Slice(match.CueFirst - 1)))
        {
            return true;
        }

        int k = match.CueLast + 1;
        if ((verb.CueFlags & CueFlags.IndirectObject) != 0 && k < doc.Count && doc[k].IsWord && locator.ReadListener(k) is int listener and >= 0)
        {
            k = listener + 1;
        }

        // "“….” Guti told private radio station Cadena Ser: “…”" introduces the next quote.
        for (int j = k; j < doc.Count && j < k + MaxListenerTokens && doc[j].Kind != TokenKind.QuoteMark; j++)
        {
            if (doc.IsChar(j, ':'))
            {
                return true;
            }
        }

        if (k >= doc.Count || doc[k].Sentence != doc[match.CueLast].Sentence)
        {
            return false;
        }

        if ((verb.CueFlags & CueFlags.WhClause) != 0 && doc[k].IsWord && doc.Slice(k) is "how" or "why" or "what" or "whether" or "when" or "where")
        {
            return true; // "Nair explained how …"
        }

        if (k > match.CueLast + 1 && (doc.IsWord(k, "to") || doc.IsWord(k, "not") && doc.IsWord(k + 1, "to")))
        {
            return true; // "“….” The authority has told the government not to …": an instruction, a sentence of its own
        }

        // Bounded: the verb test reads a dozen words or so, and a sentence may be a whole unpunctuated document.
        int last = Math.Min(ReportedClause.SentenceOf(doc, k).Last, k + MaxClauseLookahead);

        // A clause needs a verb ("“….” Smith said 10 days ago." reports nothing more); an object that is no time also
        // makes the sentence a new one ("“….” Laporte will announce his line-up on Wednesday").
        return (ReportedSpeechFinder.StartsClause(doc, k) && ReportedSpeechFinder.HasFiniteVerb(doc, k, last))
            || (doc.IsDeterminer(k) && !ReportedSpeechFinder.HasTimeWord(doc, k, Math.Min(last, k + 2)));
    }

    /// <summary>
    /// "“…unlikely” that Sanders can catch Clinton, said Steve Elmendorf.", "“People were celebrating” before the
    /// incident, she said.": the writer's words run on after the quote to a cue that closes the sentence, which is the
    /// quote's; or none.
    /// </summary>
    private static CueMatch TrailingCue(Document doc, SpeakerLocator locator, MentionReader reader, int k, int paragraph)
    {
        // "“…” were his final words, investigators said": a quotation that is the subject of the writer's sentence is no
        // one's by that cue.
        if (doc[k].Info is { IsAuxiliary: true } or { IsFiniteVerb: true } || !doc[k].Has(TokenFlags.Capitalized) && doc[k].Info is null && doc.Slice(k).EndsWith("s", StringComparison.Ordinal))
        {
            return CueMatch.None;
        }

        // "“…,” Kirsten Pfeifer from the CEA, told the BBC.": a name right after the quote, perhaps with its "from"
        // phrase, and a stray comma before the verb.
        var lead = reader.ReadForward(k);
        for (int j = k; j < doc.Count && j < k + MaxTrailingTokens && doc[j].Sentence == doc[k].Sentence && doc[j].Kind != TokenKind.QuoteMark; j++)
        {
            if (!doc.IsChar(j, ','))
            {
                continue;
            }

            bool named = !lead.IsNone && lead.Type == MentionType.Name && (lead.Last == j - 1 || lead.Last + 1 < j && doc[lead.Last + 1].IsWord && doc.Slice(lead.Last + 1) is "of" or "from" or "at");
            if (named && CueWords.IsCueVerb(doc, j + 1) && doc[j + 1].Info!.VerbForm is VerbForm.Past or VerbForm.ThirdPerson)
            {
                return new CueMatch { CueFirst = j + 1, CueLast = CueWords.CueEnd(doc, j + 1), Mention = lead };
            }

            var match = locator.After(j, paragraph);
            if (match.CueLast < 0 || match.Mention.IsNone)
            {
                continue;
            }

            // "“…,” Mr Prettejohn, Lloyd's chief executive said.": a name whose appositive lacks its closing comma speaks.
            if (named && lead.Last == j - 1)
            {
                match.Mention = lead;
            }

            // The cue ends the sentence, perhaps after the speaker's appositive ("…, said Tom Brandt, a strategist.").
            for (int end = Math.Max(match.CueLast, match.Mention.Last) + 1; end < doc.Count && end < j + MaxTrailingTokens; end++)
            {
                if (doc[end].Sentence != doc[k].Sentence || doc.IsChar(end, '.'))
                {
                    return match;
                }

                if (doc[end].Kind == TokenKind.QuoteMark || CueWords.IsCueVerb(doc, end) || end == Math.Max(match.CueLast, match.Mention.Last) + 1 && !doc.IsChar(end, ','))
                {
                    break;
                }
            }

            return CueMatch.None;
        }

        return CueMatch.None;
    }

    /// <summary>
    /// "Clinton's response was: “…”", "Governor Tessa Marr issued the following statement:⏎⏎“…”": a noun for what was said
    /// before the colon is the cue; its possessor speaks, else the sentence's subject. None otherwise.
    /// </summary>
    private static CueMatch SpeechNounBefore(Document doc, SpeakerLocator locator, MentionReader reader, int colon)
    {
        int n = colon - 1;
        if (doc.IsWord(n, "was") || doc.IsWord(n, "is") || doc.IsWord(n, "were"))
        {
            n--;
        }

        if (n < 1 || !doc[n].IsWord || doc[n].Has(TokenFlags.Capitalized) || doc[n].Info is not { IsSpeechNoun: true })
        {
            return CueMatch.None;
        }

        // The possessor of the noun that opens the sentence: "Clinton's (first) response was:", "His answer:"; a few
        // adjectives may stand between. As an object ("Bell slammed Reed's comments: “…”") the words may be either's.
        for (int k = n - 1; k >= 0 && k >= n - MaxPossessorTokens && doc[k].Sentence == doc[n].Sentence; k--)
        {
            if (doc[k].Kind == TokenKind.Word && doc[k].Has(TokenFlags.Possessive) && reader.ReadBackward(k - 1) is { IsNone: false } owner)
            {
                return doc[owner.First].Has(TokenFlags.SentenceStart) ? new CueMatch { CueFirst = n, CueLast = n, Mention = owner } : CueMatch.None;
            }

            if (doc[k].Info is { IsPossessivePronoun: true })
            {
                var pronoun = reader.ReadForward(k);
                return pronoun.IsNone || !doc[k].Has(TokenFlags.SentenceStart) ? CueMatch.None : new CueMatch { CueFirst = n, CueLast = n, Mention = pronoun };
            }

            if (!doc[k].IsWord || doc[k].Has(TokenFlags.Capitalized) && !doc[k].Has(TokenFlags.SentenceStart))
            {
                break;
            }
        }

        // "Governor Tessa Marr issued the following statement:": the subject of a verb that issues words, nothing else
        // ("Voters face a simple question:").
        for (int k = n - 1; k >= 0 && k >= n - MaxIssueTokens && doc[k].Sentence == doc[n].Sentence; k--)
        {
            if (doc[k].IsWord && doc.Slice(k) is "issued" or "released" or "gave" or "made" or "sent" or "posted" or "delivered" or "offered" or "had")
            {
                var subject = locator.MainSubject(k);
                return subject.IsNone ? CueMatch.None : new CueMatch { CueFirst = n, CueLast = n, Mention = subject };
            }
        }

        return CueMatch.None;
    }

    /// <summary>
    /// The first token of a label of one to four capitalised words that opens a sentence and ends at the colon
    /// <paramref name="colon"/> ("Reid:", "Dana Holt:"), or -1.
    /// </summary>
    private static int HeadlineLabelStart(Document doc, int colon)
    {
        for (int k = colon - 1; k >= 0 && k >= colon - MaxLabelWords; k--)
        {
            if (!doc[k].IsCapitalizedWord || doc[k].Length < 2 || doc[k].Info is { Function: not FunctionWord.None } or { IsPronoun: true } or { IsNonName: true })
            {
                return -1;
            }

            if (doc[k].Has(TokenFlags.SentenceStart))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether token <paramref name="first"/> opens its sentence, perhaps after capitalised words and roles ("BBC Two controller Roly Keating: …").</summary>
    private static bool OpensWithRole(Document doc, int first)
    {
        int k = first;
        while (!doc[k].Has(TokenFlags.SentenceStart))
        {
            if (k == 0 || first - k >= MaxLabelWords || !doc[k - 1].IsWord || !(doc[k - 1].IsCapitalizedWord || doc[k - 1].Info is { IsTitle: true }))
            {
                return false;
            }

            k--;
        }

        return true;
    }

    /// <summary>"Kubiak: “…”" (a label) or "Kremlin cautious after …: ‘…’" (a headline whose subject speaks).</summary>
    private static (CueMatch Match, AttributionMethod Method) LabelOrHeadline(Document doc, MentionReader reader, int colon)
    {
        // "Kubiak: “…”", "From Chairwoman Y: “…”", "SUBURBS SWING LEFT - Mark Feld and Ana Ruiz: “…”" (a newsletter's topic).
        var label = reader.ReadBackward(colon - 1);
        if (!label.IsNone && label.Type == MentionType.Name && (OpensWithRole(doc, label.First) || label.First > 0 && doc[label.First - 1].Kind == TokenKind.Dash
            || (doc.IsWord(label.First - 1, "from") && doc[label.First - 1].Has(TokenFlags.SentenceStart))))
        {
            return (new CueMatch { CueFirst = -1, CueLast = -1, Mention = label }, AttributionMethod.Label);
        }

        // "Dana Holt: 'We Will Win Every County.'": a headline's label names whom the body names; the resolver looks it up.
        if (HeadlineLabelStart(doc, colon) is int first and >= 0)
        {
            return (new CueMatch { CueFirst = -1, CueLast = -1, Mention = Mention.HeadlineName(first, colon - 1) }, AttributionMethod.Label);
        }

        int start = colon;
        while (start > 0 && doc[start - 1].Sentence == doc[colon].Sentence)
        {
            start--;
        }

        if (!doc[start].Has(TokenFlags.ParagraphStart) || colon - start > 20)
        {
            return (CueMatch.None, AttributionMethod.None);
        }

        int name = reader.NameStartingAt(start);
        if (name < 0 && doc.IsWord(start, "the"))
        {
            name = reader.NameStartingAt(start + 1);
        }

        return name >= 0
            ? (new CueMatch { CueFirst = -1, CueLast = -1, Mention = reader.ReadForward(doc.IsWord(start, "the") ? start + 1 : start) }, AttributionMethod.Headline)
            : (CueMatch.None, AttributionMethod.None);
    }
}
