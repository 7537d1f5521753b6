namespace Collaboration.MembershipFees.Models;

/// <summary>
/// A fee model (medlemsavgift) for a council and a year. Each member pays base + rate × inhabitants
/// (1 January of the year before), kept within floor and cap; observers pay nothing or a reduced
/// fee; members of another regional council get a discount; the county adds a fixed contribution.
/// </summary>
/// <param name="Name">Slug within the year, e.g. "forslag-a".</param>
/// <param name="Title">Display title.</param>
/// <param name="BaseAmount">NOK per member.</param>
/// <param name="RatePerInhabitant">NOK per inhabitant.</param>
/// <param name="Floor">Least fee of a member, if any.</param>
/// <param name="Cap">Largest fee of a member, if any; not below the floor.</param>
/// <param name="Observers">What observers pay.</param>
/// <param name="DoubleMembership">The discount for members of another regional council.</param>
/// <param name="CountyContribution">Fixed NOK from the county, outside the members' fees.</param>
/// <param name="DoubleMembers">Members the discount applies to; null to find them from their other council memberships.</param>
/// <param name="Note">Free text, e.g. why, or that values are illustrative.</param>
/// <param name="Adopted">The council decision that adopted it, once adopted.</param>
[GenerateSerializer, Immutable]
public sealed record FeeModel(
    [property: Id(0)] string Name,
    [property: Id(1)] string Title,
    [property: Id(2)] decimal BaseAmount,
    [property: Id(3)] decimal RatePerInhabitant,
    [property: Id(4)] decimal? Floor,
    [property: Id(5)] decimal? Cap,
    [property: Id(6)] ObserverRule Observers,
    [property: Id(7)] Discount DoubleMembership,
    [property: Id(8)] decimal CountyContribution,
    [property: Id(9)] IReadOnlyList<string>? DoubleMembers,
    [property: Id(10)] string? Note,
    [property: Id(11)] Forums.CaseNumber? Adopted)
{
    /// <summary>The year's version at the last change to this model. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(12)]
    public int Version { get; init; }
}
