
namespace Collaboration.Municipalities;

/// <summary>A municipality (kommune), keyed by its kommunenummer.</summary>
public interface IMunicipalityGrain : IGrainWithStringKey
{
    /// <summary>The municipality with its forum memberships; NotFound when it was never registered.</summary>
    Task<Municipality> GetAsync();

    /// <summary>Whether the municipality has been registered.</summary>
    Task<bool> ExistsAsync();

    /// <summary>
    /// The registered name; null when it was never registered. Interleaved: the names directory
    /// (<see cref="Organisations.IBodyNamesGrain"/>) asks it while the municipality may be waiting to tell
    /// the directory its new name.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<string?> NameAsync();

    /// <summary>Registers the municipality or replaces its profile. Memberships are not touched.</summary>
    Task<Municipality> PutAsync(MunicipalityProfile profile);

    /// <summary>
    /// Replaces the municipality's record of its periods in a forum with <paramref name="periods"/> (none
    /// forgets the forum). Called by the forum, which owns memberships; idempotent, so a forum
    /// repeats it after a failure.
    /// </summary>
    Task SetMembershipsAsync(string forumId, IReadOnlyList<ForumMembership> periods);
}
