using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Calls;

/// <summary>An application as its call keeps it.</summary>
/// <param name="ApplicationId">The application's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Lead">Who leads it.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Requested">NOK requested.</param>
/// <param name="Granted">NOK granted, if granted.</param>
[GenerateSerializer, Immutable]
public sealed record ApplicationRecord(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string Title,
    [property: Id(2)] Applicant Lead,
    [property: Id(3)] ApplicationStatus Status,
    [property: Id(4)] decimal Requested,
    [property: Id(5)] decimal? Granted);
