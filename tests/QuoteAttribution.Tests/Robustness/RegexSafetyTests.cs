using System.Text;
using System.Text.RegularExpressions;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Static check: every regular expression in the core library runs with <see cref="RegexOptions.NonBacktracking"/> or
/// a match timeout, so no input can make it backtrack for ever (ReDoS).
/// </summary>
public sealed class RegexSafetyTests
{
    [Fact]
    public void Every_regex_in_the_core_library_is_non_backtracking_or_has_a_timeout()
    {
        string root = RegexUsageScanner.FindRepositoryRoot();
        string src = Path.Combine(root, "src", "QuoteAttribution");
        Directory.Exists(src).Should().BeTrue($"the core library's sources should be at {src}");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        files.Should().NotBeEmpty();

        var findings = files.SelectMany(f => RegexUsageScanner.Unsafe(File.ReadAllText(f)).Select(x => $"{Path.GetRelativePath(root, f)}:{x}")).ToList();
        findings.Should().BeEmpty("every Regex needs RegexOptions.NonBacktracking or a match timeout");
    }

    [Theory]
    [InlineData("var r = new Regex(\"a+b\");")]
    [InlineData("var r = new Regex(@\"(a+)+$\", RegexOptions.Compiled);")]
    [InlineData("static readonly Regex R = new(\"x(\", RegexOptions.IgnoreCase);")]
    [InlineData("bool b = Regex.IsMatch(text, \"(a|aa)*c\");")]
    [InlineData("var m = System.Text.RegularExpressions.Regex.Matches(text, pattern, RegexOptions.None);")]
    [InlineData("string s = Regex.Replace(text, \"\\\\s+\", \" \");")]
    [InlineData("[GeneratedRegex(\"(a+)+\", RegexOptions.IgnoreCase)] private static partial Regex Words();")]
    [InlineData("[GeneratedRegex(\"\"\"\n(\"+)+\n\"\"\")] private static partial Regex Raw();")]
    [InlineData("var parts = Regex.Split(text, \"[,;]\");")]
    [InlineData("var r = new Regex(\"a\", RegexOptions.None, Regex.InfiniteMatchTimeout);")]
    [InlineData("bool b = Regex.IsMatch(text, \"(a|aa)*c\", RegexOptions.IgnoreCase);")]
    [InlineData("Regex r = new(p, Opts); // NonBacktracking only in a comment\nconst RegexOptions Opts = RegexOptions.Compiled;")]
    public void The_scanner_flags_unsafe_regexes(string code) =>
        RegexUsageScanner.Unsafe(code).Should().ContainSingle();

    [Theory]
    [InlineData("var r = new Regex(\"a+b\", RegexOptions.NonBacktracking);")]
    [InlineData("var r = new Regex(\"a+b\", RegexOptions.Compiled | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);")]
    [InlineData("var r = new Regex(\"a+b\", RegexOptions.None, TimeSpan.FromMilliseconds(100));")]
    [InlineData("var r = new Regex(@\"(\"\"a)\", RegexOptions.None, matchTimeout: Timeout);")]
    [InlineData("bool b = Regex.IsMatch(text, \"(a|aa)*c\", RegexOptions.None, TimeSpan.FromSeconds(1));")]
    [InlineData("[GeneratedRegex(\"(a+)+\", RegexOptions.IgnoreCase, 250)] private static partial Regex Words();")]
    [InlineData("[GeneratedRegex(\"(a+)+\", RegexOptions.NonBacktracking)] private static partial Regex Words();")]
    [InlineData("[GeneratedRegex(\"x\", RegexOptions.None, matchTimeoutMilliseconds: 100)] private static partial Regex X();")]
    [InlineData("private const RegexOptions Opts = RegexOptions.Compiled | RegexOptions.NonBacktracking;\nprivate static readonly Regex R = new(\"a\", Opts);")]
    [InlineData("private static readonly TimeSpan Limit = TimeSpan.FromSeconds(1);\nstatic readonly Regex R = new(\"a\", RegexOptions.None, Limit);")]
    [InlineData("// var r = new Regex(\"a+b\");\nstring s = \"Regex.IsMatch(x, y)\";")]
    [InlineData("/* new Regex(\"a\") */ string escaped = Regex.Escape(text);")]
    [InlineData("var m = _regex.Match(text); // an instance call; construction is checked where it happens")]
    public void The_scanner_accepts_safe_regexes_and_ignores_comments_and_strings(string code) =>
        RegexUsageScanner.Unsafe(code).Should().BeEmpty();
}

/// <summary>Finds regular expressions built without NonBacktracking or a timeout in C# source, comments and strings aside.</summary>
internal static partial class RegexUsageScanner
{
    /// <summary>Walks up from the test's output directory to the folder that holds QuoteAttribution.sln.</summary>
    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteAttribution.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No QuoteAttribution.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Returns "line: construct" for each regex construction or static match call that is not safe.</summary>
    public static List<string> Unsafe(string source)
    {
        string code = Blank(source);
        var findings = new List<string>();
        foreach (Match m in Construction().Matches(code))
        {
            int open = m.Index + m.Length - 1; // the '(' that opens the argument list
            string args = Arguments(code, open);
            bool generated = m.Value.Contains("GeneratedRegex", StringComparison.Ordinal);
            bool constructor = m.Value.Contains("new", StringComparison.Ordinal);
            if (!IsSafe(args, code, (generated || constructor) ? 3 : int.MaxValue))
            {
                int line = 1 + code.AsSpan(0, m.Index).Count('\n');
                findings.Add($"{line}: {m.Value.Trim()}…) has neither RegexOptions.NonBacktracking nor a match timeout");
            }
        }

        return findings;
    }

    /// <param name="args">The argument list.</param>
    /// <param name="code">The whole (blanked) file, to look up named options and timeouts.</param>
    /// <param name="timeoutPosition">The 1-based position of a positional timeout argument: 3 for constructors and [GeneratedRegex].</param>
    private static bool IsSafe(string args, string code, int timeoutPosition)
    {
        if (args.Contains("InfiniteMatchTimeout", StringComparison.Ordinal))
        {
            return false;
        }

        if (Safe().IsMatch(args) || TopLevelCount(args) >= timeoutPosition)
        {
            return true;
        }

        // Options or a timeout kept in a named constant or field of the same file.
        foreach (Match id in Identifier().Matches(args))
        {
            var declaration = new Regex($@"\b{Regex.Escape(id.Value)}\s*(?:\{{\s*get;\s*\}}\s*)?=([^=;][^;]*);", RegexOptions.NonBacktracking, TimeSpan.FromSeconds(5));
            foreach (Match d in declaration.Matches(code))
            {
                if (Safe().IsMatch(d.Groups[1].Value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int TopLevelCount(string args)
    {
        if (string.IsNullOrWhiteSpace(args))
        {
            return 0;
        }

        int depth = 0;
        int count = 1;
        foreach (char c in args)
        {
            switch (c)
            {
                case '(' or '[' or '{': depth++; break;
                case ')' or ']' or '}': depth--; break;
                case ',' when depth == 0: count++; break;
            }
        }

        return count;
    }

    /// <summary>The argument list that starts at the '(' at <paramref name="open"/>, up to its matching ')'.</summary>
    private static string Arguments(string code, int open)
    {
        int depth = 0;
        for (int i = open; i < code.Length; i++)
        {
            if (code[i] == '(')
            {
                depth++;
            }
            else if (code[i] == ')' && --depth == 0)
            {
                return code.Substring(open + 1, i - open - 1);
            }
        }

        return code[(open + 1)..];
    }

    /// <summary>Replaces comments with spaces and the contents of string and char literals with underscores, keeping offsets and lines.</summary>
    internal static string Blank(string s)
    {
        var sb = new StringBuilder(s);
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n')
                {
                    sb[i++] = ' ';
                }
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                int end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? s.Length : end + 2;
                for (; i < end; i++)
                {
                    sb[i] = s[i] == '\n' ? '\n' : ' ';
                }
            }
            else if (c == '"' || ((c == '@' || c == '$') && StartsString(s, i)))
            {
                int start = i;
                bool verbatim = false;
                while (s[i] != '"')
                {
                    verbatim |= s[i] == '@';
                    i++;
                }

                int quotes = 0;
                while (i + quotes < s.Length && s[i + quotes] == '"')
                {
                    quotes++;
                }

                int contentStart;
                int contentEnd;
                if (quotes >= 3)
                {
                    // Raw string literal: ends at the next run of as many quotes.
                    contentStart = i + quotes;
                    int close = s.IndexOf(new string('"', quotes), contentStart, StringComparison.Ordinal);
                    contentEnd = close < 0 ? s.Length : close;
                    i = Math.Min(s.Length, contentEnd + quotes);
                }
                else
                {
                    contentStart = i + 1;
                    int j = contentStart;
                    while (j < s.Length)
                    {
                        if (verbatim && s[j] == '"' && j + 1 < s.Length && s[j + 1] == '"')
                        {
                            j += 2;
                        }
                        else if (!verbatim && s[j] == '\\')
                        {
                            j += 2;
                        }
                        else if (s[j] == '"')
                        {
                            break;
                        }
                        else
                        {
                            j++;
                        }
                    }

                    contentEnd = Math.Min(j, s.Length);
                    i = Math.Min(s.Length, contentEnd + 1);
                }

                for (int k = contentStart; k < contentEnd; k++)
                {
                    sb[k] = s[k] == '\n' ? '\n' : '_';
                }

                _ = start;
            }
            else if (c == '\'')
            {
                int j = i + 1;
                if (j < s.Length && s[j] == '\\')
                {
                    j += 2;
                }
                else
                {
                    j++;
                }

                int close = s.IndexOf('\'', Math.Min(j, s.Length));
                close = close < 0 || close - i > 12 ? i + 1 : close;
                for (int k = i + 1; k < close; k++)
                {
                    sb[k] = '_';
                }

                i = close + 1;
            }
            else
            {
                i++;
            }
        }

        return sb.ToString();
    }

    private static bool StartsString(string s, int i)
    {
        int j = i;
        while (j < s.Length && (s[j] == '@' || s[j] == '$') && j - i < 4)
        {
            j++;
        }

        return j < s.Length && j > i && s[j] == '"';
    }

    // new Regex(…), target-typed `Regex x = new(…)`, static Regex.Match/IsMatch/… (…), and [GeneratedRegex(…)].
    [GeneratedRegex(
        @"(?:\bnew\s+(?:global::)?(?:System\.Text\.RegularExpressions\.)?Regex\s*\(|\bRegex\??\s+\w+\s*(?:\{\s*get;\s*\}\s*)?=\s*new\s*\(|\b(?:System\.Text\.RegularExpressions\.)?Regex\s*\.\s*(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\s*\(|\[\s*(?:System\.Text\.RegularExpressions\.)?GeneratedRegex(?:Attribute)?\s*\()",
        RegexOptions.NonBacktracking)]
    private static partial Regex Construction();

    [GeneratedRegex(@"\bNonBacktracking\b|\bTimeSpan\b|\bmatchTimeout(?:Milliseconds)?\s*:|\w*Timeout\w*", RegexOptions.NonBacktracking)]
    private static partial Regex Safe();

    [GeneratedRegex(@"\b[A-Za-z_]\w*\b", RegexOptions.NonBacktracking)]
    private static partial Regex Identifier();
}
