namespace Collaboration.Funding.Applications;

/// <summary>A municipality invited to (or leading) an application.</summary>
/// <param name="MunicipalityId">Kommunenummer.</param>
/// <param name="State">Invited, accepted, declined, left or expired.</param>
/// <param name="Share">Its amounts and role once accepted.</param>
/// <param name="IsLead">True for a municipality lead.</param>
/// <param name="Granted">Its part of a granted amount.</param>
[GenerateSerializer, Immutable]
public sealed record Partner(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] PartnerState State,
    [property: Id(2)] PartnerShare? Share,
    [property: Id(3)] bool IsLead,
    [property: Id(4)] decimal? Granted)
{
    /// <summary>For another region's municipality: its region, and where the invitation stands.</summary>
    [Id(5)]
    public Remote.RemotePartner? Remote { get; init; }
}
