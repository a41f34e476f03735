namespace QuoteAttribution.Text;

/// <summary>The integer a sorted list is ordered by, read without a delegate so the search stays inlined.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal interface ISortKey<T>
{
    static abstract int Of(in T item);
}

/// <summary>Binary search over lists sorted by an integer key (token index, anchor, character offset).</summary>
internal static class SortedSearch
{
    /// <summary>Index of the first of the first <paramref name="count"/> items whose key is at least <paramref name="key"/> (<paramref name="count"/> when none is).</summary>
    public static int LowerBound<T, TKey>(List<T> items, int count, int key)
        where TKey : struct, ISortKey<T>
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (TKey.Of(items[mid]) < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>As <see cref="LowerBound{T, TKey}(List{T}, int, int)"/> over the whole list.</summary>
    public static int LowerBound<T, TKey>(List<T> items, int key)
        where TKey : struct, ISortKey<T> => LowerBound<T, TKey>(items, items.Count, key);
}
