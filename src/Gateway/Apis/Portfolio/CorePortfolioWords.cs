using Collaboration.Portfolio;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>The core's words in the portfolio: projects, their statuses, the roles, follow-ups.</summary>
public static class CorePortfolioWords
{
    public static PortfolioWords Words { get; } = new()
    {
        Kinds = new Dictionary<string, string> { [PortfolioKind.Project] = "Prosjekt" },
        Statuses = new Dictionary<string, string>
        {
            ["idea"] = "Idé",
            ["planned"] = "Planlagt",
            ["active"] = "Aktiv",
            ["completed"] = "Fullført",
            ["cancelled"] = "Avlyst",
        },
        Roles = new Dictionary<string, string>
        {
            ["lead"] = "leder",
            ["participant"] = "deltar",
            ["invited"] = "invitert",
            ["declined"] = "takket nei",
            ["left"] = "trakk seg",
        },
        DeadlineKinds = new Dictionary<string, string> { [PortfolioDeadlineKind.FollowUpDue] = "Oppfølging forfaller" },
        Stages = new Dictionary<string, PortfolioStage>
        {
            ["idea"] = PortfolioStage.Pipeline,
            ["planned"] = PortfolioStage.Pipeline,
            ["active"] = PortfolioStage.Implementation,
            ["completed"] = PortfolioStage.Closed,
            ["cancelled"] = PortfolioStage.Cancelled,
        },
    };
}
