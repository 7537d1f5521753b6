namespace Collaboration.Funding.Calls;

/// <summary>
/// The notice board of calls (one grain, key "all"), kept by the calls themselves, so that every
/// municipality can see the open calls without a scan.
/// </summary>
public interface ICallBoardGrain : IGrainWithStringKey
{
    /// <summary>The board's one key.</summary>
    const string Key = "all";

    /// <summary>Adds or updates a call's notice.</summary>
    Task PostAsync(CallNotice notice);

    /// <summary>All notices, by deadline.</summary>
    Task<IReadOnlyList<CallNotice>> ListAsync();
}
