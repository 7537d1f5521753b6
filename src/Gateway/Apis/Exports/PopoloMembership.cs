namespace Collaboration.Gateway.Apis.Exports;

/// <summary>
/// A Popolo membership: one dated period of a body in a forum. The member is an organization
/// (Popolo's <c>member</c> object), since forums have municipalities and bodies as members, not people.
/// </summary>
/// <param name="Id">"{forum id}/{member id}/{first day}".</param>
/// <param name="OrganizationId">The forum.</param>
/// <param name="Member">The member body.</param>
/// <param name="Role">"member" or "observer".</param>
/// <param name="StartDate">First day.</param>
/// <param name="EndDate">Last day, if set.</param>
public sealed record PopoloMembership(
    string Id,
    string OrganizationId,
    PopoloMember Member,
    string Role,
    string StartDate,
    string? EndDate);
