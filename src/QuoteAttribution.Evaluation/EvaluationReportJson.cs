using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// Writes an <see cref="EvaluationReport"/> as the JSON of <c>quotes eval --json</c>:
/// <c>{"direct": {...}, "indirect": {...}, "partial": {...}, "all": {...}}</c>, each row with the keys
/// <c>gold</c>, <c>pred</c>, <c>P</c>, <c>R</c>, <c>F1</c>, <c>speaker_acc</c>, <c>attribution_F1</c>.
/// </summary>
public static class EvaluationReportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the report as indented JSON. Figures are rounded to 4 decimals; an undefined figure is <c>null</c>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="includeErrors">Whether to add an <c>errors</c> array after the four rows (for <c>--errors</c>).</param>
    /// <returns>The JSON text, without a trailing newline.</returns>
    public static string ToJson(EvaluationReport report, bool includeErrors = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            foreach (var row in report.Rows)
            {
                json.WriteStartObject(row.Name);
                json.WriteNumber("gold", row.Gold);
                json.WriteNumber("pred", row.Pred);
                WriteFigure(json, "P", row.Precision);
                WriteFigure(json, "R", row.Recall);
                WriteFigure(json, "F1", row.F1);
                WriteFigure(json, "speaker_acc", row.SpeakerAccuracy);
                WriteFigure(json, "attribution_F1", row.AttributionF1);
                json.WriteEndObject();
            }

            if (includeErrors)
            {
                json.WriteStartArray("errors");
                foreach (var error in report.Errors)
                {
                    json.WriteStartObject();
                    json.WriteString("type", error.Type switch
                    {
                        EvaluationErrorType.Missed => "missed",
                        EvaluationErrorType.FalseQuote => "false_quote",
                        _ => "wrong_speaker",
                    });
                    json.WriteString("id", error.DocumentId);
                    json.WriteString("kind", KindNames.ToName(error.Kind));
                    json.WriteNumber("start", error.Start);
                    json.WriteNumber("end", error.End);
                    json.WriteString("text", error.Snippet);
                    json.WriteString("gold_speaker", error.GoldSpeaker);
                    json.WriteString("pred_speaker", error.PredictedSpeaker);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteFigure(Utf8JsonWriter json, string name, double? value)
    {
        if (value is double v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
