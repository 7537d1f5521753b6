namespace Collaboration.MembershipFees.Models;

/// <summary>A council's fee year.</summary>
/// <param name="Council">Council forum id.</param>
/// <param name="Year">The year.</param>
/// <param name="Models">Its models, by name.</param>
/// <param name="AdoptedModel">The adopted model's name, if any.</param>
/// <param name="InvoiceCount">Invoices made.</param>
[GenerateSerializer, Immutable]
public sealed record FeeYear(
    [property: Id(0)] string Council,
    [property: Id(1)] int Year,
    [property: Id(2)] IReadOnlyList<FeeModel> Models,
    [property: Id(3)] string? AdoptedModel,
    [property: Id(4)] int InvoiceCount)
{
    /// <summary>The version of the year: of its last stored change. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(5)]
    public int Version { get; init; }
}
