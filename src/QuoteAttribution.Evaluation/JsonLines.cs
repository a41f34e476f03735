using System.Text.Json;

namespace QuoteAttribution.Evaluation;

/// <summary>Reads a JSON Lines stream one object at a time, and turns every format problem into one message that names the line.</summary>
internal static class JsonLines
{
    public static IEnumerable<T> Read<T>(TextReader reader, Func<JsonElement, T> parse)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            T item;
            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException("expected a JSON object");
                }

                item = parse(document.RootElement);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                // One line, one reason: callers print it as is, so it must say where the problem is.
                throw new InvalidDataException($"line {lineNumber}: {ex.Message}", ex);
            }

            yield return item;
        }
    }

    public static string RequiredString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"\"{name}\" must be a string");

    public static string? OptionalString(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"\"{name}\" must be a string or null");
    }

    public static int RequiredInt(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number)
            ? number
            : throw new FormatException($"\"{name}\" must be an integer");

    public static IEnumerable<JsonElement> OptionalArray(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new FormatException($"\"{name}\" must be an array");
    }

    public static AnnotatedKind Kind(JsonElement obj) =>
        KindNames.TryParse(RequiredString(obj, "kind"), out var kind) ? kind : throw new FormatException($"unknown kind \"{obj.GetProperty("kind").GetString()}\"");
}
