namespace QuoteAttribution.Cli;

/// <summary>The exit codes of <c>quotes</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Success = 0;

    /// <summary>At least one input could not be read or processed; the others were.</summary>
    public const int InputError = 1;

    /// <summary>The command line was wrong: usage was printed on standard error.</summary>
    public const int Usage = 2;
}
