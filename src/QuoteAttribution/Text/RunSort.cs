using System.Buffers;
using System.Runtime.InteropServices;

namespace QuoteAttribution.Text;

/// <summary>
/// A stable natural merge sort for lists that are built almost in order (names in reading order, quotes by kind then
/// position): it finds the ascending runs and merges them, so sorting costs about one pass when the runs are few,
/// and never more than O(n log n).
/// </summary>
internal static class RunSort
{
    public static void Sort<T>(List<T> list, Comparison<T> compare) => Sort(list, 0, compare);

    /// <summary>Sorts the items of <paramref name="list"/> from index <paramref name="from"/> on; those before stay as they are.</summary>
    public static void Sort<T>(List<T> list, int from, Comparison<T> compare)
    {
        var items = CollectionsMarshal.AsSpan(list)[from..];
        if (items.Length < 2 || IsSorted(items, compare))
        {
            return;
        }

        var buffer = ArrayPool<T>.Shared.Rent(items.Length);
        try
        {
            var source = items;
            var target = buffer.AsSpan(0, items.Length);
            bool inBuffer = false;
            while (true)
            {
                int runs = MergePass(source, target, compare);
                inBuffer = !inBuffer;
                var swap = source;
                source = target;
                target = swap;
                if (runs <= 1)
                {
                    break;
                }
            }

            if (inBuffer)
            {
                source.CopyTo(items);
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    private static bool IsSorted<T>(Span<T> items, Comparison<T> compare)
    {
        for (int i = 1; i < items.Length; i++)
        {
            if (compare(items[i - 1], items[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Merges neighbouring ascending runs of <paramref name="source"/> into <paramref name="target"/>; returns how many runs remain.</summary>
    private static int MergePass<T>(Span<T> source, Span<T> target, Comparison<T> compare)
    {
        int runs = 0, start = 0, n = source.Length;
        while (start < n)
        {
            int mid = RunEnd(source, start, compare);
            int end = mid < n ? RunEnd(source, mid, compare) : n;
            int i = start, j = mid, k = start;
            while (i < mid && j < end)
            {
                target[k++] = compare(source[j], source[i]) < 0 ? source[j++] : source[i++];
            }

            while (i < mid)
            {
                target[k++] = source[i++];
            }

            while (j < end)
            {
                target[k++] = source[j++];
            }

            runs++;
            start = end;
        }

        return runs;
    }

    private static int RunEnd<T>(Span<T> items, int start, Comparison<T> compare)
    {
        int i = start + 1;
        while (i < items.Length && compare(items[i - 1], items[i]) <= 0)
        {
            i++;
        }

        return i;
    }
}
