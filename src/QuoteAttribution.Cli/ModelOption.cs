namespace QuoteAttribution.Cli;

/// <summary><c>--model FILE|default</c>: the extractor a command runs, rules only unless a learned model is named.</summary>
internal static class ModelOption
{
    public const string Name = "--model";

    /// <summary>The extractor for the command line's <c>--model</c> value, or <see langword="null"/> after an error on <paramref name="stderr"/>.</summary>
    public static QuoteExtractor? Extractor(ParsedArguments args, TextWriter stderr)
    {
        string? path = args.Value(Name);
        if (path is null)
        {
            return new QuoteExtractor();
        }

        try
        {
            var model = path == "default" ? AttributionModel.Default : AttributionModel.Load(path);
            return new QuoteExtractor(new QuoteExtractorOptions { Model = model });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            stderr.WriteLine($"quotes: cannot load model {path}: {e.Message}");
            return null;
        }
    }
}
