using QuoteAttribution.Evaluation;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuoteAttribution.Cli;

/// <summary>
/// Prints each document as a JSON object with its quotes and speakers: indented inside one array (<c>--format json</c>),
/// or compact, one a line (<c>--format jsonl</c>).
/// </summary>
internal sealed class JsonResultWriter : ResultWriter
{
    private readonly TextWriter _out;
    private readonly bool _asArray;
    private readonly JsonWriterOptions _options;
    private int _count;

    public JsonResultWriter(TextWriter stdout, bool asArray)
    {
        _out = stdout;
        _asArray = asArray;

        // Quotes stay readable (“…”, not \u201C); the output is data, never embedded in HTML.
        _options = new JsonWriterOptions { Indented = asArray, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    }

    public override void Begin()
    {
        if (_asArray)
        {
            _out.Write('[');
        }
    }

    public override void Write(TextInput input, QuoteExtractionResult result)
    {
        if (_asArray)
        {
            _out.Write(_count == 0 ? "\n" : ",\n");
        }

        _count++;
        _out.Write(ToJson(input, result));
        if (!_asArray)
        {
            _out.Write('\n');
        }
    }

    public override void End()
    {
        if (_asArray)
        {
            _out.Write(_count == 0 ? "]\n" : "\n]\n");
        }
    }

    private string ToJson(TextInput input, QuoteExtractionResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, _options))
        {
            json.WriteStartObject();
            json.WriteString("file", input.Name);
            json.WriteNumber("characters", input.Text.Length);
            json.WriteStartArray("quotes");
            foreach (var quote in result.Quotes)
            {
                WriteQuote(json, quote);
            }

            json.WriteEndArray();

            // One pass to number the quotes: IndexOf per speaker quote was quadratic for a speaker with many quotes.
            var numbers = new Dictionary<Quote, int>(result.Quotes.Length, ReferenceEqualityComparer.Instance);
            for (int i = 0; i < result.Quotes.Length; i++)
            {
                numbers.TryAdd(result.Quotes[i], i);
            }

            json.WriteStartArray("speakers");
            foreach (var speaker in result.Speakers)
            {
                json.WriteStartObject();
                json.WriteNumber("id", speaker.Id);
                json.WriteString("name", speaker.Name);
                json.WriteStartArray("mentions");
                foreach (var mention in speaker.Mentions)
                {
                    WriteSpan(json, null, mention.Span, mention.Text);
                }

                json.WriteEndArray();

                // Quotes by their index in "quotes", so the two lists are not repeated in each other.
                json.WriteStartArray("quotes");
                foreach (var quote in speaker.Quotes)
                {
                    json.WriteNumberValue(numbers.TryGetValue(quote, out int number) ? number : result.Quotes.IndexOf(quote));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteQuote(Utf8JsonWriter json, Quote quote)
    {
        json.WriteStartObject();
        json.WriteString("kind", KindNames.ToName(quote.Kind));
        json.WriteNumber("start", quote.Span.Start);
        json.WriteNumber("end", quote.Span.End);
        json.WriteString("text", quote.Text);
        json.WriteString("speaker", quote.SpeakerName);
        if (quote.SpeakerId is int id)
        {
            json.WriteNumber("speaker_id", id);
        }
        else
        {
            json.WriteNull("speaker_id");
        }

        json.WriteStartArray("speaker_ids");
        foreach (int speakerId in quote.SpeakerIds)
        {
            json.WriteNumberValue(speakerId);
        }

        json.WriteEndArray();
        if (quote.Mention is { } mention)
        {
            WriteSpan(json, "mention", mention.Span, mention.Text);
        }
        else
        {
            json.WriteNull("mention");
        }

        if (quote.Cue is { } cue)
        {
            WriteSpan(json, "cue", cue.Span, cue.Text);
        }
        else
        {
            json.WriteNull("cue");
        }

        json.WriteString("method", JsonNamingPolicy.SnakeCaseLower.ConvertName(quote.Method.ToString()));
        json.WriteNumber("confidence", Math.Round(quote.Confidence, 4));
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, string? name, TextSpan span, string text)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
