namespace Collaboration.Hearings;

/// <summary>How a hearing is stored and answered.</summary>
public sealed partial class HearingGrain
{
    /// <summary>Stores the change, then tells the register and the portfolio; both notices may be repeated.</summary>
    private async Task<Hearing> SaveAsync(string systemEvent = "system")
    {
        await this.CommitAsync(state, RefreshAsync, systemEvent);
        var hearing = ToHearing();
        await GrainFactory.GetGrain<IHearingRegisterGrain>(IHearingRegisterGrain.Key)
            .RecordAsync(new HearingListing(Id, hearing.ForumId, hearing.Sent, [.. hearing.Bodies.Select(b => b.BodyId)]));
        return hearing;
    }

    private Hearing ToHearing()
    {
        var current = Current;
        var outcomes = current.Bodies.Select(b => b.Treatment?.Outcome).ToList();
        return new Hearing(Id, current.ForumId!, current.Year, current.Sequence, current.CaseNumber!, current.Title, current.Kind,
            current.Sent, current.Deadline, [.. current.Documents], current.Rule,
            current.Conclusion is null ? HearingStatus.Open : HearingStatus.Concluded,
            [.. current.Bodies], HearingSummary.Of(outcomes), current.Rule.Evaluate(outcomes, settled: current.Conclusion is not null),
            current.Conclusion, current.Version, DeadlinePassed);
    }
}
