using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Remote;

/// <summary>An invitation from another region, with our answer.</summary>
/// <param name="Id">The key: "{peer}/{application id}/{kommunenummer}".</param>
/// <param name="Region">The inviting region.</param>
/// <param name="Invitation">What was received.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="State">Invited, accepted or declined.</param>
/// <param name="Share">Our amounts when accepted.</param>
/// <param name="Answer">Where our last answer stands; null before we answer.</param>
/// <param name="Refusal">Why the inviting region refused our answer, when it did.</param>
/// <param name="Version">Grows with every change.</param>
[GenerateSerializer, Immutable]
public sealed record RemoteInvitationView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Region,
    [property: Id(2)] RemoteInvitation Invitation,
    [property: Id(3)] DateTimeOffset ReceivedAt,
    [property: Id(4)] PartnerState State,
    [property: Id(5)] PartnerShare? Share,
    [property: Id(6)] Delivery? Answer,
    [property: Id(7)] string? Refusal,
    [property: Id(8)] int Version);
