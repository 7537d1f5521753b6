
namespace Collaboration.Municipalities;

/// <summary>A municipality (kommune), keyed by its kommunenummer.</summary>
public interface IMunicipalityGrain : IGrainWithStringKey
{
    /// <summary>The municipality with its forum memberships; NotFound when it was never registered.</summary>
    Task<Municipality> GetAsync();

    /// <summary>Whether the municipality has been registered.</summary>
    Task<bool> ExistsAsync();

    /// <summary>Registers the municipality or replaces its profile. Memberships are not touched.</summary>
    Task<Municipality> PutAsync(MunicipalityProfile profile);

    /// <summary>Records or updates the municipality's membership of a forum. Called by the forum, which owns memberships.</summary>
    Task SetMembershipAsync(ForumMembership membership);

    /// <summary>Forgets the municipality's membership of a forum. Called by the forum.</summary>
    Task RemoveMembershipAsync(string forumId);
}
