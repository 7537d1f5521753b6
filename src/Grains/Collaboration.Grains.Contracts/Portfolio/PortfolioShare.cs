namespace Collaboration.Portfolio;

/// <summary>
/// One municipality's own part: in one entry, or summed over the entries of a view. Beside the
/// entries' totals it answers the officer's question "and what is ours of it?".
/// </summary>
/// <param name="MunicipalityId">Kommunenummer (or organisation number).</param>
/// <param name="Count">Entries it leads or takes part in (for one entry 1, or 0 when only invited).</param>
/// <param name="Requested">NOK it requests itself, as partner of applications.</param>
/// <param name="OwnContribution">NOK it puts in itself (egenandel).</param>
/// <param name="Granted">NOK granted to it.</param>
/// <param name="BudgetShare">Its share of joint projects' budgets under their cost-sharing keys.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioShare(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] int Count,
    [property: Id(2)] decimal Requested,
    [property: Id(3)] decimal OwnContribution,
    [property: Id(4)] decimal Granted,
    [property: Id(5)] decimal BudgetShare)
{
    /// <summary>Nothing yet, for summing.</summary>
    public static PortfolioShare None(string municipalityId) => new(municipalityId, 0, 0, 0, 0, 0);

    /// <summary>A participant's part in its entry.</summary>
    public static PortfolioShare Of(PortfolioParticipant participant) => new(participant.MunicipalityId, participant.TakesPart ? 1 : 0,
        participant.Requested, participant.OwnContribution, participant.Granted, participant.BudgetShare);

    /// <summary>This and <paramref name="other"/> together.</summary>
    public PortfolioShare Plus(PortfolioShare other) => this with
    {
        Count = Count + other.Count,
        Requested = Requested + other.Requested,
        OwnContribution = OwnContribution + other.OwnContribution,
        Granted = Granted + other.Granted,
        BudgetShare = BudgetShare + other.BudgetShare,
    };
}
