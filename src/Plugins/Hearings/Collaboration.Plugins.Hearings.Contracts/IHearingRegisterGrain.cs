namespace Collaboration.Hearings;

/// <summary>The register of hearings (one grain, key "all"), kept by the hearings themselves.</summary>
public interface IHearingRegisterGrain : IGrainWithStringKey
{
    /// <summary>The register's one key.</summary>
    const string Key = "all";

    /// <summary>Adds or updates a hearing's listing.</summary>
    Task RecordAsync(HearingListing listing);

    /// <summary>The hearings of a forum and/or asking a body (all when both are null), newest first.</summary>
    Task<IReadOnlyList<HearingListing>> ListAsync(string? forumId, string? bodyId);
}
