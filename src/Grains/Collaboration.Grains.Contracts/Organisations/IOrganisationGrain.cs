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

    /// <summary>Registers the organisation or replaces its profile. Memberships are not touched.</summary>
    Task<Organisation> PutAsync(OrganisationProfile profile);

    /// <summary>Records or updates the organisation's membership of a forum. Called by the forum, which owns memberships.</summary>
    Task SetMembershipAsync(ForumMembership membership);

    /// <summary>Forgets the organisation's membership of a forum. Called by the forum.</summary>
    Task RemoveMembershipAsync(string forumId);
}
