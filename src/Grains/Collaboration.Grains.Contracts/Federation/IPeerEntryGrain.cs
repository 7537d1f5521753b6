using Collaboration.Portfolio;

namespace Collaboration.Federation;

/// <summary>
/// One entry of a peer's portfolio as copied here (key: "{peer}/{the peer's entry key}"). It
/// reports to our portfolio like our own objects do, so the portfolio rebuilds it after a restart.
/// </summary>
public interface IPeerEntryGrain : IGrainWithStringKey, IPortfolioSource
{
    /// <summary>The key of the copy of the peer's entry <paramref name="entryKey"/>.</summary>
    static string KeyOf(string peer, string entryKey) => $"{peer}/{entryKey}";

    /// <summary>Keeps the entry as the peer answers it now (its key already the copy's, its region set).</summary>
    Task SetAsync(PortfolioItem item);

    /// <summary>Forgets the entry: the peer no longer has it, or no longer shares it.</summary>
    Task RemoveAsync();
}
