namespace Collaboration.Hearings;

/// <summary>The Hearings plugin's words in the portfolio.</summary>
public static class HearingsPortfolio
{
    /// <summary>A body asked in a hearing has not answered yet; due at the hearing's deadline.</summary>
    public const string AnswerDue = "hearinganswerdue";
}
