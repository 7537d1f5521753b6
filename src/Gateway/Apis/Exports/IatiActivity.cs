namespace Collaboration.Gateway.Apis.Exports;

/// <summary>One IATI activity: a project or a funding application of the portfolio, in IATI's terms.</summary>
/// <param name="Identifier">The reporting organisation's ref, "-", and the entry's key with "/" as "-".</param>
/// <param name="Title">Title.</param>
/// <param name="Description">General description.</param>
/// <param name="Organisations">Participating organisations with their roles; at least one.</param>
/// <param name="Status">IATI activity status code (see <see cref="IatiStatus"/>).</param>
/// <param name="Dates">Start and end dates known; at least one.</param>
/// <param name="Budgets">Budget per year, NOK.</param>
public sealed record IatiActivity(
    string Identifier,
    string Title,
    string Description,
    IReadOnlyList<IatiOrganisation> Organisations,
    int Status,
    IReadOnlyList<IatiDate> Dates,
    IReadOnlyList<IatiBudget> Budgets);
