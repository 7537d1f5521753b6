namespace Collaboration.Funding.Applications;

/// <summary>Who leads an application: a municipality (by kommunenummer) or a forum (by path).</summary>
/// <param name="Kind">Municipality or forum.</param>
/// <param name="Id">Kommunenummer or forum path.</param>
[GenerateSerializer, Immutable]
public sealed record Applicant(
    [property: Id(0)] ApplicantKind Kind,
    [property: Id(1)] string Id);
