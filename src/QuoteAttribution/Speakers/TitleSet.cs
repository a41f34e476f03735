namespace QuoteAttribution.Speakers;

/// <summary>
/// The titles a document gave an entity ("Sen. Lindsey Graham": senator), one bit per title of titles.txt, so "the
/// senator" finds him and not a "nominee". Every title has a bit of its own: a shared bit would match unrelated roles.
/// </summary>
internal struct TitleSet
{
    /// <summary>The most distinct titles the word lists may hold.</summary>
    public const int Capacity = 256;

    private ulong _0, _1, _2, _3;

    public readonly bool IsEmpty => (_0 | _1 | _2 | _3) == 0;

    public void Add(int index)
    {
        ulong bit = 1UL << (index & 63);
        switch (index >> 6)
        {
            case 0: _0 |= bit; break;
            case 1: _1 |= bit; break;
            case 2: _2 |= bit; break;
            default: _3 |= bit; break;
        }
    }

    public void UnionWith(in TitleSet other)
    {
        _0 |= other._0;
        _1 |= other._1;
        _2 |= other._2;
        _3 |= other._3;
    }

    /// <summary>Whether the two sets share a title.</summary>
    public readonly bool Overlaps(in TitleSet other) => ((_0 & other._0) | (_1 & other._1) | (_2 & other._2) | (_3 & other._3)) != 0;

    public readonly bool Contains(int index)
    {
        ulong word = (index >> 6) switch { 0 => _0, 1 => _1, 2 => _2, _ => _3 };
        return (word & (1UL << (index & 63))) != 0;
    }
}
