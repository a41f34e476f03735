using System.Globalization;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>Compares two results field by field and names the first difference, for determinism checks.</summary>
internal static class ResultDiff
{
    /// <summary>Returns <see langword="null"/> when the results are equal in every field, else a description of the first difference.</summary>
    public static string? First(QuoteExtractionResult expected, QuoteExtractionResult actual)
    {
        if (!string.Equals(expected.Text, actual.Text, StringComparison.Ordinal))
        {
            return "Text differs";
        }

        if (expected.Quotes.Length != actual.Quotes.Length)
        {
            return $"Quotes.Length {expected.Quotes.Length} vs {actual.Quotes.Length}";
        }

        for (int i = 0; i < expected.Quotes.Length; i++)
        {
            if (Quote(expected.Quotes[i], actual.Quotes[i]) is { } d)
            {
                return $"Quotes[{i}]: {d}";
            }
        }

        if (expected.Speakers.Length != actual.Speakers.Length)
        {
            return $"Speakers.Length {expected.Speakers.Length} vs {actual.Speakers.Length}";
        }

        for (int i = 0; i < expected.Speakers.Length; i++)
        {
            var a = expected.Speakers[i];
            var b = actual.Speakers[i];
            if (a.Id != b.Id || a.Name != b.Name)
            {
                return $"Speakers[{i}]: ({a.Id}, {a.Name}) vs ({b.Id}, {b.Name})";
            }

            if (!a.Mentions.SequenceEqual(b.Mentions))
            {
                return $"Speakers[{i}] ({a.Name}).Mentions differ";
            }

            if (!a.Quotes.Select(q => q.Span).SequenceEqual(b.Quotes.Select(q => q.Span)))
            {
                return $"Speakers[{i}] ({a.Name}).Quotes differ";
            }
        }

        return expected.NonQuotes.SequenceEqual(actual.NonQuotes) ? null : "NonQuotes differ";
    }

    private static string? Quote(Quote a, Quote b)
    {
        if (a.Kind != b.Kind)
        {
            return $"Kind {a.Kind} vs {b.Kind}";
        }

        if (a.Span != b.Span)
        {
            return $"Span {a.Span} vs {b.Span}";
        }

        if (!string.Equals(a.Text, b.Text, StringComparison.Ordinal))
        {
            return "Text differs";
        }

        if (a.SpeakerId != b.SpeakerId)
        {
            return $"SpeakerId {a.SpeakerId} vs {b.SpeakerId}";
        }

        if (!a.SpeakerIds.SequenceEqual(b.SpeakerIds))
        {
            return $"SpeakerIds [{string.Join(",", a.SpeakerIds)}] vs [{string.Join(",", b.SpeakerIds)}]";
        }

        if (a.SpeakerName != b.SpeakerName)
        {
            return $"SpeakerName {a.SpeakerName} vs {b.SpeakerName}";
        }

        if (a.Mention != b.Mention)
        {
            return $"Mention {a.Mention} vs {b.Mention}";
        }

        if (a.Cue != b.Cue)
        {
            return $"Cue {a.Cue} vs {b.Cue}";
        }

        if (a.Method != b.Method)
        {
            return $"Method {a.Method} vs {b.Method}";
        }

        // Bitwise: a deterministic engine gives the very same double, not a nearby one.
        if (BitConverter.DoubleToInt64Bits(a.Confidence) != BitConverter.DoubleToInt64Bits(b.Confidence))
        {
            return $"Confidence {a.Confidence.ToString("R", CultureInfo.InvariantCulture)} vs {b.Confidence.ToString("R", CultureInfo.InvariantCulture)}";
        }

        return a.Equals(b) ? null : "Quote.Equals is false although every field matches";
    }
}
