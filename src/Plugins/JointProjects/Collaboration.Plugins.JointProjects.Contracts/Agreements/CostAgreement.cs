using Collaboration.Forums;

namespace Collaboration.JointProjects.Agreements;

/// <summary>An adopted version of the cost-sharing agreement; it never changes.</summary>
/// <param name="Version">1, 2, …</param>
/// <param name="Key">The key.</param>
/// <param name="Parties">Who is bound, with the weight basis of each.</param>
/// <param name="Decision">The deciding case, if given.</param>
/// <param name="AdoptedAt">When it was adopted.</param>
[GenerateSerializer, Immutable]
public sealed record CostAgreement(
    [property: Id(0)] int Version,
    [property: Id(1)] CostKey Key,
    [property: Id(2)] IReadOnlyList<Party> Parties,
    [property: Id(3)] CaseNumber? Decision,
    [property: Id(4)] DateTimeOffset AdoptedAt);
