namespace QuoteAttribution.Cli;

/// <summary>Prints extraction results, one document at a time, in one of the <see cref="OutputFormat"/>s.</summary>
internal abstract class ResultWriter
{
    public static ResultWriter Create(OutputFormat format, TextWriter stdout) => format switch
    {
        OutputFormat.Table => new TableResultWriter(stdout),
        OutputFormat.Json => new JsonResultWriter(stdout, asArray: true),
        _ => new JsonResultWriter(stdout, asArray: false),
    };

    /// <summary>Called once before the first document.</summary>
    public virtual void Begin()
    {
    }

    /// <summary>Prints one document's result.</summary>
    public abstract void Write(TextInput input, QuoteExtractionResult result);

    /// <summary>Called once after the last document.</summary>
    public virtual void End()
    {
    }
}
