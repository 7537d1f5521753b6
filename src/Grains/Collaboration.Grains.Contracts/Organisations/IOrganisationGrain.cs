using Collaboration.Municipalities;

namespace Collaboration.Organisations;

/// <summary>
/// A public body that is not a municipality of today (a county council, a former municipality,
/// an agency), keyed by its organisation number.
/// </summary>
public interface IOrganisationGrain : IGrainWithStringKey
{
    /// <summary>The organisation with its forum memberships; NotFound when it was never registered.</summary>
    Task<Organisation> GetAsync();

    /// <summary>Whether the organisation has been registered.</summary>
    Task<bool> ExistsAsync();

    /// <summary>
    /// The registered name; null when it was never registered. Interleaved: the names directory
    /// (<see cref="Organisations.IBodyNamesGrain"/>) asks it while the organisation may be waiting to tell
    /// the directory its new name.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<string?> NameAsync();

    /// <summary>Registers the organisation or replaces its profile. Memberships are not touched.</summary>
    Task<Organisation> PutAsync(OrganisationProfile profile);

    /// <summary>
    /// Replaces the organisation's record of its periods in a forum with <paramref name="periods"/> (none
    /// forgets the forum). Called by the forum, which owns memberships; idempotent, so a forum
    /// repeats it after a failure.
    /// </summary>
    Task SetMembershipsAsync(string forumId, IReadOnlyList<ForumMembership> periods);
}
