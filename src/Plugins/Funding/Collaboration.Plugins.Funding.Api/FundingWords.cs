using Collaboration.Portfolio;

namespace Collaboration.Funding.Api;

/// <summary>What the Funding plugin's portfolio words are called in bokmål.</summary>
public static class FundingWords
{
    /// <summary>Its kinds, statuses and deadlines in the portfolio.</summary>
    public static PortfolioWords Portfolio { get; } = new()
    {
        Kinds = new Dictionary<string, string> { [FundingPortfolio.Application] = "Søknad" },
        Statuses = new Dictionary<string, string>
        {
            ["draft"] = "Utkast",
            ["submitted"] = "Sendt",
            ["granted"] = "Innvilget",
            ["rejected"] = "Avslått",
            ["withdrawn"] = "Trukket",
        },
        DeadlineKinds = new Dictionary<string, string>
        {
            [FundingPortfolio.CallClosing] = "Utlysning stenger",
            [FundingPortfolio.InvitationUnanswered] = "Ubesvart invitasjon",
        },

        // An application is prepared until it is granted; then what it applied for is carried out.
        Stages = new Dictionary<string, PortfolioStage>
        {
            ["draft"] = PortfolioStage.Pipeline,
            ["submitted"] = PortfolioStage.Pipeline,
            ["granted"] = PortfolioStage.Implementation,
            ["rejected"] = PortfolioStage.Cancelled,
            ["withdrawn"] = PortfolioStage.Cancelled,
        },
    };
}
