using Collaboration.Portfolio;

namespace Collaboration.Funding;

/// <summary>The Funding plugin's words in the portfolio: its kind of entry and its kinds of deadline.</summary>
public static class FundingPortfolio
{
    /// <summary>A (joint) funding application; its entries are keyed "application/{id}".</summary>
    public const string Application = "application";

    /// <summary>A funding call closes.</summary>
    public const string CallClosing = "callclosing";

    /// <summary>An invitation to an application waits for a municipality's answer by the call's deadline.</summary>
    public const string InvitationUnanswered = "invitationunanswered";

    /// <summary>The portfolio key of an application.</summary>
    public static string Key(string applicationId) => PortfolioKey.Of(Application, applicationId);
}
