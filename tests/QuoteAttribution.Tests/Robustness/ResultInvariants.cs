using System.Globalization;
using System.Text;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// The structural guarantees every <see cref="QuoteExtractionResult"/> must meet, whatever the input.
/// <see cref="Violations"/> lists every broken rule (empty when the result is sound); <see cref="AssertHold"/> fails a test with them.
/// </summary>
internal static class ResultInvariants
{
    private const int MaxReported = 20;

    /// <summary>Fails with every broken rule, except the known engine bugs listed in <see cref="KnownEngineIssues"/>.</summary>
    public static void AssertHold(string text, QuoteExtractionResult result, QuoteExtractorOptions? options = null) =>
        AssertHold(text, result, options, strict: false);

    /// <summary>Fails with every broken rule; <paramref name="strict"/> counts the known engine bugs too.</summary>
    public static void AssertHold(string text, QuoteExtractionResult result, QuoteExtractorOptions? options, bool strict)
    {
        var violations = Violations(text, result, options);
        if (!strict)
        {
            violations = KnownEngineIssues.WithoutKnown(violations);
        }

        if (violations.Count > 0)
        {
            throw new InvariantViolationException(
                $"{violations.Count} invariant violation(s) for input {Describe.Input(text)}:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", violations.Take(MaxReported)));
        }
    }

    /// <summary>Returns the broken rules, each as one line naming the rule and the offending item.</summary>
    public static List<string> Violations(string text, QuoteExtractionResult result, QuoteExtractorOptions? options = null)
    {
        var v = new List<string>();
        if (result is null)
        {
            v.Add("result is null");
            return v;
        }

        if (!string.Equals(result.Text, text, StringComparison.Ordinal))
        {
            v.Add("result.Text differs from the input");
        }

        if (result.Quotes.IsDefault || result.Speakers.IsDefault || result.NonQuotes.IsDefault)
        {
            v.Add("a collection of the result is a default ImmutableArray");
            return v;
        }

        CheckQuotes(text, result, options, v);
        CheckSpeakers(text, result, v);
        for (int i = 0; i < result.NonQuotes.Length; i++)
        {
            CheckSpan(text, result.NonQuotes[i], $"NonQuotes[{i}]", v);
        }

        if (options is { ReportNonQuotes: false } && result.NonQuotes.Length > 0)
        {
            v.Add($"NonQuotes has {result.NonQuotes.Length} span(s) although ReportNonQuotes is off");
        }

        return v;
    }

    private static void CheckQuotes(string text, QuoteExtractionResult result, QuoteExtractorOptions? options, List<string> v)
    {
        var quotes = result.Quotes;
        var speakerQuotes = result.Speakers
            .Select(s => s is null || s.Quotes.IsDefault ? [] : new HashSet<Quote>(s.Quotes.Where(x => x is not null)))
            .ToArray();
        var open = new Stack<(int Index, TextSpan Span, QuoteKind Kind)>();
        for (int i = 0; i < quotes.Length; i++)
        {
            var q = quotes[i];
            if (q is null)
            {
                v.Add($"Quotes[{i}] is null");
                continue;
            }

            string at = $"Quotes[{i}] {q.Kind} {q.Span}";

            if (CheckSpan(text, q.Span, at, v))
            {
                string actual = SafeText(() => q.Text, out string? error);
                if (error is not null)
                {
                    v.Add($"{at}: Text threw {error}");
                }
                else if (!string.Equals(actual, text.Substring(q.Span.Start, q.Span.Length), StringComparison.Ordinal))
                {
                    v.Add($"{at}: Text {Describe.Input(actual)} differs from the input at the span");
                }
            }

            if (!Enum.IsDefined(q.Kind))
            {
                v.Add($"{at}: Kind {(int)q.Kind} is not a defined QuoteKind");
            }

            if (!Enum.IsDefined(q.Method))
            {
                v.Add($"{at}: Method {(int)q.Method} is not a defined AttributionMethod");
            }

            if (double.IsNaN(q.Confidence) || q.Confidence < 0 || q.Confidence > 1)
            {
                v.Add($"{at}: Confidence {q.Confidence.ToString(CultureInfo.InvariantCulture)} is outside [0, 1]");
            }

            if (q.Mention is { } m)
            {
                CheckMention(text, m, $"{at} Mention", v);
            }

            if (q.Cue is { } c)
            {
                if (CheckSpan(text, c.Span, $"{at} Cue", v))
                {
                    CheckWritten(text, c.Text, c.Span, $"{at} Cue", v);
                }
            }

            CheckAttribution(result, speakerQuotes, q, i, at, v);

            if (options is not null)
            {
                if (q.Confidence < options.MinimumConfidence)
                {
                    v.Add($"{at}: Confidence {q.Confidence.ToString(CultureInfo.InvariantCulture)} is below MinimumConfidence {options.MinimumConfidence.ToString(CultureInfo.InvariantCulture)}");
                }

                if (!options.IncludeIndirect && q.Kind == QuoteKind.Indirect)
                {
                    v.Add($"{at}: an indirect quote although IncludeIndirect is off");
                }

                if (!options.IncludePartial && q.Kind == QuoteKind.Partial)
                {
                    v.Add($"{at}: a partial quote although IncludePartial is off");
                }

                if (q.Span.Length > options.MaxQuoteLength && q.Span.End <= text.Length && q.Span.Start >= 0
                    && text.AsSpan(q.Span.Start, q.Span.Length).IndexOfAny('\n', '\r') >= 0)
                {
                    v.Add($"{at}: a quote of {q.Span.Length} code units runs across a paragraph break although MaxQuoteLength is {options.MaxQuoteLength}");
                }
            }

            // Document order, and spans that either nest or stay apart.
            if (i > 0 && quotes[i - 1] is { } prev && prev.Span.Start > q.Span.Start)
            {
                v.Add($"{at}: starts before the previous quote {prev.Span} (quotes are not in document order)");
            }

            while (open.Count > 0 && open.Peek().Span.End <= q.Span.Start)
            {
                open.Pop();
            }

            if (open.Count > 0)
            {
                var (outerIndex, outer, outerKind) = open.Peek();
                bool nested = outer.Contains(q.Span) || (q.Span.Contains(outer) && q.Span.Start == outer.Start);
                if (!nested && outer.Overlaps(q.Span))
                {
                    v.Add($"{at}: partially overlaps Quotes[{outerIndex}] {outerKind} {outer}");
                }
            }

            if (q.Span.Length > 0)
            {
                open.Push((i, q.Span, q.Kind));
            }
        }
    }

    private static void CheckAttribution(QuoteExtractionResult result, HashSet<Quote>[] speakerQuotes, Quote q, int i, string at, List<string> v)
    {
        var speakers = result.Speakers;
        if (q.SpeakerIds.IsDefault)
        {
            v.Add($"{at}: SpeakerIds is a default ImmutableArray");
            return;
        }

        foreach (int id in q.SpeakerIds)
        {
            if ((uint)id >= (uint)speakers.Length)
            {
                v.Add($"{at}: SpeakerIds holds {id}, which does not index Speakers (count {speakers.Length})");
            }
            else if (speakers[id] is { } s && !speakerQuotes[id].Contains(q))
            {
                v.Add($"{at}: speaker {id} ({s.Name}) of SpeakerIds does not list the quote in its Quotes");
            }
        }

        if (q.SpeakerId is not int speakerId)
        {
            if (q.SpeakerIds.Length > 0)
            {
                v.Add($"{at}: SpeakerId is null but SpeakerIds holds {string.Join(",", q.SpeakerIds)}");
            }

            if (q.SpeakerName is not null)
            {
                v.Add($"{at}: SpeakerId is null but SpeakerName is {Describe.Input(q.SpeakerName)}");
            }

            return;
        }

        if ((uint)speakerId >= (uint)speakers.Length)
        {
            v.Add($"{at}: SpeakerId {speakerId} does not index Speakers (count {speakers.Length})");
            return;
        }

        var speaker = speakers[speakerId];
        if (speaker is null)
        {
            v.Add($"{at}: Speakers[{speakerId}] is null");
            return;
        }

        if (!speakerQuotes[speakerId].Contains(q))
        {
            v.Add($"{at}: speaker {speakerId} ({speaker.Name}) does not list Quotes[{i}] in its Quotes");
        }

        if (!q.SpeakerIds.Contains(speakerId))
        {
            v.Add($"{at}: SpeakerIds [{string.Join(",", q.SpeakerIds)}] does not contain SpeakerId {speakerId}");
        }

        if (string.IsNullOrWhiteSpace(q.SpeakerName))
        {
            v.Add($"{at}: SpeakerId is {speakerId} but SpeakerName is empty");
        }

        if (q.Method == AttributionMethod.None)
        {
            v.Add($"{at}: has SpeakerId {speakerId} but Method None");
        }
    }

    private static void CheckSpeakers(string text, QuoteExtractionResult result, List<string> v)
    {
        var quotes = result.Quotes;
        var quoteSet = new HashSet<Quote>(quotes.Where(x => x is not null));

        for (int s = 0; s < result.Speakers.Length; s++)
        {
            var speaker = result.Speakers[s];
            string at = $"Speakers[{s}]";
            if (speaker is null)
            {
                v.Add($"{at} is null");
                continue;
            }

            if (speaker.Id != s)
            {
                v.Add($"{at}: Id is {speaker.Id} (speakers must be ordered by Id and Id must index Speakers)");
            }

            if (string.IsNullOrWhiteSpace(speaker.Name))
            {
                v.Add($"{at}: Name is empty or whitespace");
            }

            if (speaker.Mentions.IsDefault || speaker.Quotes.IsDefault)
            {
                v.Add($"{at}: Mentions or Quotes is a default ImmutableArray");
                continue;
            }

            for (int m = 0; m < speaker.Mentions.Length; m++)
            {
                var mention = speaker.Mentions[m];
                if (mention is null)
                {
                    v.Add($"{at} Mentions[{m}] is null");
                    continue;
                }

                CheckMention(text, mention, $"{at} ({speaker.Name}) Mentions[{m}]", v);
                if (m > 0 && speaker.Mentions[m - 1] is { } before && before.Span.Start > mention.Span.Start)
                {
                    v.Add($"{at} Mentions[{m}] {mention.Span} comes before Mentions[{m - 1}] {before.Span} (not in document order)");
                }
            }

            for (int k = 0; k < speaker.Quotes.Length; k++)
            {
                var q = speaker.Quotes[k];
                if (q is null)
                {
                    v.Add($"{at} Quotes[{k}] is null");
                    continue;
                }

                if (!quoteSet.Contains(q))
                {
                    v.Add($"{at} Quotes[{k}] {q.Span} is not one of the result's Quotes");
                }

                if (q.SpeakerId != speaker.Id && !(!q.SpeakerIds.IsDefault && q.SpeakerIds.Contains(speaker.Id)))
                {
                    v.Add($"{at} Quotes[{k}] {q.Span} is attributed to {q.SpeakerId?.ToString(CultureInfo.InvariantCulture) ?? "nobody"}, not to speaker {speaker.Id}");
                }

                if (k > 0 && speaker.Quotes[k - 1] is { } before && before.Span.Start > q.Span.Start)
                {
                    v.Add($"{at} Quotes[{k}] {q.Span} comes before Quotes[{k - 1}] {before.Span} (not in document order)");
                }
            }
        }
    }

    private static void CheckMention(string text, SpeakerMention mention, string at, List<string> v)
    {
        if (!CheckSpan(text, mention.Span, at, v))
        {
            return;
        }

        CheckWritten(text, mention.Text, mention.Span, at, v);
        if (string.IsNullOrWhiteSpace(mention.Text))
        {
            v.Add($"{at} {mention.Span}: mention text {Describe.Input(mention.Text ?? "<null>")} is empty or whitespace");
        }
    }

    private static void CheckWritten(string text, string? written, TextSpan span, string at, List<string> v)
    {
        string expected = text.Substring(span.Start, span.Length);
        if (!string.Equals(written, expected, StringComparison.Ordinal))
        {
            v.Add($"{at} {span}: Text {Describe.Input(written ?? "<null>")} differs from the input there, {Describe.Input(expected)}");
        }
        else if (expected.Length == 0)
        {
            v.Add($"{at} {span}: empty text");
        }
    }

    /// <summary>Checks that a span lies inside the text and cuts no surrogate pair; returns whether it lies inside.</summary>
    private static bool CheckSpan(string text, TextSpan span, string at, List<string> v)
    {
        if (span.Start < 0 || span.Length < 0 || span.Start > text.Length || span.Length > text.Length - span.Start)
        {
            v.Add($"{at}: span {span} (Start {span.Start}, Length {span.Length}) lies outside the input of length {text.Length}");
            return false;
        }

        if (CutsPair(text, span.Start) || (span.Length > 0 && CutsPair(text, span.End)))
        {
            v.Add($"{at}: span {span} cuts a surrogate pair in two");
        }

        return true;
    }

    private static bool CutsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private static string SafeText(Func<string> get, out string? error)
    {
        try
        {
            error = null;
            return get();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            error = ex.GetType().Name;
            return string.Empty;
        }
    }
}

/// <summary>Thrown when a result breaks a structural guarantee.</summary>
internal sealed class InvariantViolationException(string message) : Exception(message);

/// <summary>Short, printable descriptions of inputs for failure messages.</summary>
internal static class Describe
{
    /// <summary>Quotes and escapes a text as a C# literal, cutting the middle of a long one.</summary>
    public static string Input(string text, int max = 240)
    {
        if (text.Length <= max)
        {
            return CSharpLiteral(text);
        }

        int half = max / 2;
        return $"{CSharpLiteral(text[..half])} + …({text.Length - (2 * half)} more code units)… + {CSharpLiteral(text[^half..])} (length {text.Length})";
    }

    /// <summary>Escapes a text as a C# string literal that can be pasted into a regression table.</summary>
    public static string CSharpLiteral(string text)
    {
        var sb = new StringBuilder(text.Length + 2);
        sb.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7F || char.IsSurrogate(c) || (c >= 0x80 && !IsPrintable(c)))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    private static bool IsPrintable(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.SpaceSeparator => c == ' ',
        _ => true,
    };
}
