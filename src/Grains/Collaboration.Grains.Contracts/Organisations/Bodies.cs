using Collaboration.Municipalities;

namespace Collaboration.Organisations;

/// <summary>
/// A member or participant body, named by one id: a kommunenummer (four digits) for a
/// municipality of today, an organisation number (nine digits) for any other registered body.
/// Forums and projects reach either kind through these, so neither needs to tell them apart.
/// </summary>
public static class Bodies
{
    /// <summary>Whether <paramref name="id"/> names a municipality: a kommunenummer.</summary>
    public static bool IsKommunenummer(string id) => Kommunenummer.IsValid(id);

    /// <summary>Whether <paramref name="id"/> names an organisation: a valid organisation number.</summary>
    public static bool IsOrganisationNumber(string id) => OrganisationNumber.IsValid(id);

    /// <summary>Whether the body is registered; false for an id that is neither kind.</summary>
    public static Task<bool> ExistsAsync(this IGrainFactory grains, string id) =>
        IsKommunenummer(id) ? grains.GetGrain<IMunicipalityGrain>(id).ExistsAsync()
        : IsOrganisationNumber(id) ? grains.GetGrain<IOrganisationGrain>(id).ExistsAsync()
        : Task.FromResult(false);

    /// <summary>The body's registered name; null when it is not registered.</summary>
    public static async Task<string?> NameAsync(this IGrainFactory grains, string id)
    {
        if (IsKommunenummer(id))
        {
            return await grains.GetGrain<IMunicipalityGrain>(id).NameAsync();
        }

        if (IsOrganisationNumber(id))
        {
            return await grains.GetGrain<IOrganisationGrain>(id).NameAsync();
        }

        return null;
    }

    /// <summary>
    /// The registered names of the bodies <paramref name="ids"/> (municipalities and organisations
    /// alike), in one call to the names directory (<see cref="IBodyNamesGrain"/>), however many
    /// they are; one that is not registered is left out. Answers read names here rather than copy
    /// them, so a renamed body shows its new name everywhere.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(this IGrainFactory grains, IEnumerable<string> ids)
    {
        IReadOnlyList<string> distinct = [.. ids.Distinct(StringComparer.Ordinal)];
        return distinct.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : await grains.GetGrain<IBodyNamesGrain>(IBodyNamesGrain.Key).NamesAsync(distinct);
    }

    /// <summary>Replaces the body's record of its periods in a forum (see <see cref="IMunicipalityGrain.SetMembershipsAsync"/>).</summary>
    public static Task SetMembershipsAsync(this IGrainFactory grains, string id, string forumId, IReadOnlyList<ForumMembership> periods) =>
        IsKommunenummer(id) ? grains.GetGrain<IMunicipalityGrain>(id).SetMembershipsAsync(forumId, periods)
        : IsOrganisationNumber(id) ? grains.GetGrain<IOrganisationGrain>(id).SetMembershipsAsync(forumId, periods)
        : throw Unknown(id);

    private static CollaborationException Unknown(string id) =>
        CollaborationException.Invalid("kommunenummer", $"'{id}' is neither a kommunenummer nor an organisation number.");
}
