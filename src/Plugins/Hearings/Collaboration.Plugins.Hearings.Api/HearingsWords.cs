using Collaboration.Portfolio;

namespace Collaboration.Hearings.Api;

/// <summary>What the Hearings plugin's portfolio words are called in bokmål.</summary>
public static class HearingsWords
{
    /// <summary>Its kind of deadline in the portfolio.</summary>
    public static PortfolioWords Portfolio { get; } = new()
    {
        DeadlineKinds = new Dictionary<string, string> { [HearingsPortfolio.AnswerDue] = "Høringssvar eller vedtak ventes" },
    };
}
