namespace QuoteAttribution.Cli;

/// <summary>The command line is wrong; the message says how, and the command's usage follows it on standard error.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message, string command)
        : base(message)
    {
        Command = command;
    }

    public UsageException()
    {
        Command = string.Empty;
    }

    public UsageException(string message)
        : this(message, string.Empty)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
        Command = string.Empty;
    }

    /// <summary>Gets the command whose usage to print, or empty for the general usage.</summary>
    public string Command { get; }
}
