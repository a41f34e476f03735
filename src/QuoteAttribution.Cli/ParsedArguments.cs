namespace QuoteAttribution.Cli;

/// <summary>A command's arguments split into options and operands, checked against what the command accepts.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private ParsedArguments()
    {
    }

    public List<string> Operands { get; } = [];

    public bool Help { get; private set; }

    /// <summary>Parses <paramref name="args"/>: <paramref name="flags"/> take no value, <paramref name="valued"/> take one (<c>--x V</c> or <c>--x=V</c>); <c>--</c> ends the options.</summary>
    public static ParsedArguments Parse(string command, IEnumerable<string> args, string[] flags, string[] valued)
    {
        var parsed = new ParsedArguments();
        using var e = args.GetEnumerator();
        bool optionsEnded = false;
        while (e.MoveNext())
        {
            string arg = e.Current;
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                parsed.Operands.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (arg is "-h" or "--help")
            {
                parsed.Help = true;
                continue;
            }

            string name = arg;
            string? value = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }

            if (flags.Contains(name) && value is null)
            {
                parsed._options[name] = null;
            }
            else if (valued.Contains(name))
            {
                if (value is null)
                {
                    value = e.MoveNext() ? e.Current : throw new UsageException($"option {name} needs a value", command);
                }

                parsed._options[name] = value;
            }
            else
            {
                throw new UsageException($"unknown option {arg}", command);
            }
        }

        return parsed;
    }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Value(string option) => _options.GetValueOrDefault(option);
}
