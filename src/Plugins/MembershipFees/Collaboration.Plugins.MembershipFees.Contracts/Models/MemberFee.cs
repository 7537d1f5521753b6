using Collaboration.Forums;

namespace Collaboration.MembershipFees.Models;

/// <summary>A member's fee under one model, with the lines that make it.</summary>
/// <param name="MunicipalityId">Kommunenummer.</param>
/// <param name="Name">Municipality name.</param>
/// <param name="Role">Member or observer.</param>
/// <param name="Population">Inhabitants used.</param>
/// <param name="PopulationYear">Year of that count.</param>
/// <param name="DoubleMember">Whether the double-membership discount applied.</param>
/// <param name="Fee">NOK, to the øre; the lines add up to it.</param>
/// <param name="Lines">How it was computed.</param>
[GenerateSerializer, Immutable]
public sealed record MemberFee(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] string Name,
    [property: Id(2)] MembershipRole Role,
    [property: Id(3)] int Population,
    [property: Id(4)] int? PopulationYear,
    [property: Id(5)] bool DoubleMember,
    [property: Id(6)] decimal Fee,
    [property: Id(7)] IReadOnlyList<FeeLine> Lines);
