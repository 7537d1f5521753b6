namespace Collaboration.Journal;

/// <summary>When an object was created and last changed, from the journal; for a deleted object, when it was deleted.</summary>
/// <param name="Created">Its first appearance.</param>
/// <param name="Modified">Its last change, or its deletion.</param>
/// <param name="Deleted">True when it is no longer there.</param>
public sealed record PartStamp(DateTimeOffset Created, DateTimeOffset Modified, bool Deleted)
{
    /// <summary>One object made of several (a person presenting cases in several forums): live while any part is.</summary>
    public static PartStamp? Merge(IEnumerable<PartStamp> parts)
    {
        var all = parts.ToList();
        if (all.Count == 0)
        {
            return null;
        }

        var live = all.Where(p => !p.Deleted).ToList();
        return live.Count > 0
            ? new PartStamp(all.Min(p => p.Created), live.Max(p => p.Modified), false)
            : new PartStamp(all.Min(p => p.Created), all.Max(p => p.Modified), true);
    }
}
