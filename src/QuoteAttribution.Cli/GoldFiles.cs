using QuoteAttribution.Evaluation;

namespace QuoteAttribution.Cli;

/// <summary>Reads the JSONL inputs of <c>predict</c> and <c>eval</c>, reporting a bad file as one error line instead of throwing.</summary>
internal static class GoldFiles
{
    public static IReadOnlyList<DocumentText>? ReadTexts(string path, TextWriter stderr) =>
        Read(path, stderr, p =>
        {
            using var reader = new StreamReader(p, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return GoldReader.ReadTexts(reader).ToList();
        });

    public static IReadOnlyList<GoldDocument>? ReadGold(string path, TextWriter stderr) => Read(path, stderr, GoldReader.ReadFile);

    public static IReadOnlyList<PredictionDocument>? ReadPredictions(string path, TextWriter stderr) => Read(path, stderr, PredictionJson.ReadFile);

    private static IReadOnlyList<T>? Read<T>(string path, TextWriter stderr, Func<string, IReadOnlyList<T>> read)
    {
        try
        {
            if (Directory.Exists(path))
            {
                stderr.WriteLine($"error: {path}: is a directory");
                return null;
            }

            return read(path);
        }
        catch (InvalidDataException ex)
        {
            // The reader's message already names the line: "line 3: ...".
            stderr.WriteLine($"error: {path}: {TextInput.OneLine(ex.Message)}");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: {path}: {TextInput.Reason(ex)}");
            return null;
        }
    }
}
