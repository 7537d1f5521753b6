using Collaboration.Funding.Applications;
using Collaboration.Portfolio;
using Collaboration.Versions;

namespace Collaboration.Funding.Calls;

public sealed partial class FundingCallGrain(
    [PersistentState(FundingPlugin.CallState, GrainStorage.Name)] IPersistentState<FundingCallState> state,
    TimeProvider clock) : Grain, IFundingCallGrain, IRemindable, IPortfolioSource
{
    private const string DeadlineReminder = "call-deadline";

    private string Id => this.GetPrimaryKeyString();

    private CallDetails Details => Existing.OrNotFound(state.State.Details, $"Funding call '{Id}' does not exist.");

    private void EnsureExists() => _ = Details;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A deadline that passed while the silo was down closes the call now, not a period later;
        // the reminder, still registered, expires the applications' invitations at its next tick
        // (a read of an application expires its own before that).
        if (state.State.Details is { } details && !state.State.Closed && details.Deadline <= clock.GetUtcNow())
        {
            await CloseAsync();
        }
    }

    public Task<FundingCall> GetAsync() => Task.FromResult(ToCall());

    public async Task<FundingCall> PutAsync(CallDetails details)
    {
        Precondition.Check(state.State.Details is null ? 0 : state.State.Version, $"Funding call '{Id}'");
        if (details.Deadline <= details.Opens)
        {
            throw CollaborationException.Invalid("deadline", "A call's deadline must come after it opens.");
        }

        state.State.Details = details;
        state.State.Closed = details.Deadline <= clock.GetUtcNow();
        await this.CommitAsync(state, then: RefreshAsync);
        if (state.State.Closed)
        {
            await ExpireInvitationsAsync();
            await UnscheduleAsync();
        }
        else
        {
            // The reminder brings the call back at its deadline to close it; its period only
            // matters if that tick is missed while the silo is down.
            await this.RegisterOrUpdateReminder(DeadlineReminder, details.Deadline - clock.GetUtcNow(), TimeSpan.FromMinutes(1));
        }

        await PostNoticeAsync();

        // Its applications take their themes and deadline from the call; they report again once this call is done.
        foreach (var id in state.State.Ids)
        {
            await GrainFactory.GetGrain<IFundingApplicationGrain>(id).AsReference<IPortfolioSource>().RefreshAsync();
        }

        return ToCall();
    }

    public async Task<string> NumberApplicationAsync(string? wantedId)
    {
        // A wanted id given before is given again: the application grain refuses a second
        // creation, and a creation that failed half-way can be retried.
        if (wantedId is not null && state.State.Ids.Contains(wantedId))
        {
            return wantedId;
        }

        var status = Status();
        if (status != CallStatus.Open)
        {
            throw CollaborationException.Conflict($"Funding call '{Id}' is {status.ToString().ToLowerInvariant()}: it takes no applications.", "callId");
        }

        var id = wantedId;
        while (id is null || state.State.Ids.Contains(id))
        {
            id = $"{Id}-{state.State.NextApplication++}";
        }

        // What the call reports to the portfolio (its closing) does not change with its applications.
        state.State.Ids.Add(id);
        await this.CommitAsync(state);
        return id;
    }

    public async Task RecordAsync(ApplicationRecord record)
    {
        EnsureExists();
        if (state.State.Applications.GetValueOrDefault(record.ApplicationId) != record)
        {
            state.State.Applications[record.ApplicationId] = record;
            await this.CommitAsync(state);
        }
    }

    public Task<IReadOnlyList<ApplicationRecord>> ListApplicationsAsync()
    {
        EnsureExists();
        return Task.FromResult<IReadOnlyList<ApplicationRecord>>([.. state.State.Applications.Values.OrderBy(a => a.ApplicationId, StringComparer.Ordinal)]);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DeadlineReminder && state.State.Details is { } details && details.Deadline <= clock.GetUtcNow())
        {
            if (!state.State.Closed)
            {
                await CloseAsync();
            }

            // Unregistered only once every application has heard, so a failed round is tried again at the next tick.
            await ExpireInvitationsAsync();
            await UnscheduleAsync();
        }
    }

    private async Task CloseAsync()
    {
        state.State.Closed = true;
        await this.CommitAsync(state, RefreshAsync, "deadline passed: call closed");
        await PostNoticeAsync();
    }

    /// <summary>Tells each draft that the call has closed, so its unanswered invitations expire.</summary>
    private async Task ExpireInvitationsAsync()
    {
        var drafts = state.State.Applications.Values.Where(r => r.Status == ApplicationStatus.Draft).Select(r => r.ApplicationId).ToList();
        // Each draft records its change with this call (and reads it for the portfolio) while this
        // call waits for it: calls back along this chain must be let in, or they would wait forever.
        using (RequestContext.AllowCallChainReentrancy())
        {
            await Task.WhenAll(drafts.Select(id => GrainFactory.GetGrain<IFundingApplicationGrain>(id).ExpireInvitationsAsync()));
        }
    }

    private async Task UnscheduleAsync()
    {
        if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private Task PostNoticeAsync() =>
        GrainFactory.GetGrain<ICallBoardGrain>(ICallBoardGrain.Key)
            .PostAsync(new CallNotice(Id, Details.Title, Details.Funder, Details.Opens, Details.Deadline, Status()));

    private CallStatus Status() =>
        state.State.Closed || Details.Deadline <= clock.GetUtcNow() ? CallStatus.Closed
        : Details.Opens > clock.GetUtcNow() ? CallStatus.Upcoming
        : CallStatus.Open;

    private FundingCall ToCall() =>
        new(Id, Details, Status(), CallStatisticsOf(state.State.Applications.Values, Details.ReportedApplications)) { Version = state.State.Version };

    private static CallStatistics CallStatisticsOf(IEnumerable<ApplicationRecord> records, int? reported)
    {
        var all = records.ToList();
        var counted = all.Where(r => r.Status != ApplicationStatus.Withdrawn).ToList();
        var granted = counted.Count(r => r.Status == ApplicationStatus.Granted);
        var rejected = counted.Count(r => r.Status == ApplicationStatus.Rejected);
        return new CallStatistics(
            counted.Count,
            counted.Count(r => r.Status == ApplicationStatus.Submitted),
            granted,
            rejected,
            counted.Where(r => r.Status != ApplicationStatus.Draft).Sum(r => r.Requested),
            counted.Sum(r => r.Granted ?? 0),
            granted + rejected == 0 ? 0 : decimal.Round(100m * granted / (granted + rejected), 2, MidpointRounding.AwayFromZero),
            reported,
            counted.Count(r => r.Status == ApplicationStatus.Draft),
            all.Count - counted.Count,
            counted.SelectMany(r => r.TakingPart ?? []).Distinct(StringComparer.Ordinal).Count());
    }
}
