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
    [property: Id(5)] ApplicationStatus Status)
{
    /// <summary>For an invitation from another region: that region (the application id is then the invitation's key, "{peer}/{application id}/{kommunenummer}").</summary>
    [Id(6)]
    public string? Region { get; init; }

    /// <summary>For an invitation from another region: its call's deadline, which our call board does not know.</summary>
    [Id(7)]
    public DateTimeOffset? Deadline { get; init; }
}
