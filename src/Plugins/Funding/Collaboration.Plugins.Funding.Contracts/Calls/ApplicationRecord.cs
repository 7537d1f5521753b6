using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Calls;

/// <summary>An application as its call keeps it.</summary>
/// <param name="ApplicationId">The application's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Lead">Who leads it.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Requested">NOK requested.</param>
/// <param name="Granted">NOK granted, if granted.</param>
/// <param name="TakingPart">Kommunenummer of each municipality taking part (accepted), in ordinal order.</param>
[GenerateSerializer, Immutable]
public sealed record ApplicationRecord(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string Title,
    [property: Id(2)] Applicant Lead,
    [property: Id(3)] ApplicationStatus Status,
    [property: Id(4)] decimal Requested,
    [property: Id(5)] decimal? Granted,
    [property: Id(6)] IReadOnlyList<string>? TakingPart = null)
{
    /// <summary>Equal when every field is, the municipalities taking part compared one by one, so an unchanged record is not stored again.</summary>
    public bool Equals(ApplicationRecord? other) =>
        other is not null && ApplicationId == other.ApplicationId && Title == other.Title && Lead == other.Lead
        && Status == other.Status && Requested == other.Requested && Granted == other.Granted
        && (TakingPart ?? []).SequenceEqual(other.TakingPart ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ApplicationId, Status, Requested);
}
