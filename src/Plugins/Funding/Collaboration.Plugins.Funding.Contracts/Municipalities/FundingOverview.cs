using Collaboration.Funding.Calls;

namespace Collaboration.Funding.Municipalities;

/// <summary>What a municipality officer sees on the funding desk.</summary>
/// <param name="MunicipalityId">Kommunenummer.</param>
/// <param name="OpenCalls">Calls taking applications now.</param>
/// <param name="Leads">Applications it leads.</param>
/// <param name="Invitations">Invitations waiting for its answer.</param>
/// <param name="TakesPartIn">Applications it takes part in (not as lead).</param>
[GenerateSerializer, Immutable]
public sealed record FundingOverview(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] IReadOnlyList<CallNotice> OpenCalls,
    [property: Id(2)] IReadOnlyList<Involvement> Leads,
    [property: Id(3)] IReadOnlyList<Involvement> Invitations,
    [property: Id(4)] IReadOnlyList<Involvement> TakesPartIn);
