using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuoteAttribution.Evaluation;

/// <summary>Reads and writes prediction JSONL (the format of ANNOTATION.md): one <see cref="PredictionDocument"/> a line.</summary>
public static class PredictionJson
{
    // Names stay readable in the file (“Zelenskyy’s”, not \u2019); the output is data, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads every prediction line of a file.</summary>
    /// <param name="path">The JSONL file.</param>
    /// <returns>The prediction lines in file order.</returns>
    /// <exception cref="InvalidDataException">A line is not a valid prediction line; the message names the line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<PredictionDocument> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
        return [.. Read(reader)];
    }

    /// <summary>Reads prediction lines lazily, one per non-blank line.</summary>
    /// <param name="reader">The JSONL text.</param>
    /// <returns>The prediction lines in input order.</returns>
    /// <exception cref="InvalidDataException">A line is not a valid prediction line; the message names the line.</exception>
    public static IEnumerable<PredictionDocument> Read(TextReader reader) => JsonLines.Read(reader, ParseDocument);

    /// <summary>Writes one prediction line, newline included.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="prediction">The prediction line.</param>
    public static void Write(TextWriter writer, PredictionDocument prediction)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToJsonLine(prediction));
        writer.Write('\n');
    }

    /// <summary>Returns one prediction line as compact JSON, without the newline.</summary>
    /// <param name="prediction">The prediction line.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJsonLine(PredictionDocument prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", prediction.Id);
            json.WriteStartArray("quotes");
            foreach (var quote in prediction.Quotes)
            {
                json.WriteStartObject();
                json.WriteString("kind", KindNames.ToName(quote.Kind));
                json.WriteNumber("start", quote.Start);
                json.WriteNumber("end", quote.End);
                json.WriteString("speaker", quote.Speaker);
                WriteSpan(json, "mention", quote.Mention);
                WriteSpan(json, "cue", quote.Cue);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, PredictionSpan? span)
    {
        if (span is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteEndObject();
    }

    private static PredictionDocument ParseDocument(JsonElement obj) =>
        new(JsonLines.RequiredString(obj, "id"), JsonLines.OptionalArray(obj, "quotes").Select(ParseQuote).ToImmutableArray());

    private static PredictedQuote ParseQuote(JsonElement obj)
    {
        var kind = JsonLines.Kind(obj);
        if (kind == AnnotatedKind.Mixed)
        {
            throw new FormatException("\"mixed\" is a gold kind only; predict direct, indirect or partial");
        }

        return new PredictedQuote(
            kind,
            JsonLines.RequiredInt(obj, "start"),
            JsonLines.RequiredInt(obj, "end"),
            JsonLines.OptionalString(obj, "speaker"),
            ParseSpan(obj, "mention"),
            ParseSpan(obj, "cue"));
    }

    private static PredictionSpan? ParseSpan(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? new PredictionSpan(JsonLines.RequiredInt(value, "start"), JsonLines.RequiredInt(value, "end"))
            : throw new FormatException($"\"{name}\" must be an object {{start, end}} or null");
    }
}
