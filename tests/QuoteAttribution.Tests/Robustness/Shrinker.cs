using System.Diagnostics;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>Makes failing inputs small: drops fragments, then characters, while the failure persists.</summary>
internal static class Shrinker
{
    /// <summary>Candidate smaller fragment lists: big chunks removed first, then single fragments, then shortened fragments.</summary>
    public static IEnumerable<string[]> Candidates(string[] fragments)
    {
        int n = fragments.Length;
        for (int chunk = n / 2; chunk >= 1; chunk /= 2)
        {
            for (int start = 0; start + chunk <= n; start += chunk)
            {
                yield return [.. fragments.AsSpan(0, start), .. fragments.AsSpan(start + chunk)];
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (fragments[i].Length > 1)
            {
                var copy = (string[])fragments.Clone();
                copy[i] = fragments[i][..(fragments[i].Length / 2)];
                yield return copy;
            }
        }
    }

    /// <summary>
    /// Greedy delta debugging: keeps any smaller input for which <paramref name="fails"/> still holds, first over
    /// fragments, then over single characters. Bounded by <paramref name="budget"/>.
    /// </summary>
    public static string Minimize(IReadOnlyList<string> fragments, Func<string, bool> fails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        string[] current = [.. fragments];
        bool progress = true;
        while (progress && clock.Elapsed < budget)
        {
            progress = false;
            foreach (var candidate in Candidates(current))
            {
                if (clock.Elapsed >= budget)
                {
                    break;
                }

                if (fails(NewsTextGrammar.Join(candidate)))
                {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }

        // Then character by character, on the joined text.
        string[] chars = NewsTextGrammar.Join(current).Select(c => c.ToString()).ToArray();
        progress = true;
        while (progress && clock.Elapsed < budget)
        {
            progress = false;
            foreach (var candidate in Candidates(chars))
            {
                if (clock.Elapsed >= budget)
                {
                    break;
                }

                if (fails(NewsTextGrammar.Join(candidate)))
                {
                    chars = candidate;
                    progress = true;
                    break;
                }
            }
        }

        return NewsTextGrammar.Join(chars);
    }
}
