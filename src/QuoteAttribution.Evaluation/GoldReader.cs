using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace QuoteAttribution.Evaluation;

/// <summary>Reads gold JSONL files (the format of ANNOTATION.md): one annotated document a line.</summary>
public static class GoldReader
{
    // Gold files are UTF-8; a stray bad byte in one text should not make the whole file unreadable.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads every document of a gold file.</summary>
    /// <param name="path">The JSONL file.</param>
    /// <returns>The documents in file order.</returns>
    /// <exception cref="InvalidDataException">A line is not a valid gold document; the message names the line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<GoldDocument> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
        return [.. Read(reader)];
    }

    /// <summary>Reads gold documents lazily, one per non-blank line.</summary>
    /// <param name="reader">The JSONL text.</param>
    /// <returns>The documents in input order.</returns>
    /// <exception cref="InvalidDataException">A line is not a valid gold document; the message names the line.</exception>
    public static IEnumerable<GoldDocument> Read(TextReader reader) => JsonLines.Read(reader, ParseDocument);

    /// <summary>Reads only the <c>id</c> and <c>text</c> of each line (what <c>quotes predict</c> needs), ignoring the rest.</summary>
    /// <param name="reader">The JSONL text.</param>
    /// <returns>The documents' ids and texts in input order.</returns>
    /// <exception cref="InvalidDataException">A line lacks a string <c>id</c> or <c>text</c>; the message names the line.</exception>
    public static IEnumerable<DocumentText> ReadTexts(TextReader reader) =>
        JsonLines.Read(reader, static obj => new DocumentText(JsonLines.RequiredString(obj, "id"), JsonLines.RequiredString(obj, "text")));

    private static GoldDocument ParseDocument(JsonElement obj)
    {
        string id = JsonLines.RequiredString(obj, "id");
        string text = JsonLines.RequiredString(obj, "text");
        var scoring = JsonLines.OptionalString(obj, "scoring") switch
        {
            null or "exact" => ScoringMode.Exact,
            "overlap" => ScoringMode.Overlap,
            string other => throw new FormatException($"unknown scoring \"{other}\""),
        };

        var entities = JsonLines.OptionalArray(obj, "entities").Select(ParseEntity).ToImmutableArray();
        var quotes = JsonLines.OptionalArray(obj, "quotes").Select(q => ParseQuote(q, text, id)).ToImmutableArray();
        var entityIds = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        if (quotes.SelectMany(q => q.Speakers).FirstOrDefault(s => !entityIds.Contains(s)) is string unknown)
        {
            throw new FormatException($"document {id}: speaker \"{unknown}\" is not one of its entities");
        }

        return new GoldDocument(id, text, scoring, entities, quotes);
    }

    private static GoldEntity ParseEntity(JsonElement obj)
    {
        string name = JsonLines.RequiredString(obj, "name");
        var aliases = JsonLines.OptionalArray(obj, "aliases")
            .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()! : throw new FormatException("aliases must be strings"))
            .Where(a => a.Length > 0)
            .ToImmutableArray();

        // An entity is always named by its name, even where the annotator listed no aliases.
        return new GoldEntity(JsonLines.RequiredString(obj, "id"), name, JsonLines.OptionalString(obj, "type"), aliases.IsEmpty ? [name] : aliases);
    }

    private static GoldQuote ParseQuote(JsonElement obj, string text, string documentId)
    {
        var kind = JsonLines.Kind(obj);
        int start = JsonLines.RequiredInt(obj, "start");
        int end = JsonLines.RequiredInt(obj, "end");
        CheckSpan(start, end, text, documentId, "quote");

        var speakers = JsonLines.OptionalArray(obj, "speakers")
            .Select(s => s.ValueKind == JsonValueKind.String ? s.GetString()! : throw new FormatException("speakers must be strings"))
            .ToImmutableArray();
        if (speakers.IsEmpty && JsonLines.OptionalString(obj, "speaker") is string speaker)
        {
            speakers = [speaker];
        }

        GoldSource? source = null;
        if (obj.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            int sourceStart = JsonLines.RequiredInt(s, "start");
            int sourceEnd = JsonLines.RequiredInt(s, "end");
            CheckSpan(sourceStart, sourceEnd, text, documentId, "source");
            source = new GoldSource(sourceStart, sourceEnd, JsonLines.OptionalString(s, "text") ?? text[sourceStart..sourceEnd]);
        }

        return new GoldQuote(kind, start, end, JsonLines.OptionalString(obj, "text") ?? text[start..end], speakers, JsonLines.OptionalString(obj, "cue"), source);
    }

    private static void CheckSpan(int start, int end, string text, string documentId, string what)
    {
        if (start < 0 || end < start || end > text.Length)
        {
            throw new FormatException($"document {documentId}: {what} span [{start}, {end}) lies outside its text of {text.Length} characters");
        }
    }
}

/// <summary>The id and text of one document, all that prediction needs.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Text">The document text.</param>
public sealed record DocumentText(string Id, string Text);
