namespace Collaboration.Funding.Calls;

/// <summary>A call as the notice board shows it.</summary>
/// <param name="CallId">The call's slug.</param>
/// <param name="Title">Title.</param>
/// <param name="Funder">Funder.</param>
/// <param name="Opens">Opening.</param>
/// <param name="Deadline">Deadline.</param>
/// <param name="Status">Status when last posted; closed once the deadline reminder has fired.</param>
[GenerateSerializer, Immutable]
public sealed record CallNotice(
    [property: Id(0)] string CallId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Funder,
    [property: Id(3)] DateTimeOffset Opens,
    [property: Id(4)] DateTimeOffset Deadline,
    [property: Id(5)] CallStatus Status);
