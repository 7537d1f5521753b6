namespace Collaboration.Organisations;

/// <summary>
/// The registered name of every body, municipalities and organisations alike (one grain, key
/// "all"), held in memory so an answer that names hundreds of bodies reads them in one call
/// rather than one per body. A body tells it its name after each profile it stores; when
/// activated, it asks every registered body once. It stores nothing of its own.
/// </summary>
public interface IBodyNamesGrain : IGrainWithStringKey
{
    /// <summary>The one key.</summary>
    const string Key = "all";

    /// <summary>The names of those of <paramref name="ids"/> that are registered; others are left out.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyList<string> ids);

    /// <summary>Records a body's name (called by the body after it has stored its profile).</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task SetAsync(string id, string name);
}
