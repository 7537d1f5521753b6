namespace Collaboration.Portfolio;

/// <summary>
/// Which entries to show. Values within one list are alternatives; the lists and the year all
/// have to match. Empty lists match everything.
/// </summary>
/// <param name="Themes">Any of these themes.</param>
/// <param name="Statuses">Any of these status words.</param>
/// <param name="Municipalities">Any of these municipalities leads, takes part or is invited.</param>
/// <param name="Forums">Owned by any of these forums or a forum under them.</param>
/// <param name="Kinds">Any of these kind words.</param>
/// <param name="Year">Runs in this year.</param>
/// <param name="Text">Words the title or key contains, ignoring case.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioFilter(
    [property: Id(0)] IReadOnlyList<string> Themes,
    [property: Id(1)] IReadOnlyList<string> Statuses,
    [property: Id(2)] IReadOnlyList<string> Municipalities,
    [property: Id(3)] IReadOnlyList<string> Forums,
    [property: Id(4)] IReadOnlyList<string> Kinds,
    [property: Id(5)] int? Year,
    [property: Id(6)] string? Text)
{
    /// <summary>Everything.</summary>
    public static PortfolioFilter All { get; } = new([], [], [], [], [], null, null);

    /// <summary>
    /// The regions whose entries to show: peers' region labels, our own as <see cref="OwnRegion"/>.
    /// Unlike the other lists, empty means our own only: peers' copies are shown when asked for.
    /// </summary>
    [Id(7)]
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Our own region in <see cref="Regions"/>.</summary>
    public const string OwnRegion = "";
}
