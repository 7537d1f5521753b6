using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Municipalities;

/// <summary>A municipality's place in one application.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="Title">Its title.</param>
/// <param name="CallId">Its call.</param>
/// <param name="IsLead">Whether the municipality leads it.</param>
/// <param name="State">Invited, accepted, declined, left or expired.</param>
/// <param name="Status">The application's status.</param>
[GenerateSerializer, Immutable]
public sealed record Involvement(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string Title,
    [property: Id(2)] string CallId,
    [property: Id(3)] bool IsLead,
    [property: Id(4)] PartnerState State,
    [property: Id(5)] ApplicationStatus Status);
