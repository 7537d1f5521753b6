namespace Collaboration.Funding.Calls;

/// <summary>What a funder announces.</summary>
/// <param name="Funder">E.g. "Landbruksdirektoratet", "Miljødirektoratet (Klimasats)".</param>
/// <param name="Title">The call's title.</param>
/// <param name="Description">Free text.</param>
/// <param name="Opens">When applications may start.</param>
/// <param name="Deadline">When the call closes (Europe/Oslo time on the wire).</param>
/// <param name="MaxPerMunicipality">Most that may be requested per municipality taking part, NOK.</param>
/// <param name="JointAllowed">Whether several municipalities may apply together.</param>
/// <param name="Themes">Themes, e.g. "landbruk", "klima".</param>
/// <param name="ReportedApplications">Applications the funder reports in all, ours and others' (Klimasats 2022: 310), if known.</param>
[GenerateSerializer, Immutable]
public sealed record CallDetails(
    [property: Id(0)] string Funder,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Description,
    [property: Id(3)] DateTimeOffset Opens,
    [property: Id(4)] DateTimeOffset Deadline,
    [property: Id(5)] decimal MaxPerMunicipality,
    [property: Id(6)] bool JointAllowed,
    [property: Id(7)] IReadOnlyList<string> Themes,
    [property: Id(8)] int? ReportedApplications = null);
