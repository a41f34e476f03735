namespace QuoteAttribution.Text;

/// <summary>Per-thread list buffers: emptied for the next document, dropped when one huge document made them too big to keep.</summary>
internal static class ListBuffers
{
    public static List<T> Reuse<T>(List<T> list, int maxRetained)
    {
        if (list.Capacity > maxRetained)
        {
            return [];
        }

        list.Clear();
        return list;
    }
}
