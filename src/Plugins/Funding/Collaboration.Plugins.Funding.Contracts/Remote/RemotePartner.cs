namespace Collaboration.Funding.Remote;

/// <summary>A partner that is another region's municipality: invited through that region's installation.</summary>
/// <param name="Peer">The peer's name in our configuration.</param>
/// <param name="Region">The peer's region label.</param>
/// <param name="Invitation">Where the invitation stands.</param>
/// <param name="Refusal">Why the peer refused it, when it did.</param>
[GenerateSerializer, Immutable]
public sealed record RemotePartner(
    [property: Id(0)] string Peer,
    [property: Id(1)] string Region,
    [property: Id(2)] Delivery Invitation,
    [property: Id(3)] string? Refusal);
