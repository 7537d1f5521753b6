using System.Globalization;

namespace Collaboration.Portfolio;

/// <summary>
/// The order of the overview: by the sort's value, largest or latest first when descending, ties
/// by key. A page picks its entries from the matches without sorting them all.
/// </summary>
public sealed class PortfolioOrder(PortfolioSort sort, bool descending, DateTimeOffset now) : IComparer<PortfolioEntry>
{
    public int Compare(PortfolioEntry? x, PortfolioEntry? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var by = sort switch
        {
            PortfolioSort.Title => SortKey.Compare(x.TitleKey, y.TitleKey),
            PortfolioSort.Status => string.CompareOrdinal(x.Item.Status, y.Item.Status),
            PortfolioSort.Year => (x.Item.FromYear ?? int.MaxValue).CompareTo(y.Item.FromYear ?? int.MaxValue),
            PortfolioSort.Budget => x.Budget.CompareTo(y.Budget),
            PortfolioSort.Requested => x.Item.Requested.CompareTo(y.Item.Requested),
            PortfolioSort.Granted => x.Item.Granted.CompareTo(y.Item.Granted),
            PortfolioSort.Participants => x.TakingPart.CompareTo(y.TakingPart),
            _ => Deadline(x).CompareTo(Deadline(y)),
        };
        return by != 0 ? (descending ? -by : by) : string.CompareOrdinal(x.Key, y.Key);
    }

    /// <summary>Every entry in order.</summary>
    public IReadOnlyList<PortfolioEntry> Sort(IEnumerable<PortfolioEntry> entries)
    {
        var sorted = entries.ToArray();
        Array.Sort(sorted, this);
        return sorted;
    }

    /// <summary>
    /// The first <paramref name="count"/> of the <paramref name="total"/> <paramref name="entries"/>
    /// in order: a heap of that many, so a page of 50 out of 100 000 matches costs about one
    /// comparison per match, not a sort of them all.
    /// </summary>
    public IReadOnlyList<PortfolioEntry> First(IEnumerable<PortfolioEntry> entries, int total, int count)
    {
        if (count <= 0)
        {
            return [];
        }

        if (count >= total / 4)
        {
            return [.. Sort(entries).Take(count)];
        }

        // The last in order is on top, so each entry better than it takes its place.
        var kept = new PriorityQueue<PortfolioEntry, PortfolioEntry>(count + 1, Comparer<PortfolioEntry>.Create((a, b) => Compare(b, a)));
        foreach (var entry in entries)
        {
            if (kept.Count < count)
            {
                kept.Enqueue(entry, entry);
            }
            else if (Compare(entry, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(entry, entry);
            }
        }

        return Sort(kept.UnorderedItems.Select(e => e.Element));
    }

    private DateTimeOffset Deadline(PortfolioEntry entry) => entry.NextDeadline(now)?.Due ?? DateTimeOffset.MaxValue;
}
