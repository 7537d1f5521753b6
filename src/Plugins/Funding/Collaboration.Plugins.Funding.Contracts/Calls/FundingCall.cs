namespace Collaboration.Funding.Calls;

/// <summary>A published call with its statistics.</summary>
/// <param name="Id">The slug.</param>
/// <param name="Details">Funder, dates, limits.</param>
/// <param name="Status">Upcoming, open or closed.</param>
/// <param name="Statistics">Applications, granted, success rate.</param>
[GenerateSerializer, Immutable]
public sealed record FundingCall(
    [property: Id(0)] string Id,
    [property: Id(1)] CallDetails Details,
    [property: Id(2)] CallStatus Status,
    [property: Id(3)] CallStatistics Statistics)
{
    /// <summary>The version of the call: of its last stored change, its statistics included. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(4)]
    public int Version { get; init; }
}
