using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuoteAttribution.Tests.Golden;

/// <summary>Where the golden files live, how a result is written as stable JSON, and how two versions are diffed.</summary>
public static class GoldenFiles
{
    public const string UpdateVariable = "QUOTEATTRIBUTION_UPDATE_GOLDEN";

    private const string SolutionFile = "QuoteAttribution.sln";
    private const int ContextLines = 8;
    private const int HunkContextLines = 4;
    private const string GoldenFolder = "tests/QuoteAttribution.Tests/Data/golden";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Keep typographic quotes, dashes and accents readable in the files; they are never served as HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "Data", "seeds");

    /// <summary>Gets the golden copy next to the test assembly (Data/** is copied to the output folder).</summary>
    public static string OutputPath(string id) => Path.Combine(AppContext.BaseDirectory, "Data", "golden", id + ".json");

    /// <summary>Gets the golden file in the source tree, found by walking up from the test assembly to the solution.</summary>
    public static string SourcePath(string id) => Path.Combine(FindRepositoryRoot(), GoldenFolder, id + ".json");

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}; cannot find the source tree to update golden files.");
    }

    /// <summary>Writes a result as indented JSON with a fixed field order; numbers are invariant, confidences rounded to 2 decimals.</summary>
    public static string Serialize(string id, QuoteExtractionResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteNumber("quoteCount", result.Quotes.Length);
            w.WriteStartArray("quotes");
            foreach (var q in result.Quotes)
            {
                w.WriteStartObject();
                w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
                w.WriteNumber("start", q.Span.Start);
                w.WriteNumber("end", q.Span.End);
                w.WriteString("text", q.Text);
                w.WriteString("speaker", q.SpeakerName);
                if (q.SpeakerIds.Length > 1)
                {
                    w.WriteStartArray("speakerIds");
                    foreach (int sid in q.SpeakerIds)
                    {
                        w.WriteNumberValue(sid);
                    }

                    w.WriteEndArray();
                }

                WriteSpan(w, "mention", q.Mention?.Text, q.Mention?.Span);
                WriteSpan(w, "cue", q.Cue?.Text, q.Cue?.Span);
                w.WriteString("method", q.Method.ToString());
                w.WriteNumber("confidence", Math.Round(q.Confidence, 2, MidpointRounding.AwayFromZero));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("speakers");
            foreach (var s in result.Speakers)
            {
                w.WriteStartObject();
                w.WriteNumber("id", s.Id);
                w.WriteString("name", s.Name);
                w.WriteNumber("mentions", s.Mentions.Length);
                w.WriteNumber("quotes", s.Quotes.Length);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A line diff of the first differences (at most <paramref name="maxLines"/> changed lines), with line numbers.</summary>
    public static string Diff(string expected, string actual, int maxLines = 40)
    {
        string[] a = Normalize(expected).Split('\n');
        string[] b = Normalize(actual).Split('\n');
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        int n = a.Length - prefix - suffix, m = b.Length - prefix - suffix;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"golden (-) and current output (+) differ from line {prefix + 1}; {n} golden line(s) vs {m} current line(s) in the changed region\n");
        for (int k = Math.Max(0, prefix - ContextLines); k < prefix; k++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {k + 1,5}   {a[k]}\n");
        }

        int shown = 0;
        if ((long)n * m <= 4_000_000)
        {
            // Longest common subsequence over the changed region: readable -/+ lines instead of one big block.
            var lcs = new int[n + 1, m + 1];
            for (int i = n - 1; i >= 0; i--)
            {
                for (int j = m - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            bool lastWasChange = true;
            while ((x < n || y < m) && shown < maxLines)
            {
                if (x < n && y < m && a[prefix + x] == b[prefix + y])
                {
                    if (lastWasChange)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"  {prefix + x + 1,5}   {a[prefix + x]}\n");
                    }

                    lastWasChange = false;
                    x++;
                    y++;
                    continue;
                }

                if (!lastWasChange)
                {
                    // Context before each change: the golden lines just above it, so a reader sees which quote changed.
                    sb.Append("  ...\n");
                    for (int k = Math.Max(0, x - HunkContextLines); k < x; k++)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"  {prefix + k + 1,5}   {a[prefix + k]}\n");
                    }
                }

                if (y < m && (x >= n || lcs[x, y + 1] > lcs[x + 1, y]))
                {
                    sb.Append(CultureInfo.InvariantCulture, $"+ {prefix + y + 1,5}   {b[prefix + y]}\n");
                    y++;
                }
                else
                {
                    sb.Append(CultureInfo.InvariantCulture, $"- {prefix + x + 1,5}   {a[prefix + x]}\n");
                    x++;
                }

                lastWasChange = true;
                shown++;
            }
        }
        else
        {
            for (int k = 0; k < Math.Min(n, maxLines / 2); k++, shown++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- {prefix + k + 1,5}   {a[prefix + k]}\n");
            }

            for (int k = 0; k < Math.Min(m, maxLines / 2); k++, shown++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"+ {prefix + k + 1,5}   {b[prefix + k]}\n");
            }
        }

        if (shown >= maxLines)
        {
            sb.Append("  … (more differences)\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"To accept the current output: {UpdateVariable}=1 dotnet test --filter Golden");
        return sb.ToString();
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void WriteSpan(Utf8JsonWriter w, string name, string? text, TextSpan? span)
    {
        if (text is null || span is not TextSpan s)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteNumber("start", s.Start);
        w.WriteNumber("end", s.End);
        w.WriteEndObject();
    }
}
