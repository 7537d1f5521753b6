namespace Collaboration.Funding.Applications;

/// <summary>What a lead gives to start an application.</summary>
/// <param name="CallId">The call applied to.</param>
/// <param name="Title">The application's title.</param>
/// <param name="Lead">The lead applicant.</param>
/// <param name="LeadShare">A municipality lead's own amounts; null for a forum lead.</param>
[GenerateSerializer, Immutable]
public sealed record NewApplication(
    [property: Id(0)] string CallId,
    [property: Id(1)] string Title,
    [property: Id(2)] Applicant Lead,
    [property: Id(3)] PartnerShare? LeadShare);
