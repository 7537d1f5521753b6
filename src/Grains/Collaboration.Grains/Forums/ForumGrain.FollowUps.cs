using Collaboration.Versions;

namespace Collaboration.Forums;

public sealed partial class ForumGrain
{
    private const string DeadlineReminder = "follow-up-deadlines";

    // The deadline the reminder is registered for in this activation, to skip needless re-registration.
    private DateTimeOffset? _scheduledFor;

    public async Task<FollowUp> AddFollowUpAsync(int year, int sequence, FollowUpDraft draft)
    {
        var (_, item) = RequireCase(year, sequence);
        draft = await WithOwnerAsync(draft, "owner");
        var followUp = NewFollowUp(item.Number!, draft);
        item.FollowUpIds.Add(followUp.Id);
        await CommitAndReportAsync();
        await ScheduleDeadlineCheckAsync();
        return followUp.ToFollowUp();
    }

    public Task<IReadOnlyList<FollowUp>> ListFollowUpsAsync(FollowUpStatus? status)
    {
        EnsureExists();
        return Task.FromResult<IReadOnlyList<FollowUp>>(
            [.. FollowUps
                .Where(f => status is null || f.Status == status)
                .OrderBy(f => f.Content.Deadline)
                .ThenBy(f => f.Id)
                .Select(f => f.ToFollowUp())]);
    }

    public Task<FollowUp> GetFollowUpAsync(int followUpId) => Task.FromResult(FindFollowUp(followUpId).ToFollowUp());

    public Task<FollowUp> SetFollowUpDoneAsync(int followUpId, bool done)
    {
        var followUp = FindFollowUp(followUpId);
        return ChangeFollowUpAsync(followUp, followUp.Content, done);
    }

    public Task<FollowUp> UpdateFollowUpAsync(int followUpId, FollowUpDraft draft, bool done) =>
        ChangeFollowUpAsync(FindFollowUp(followUpId), draft, done);

    private async Task<FollowUp> ChangeFollowUpAsync(FollowUpRecord followUp, FollowUpDraft draft, bool done)
    {
        Precondition.Check(followUp.Version, $"Follow-up {followUp.Id} of '{Id}'");
        draft = draft.Owner == followUp.Content.Owner ? draft : await WithOwnerAsync(draft, "owner");
        if (draft == followUp.Content && done == (followUp.CompletedAt is not null))
        {
            return followUp.ToFollowUp();
        }

        var now = clock.GetUtcNow();
        if (done != (followUp.CompletedAt is not null))
        {
            followUp.CompletedAt = done ? now : null;
        }

        followUp.Content = draft;
        followUp.Overdue = !done && draft.Deadline <= now;
        followUp.Version = Next;
        await CommitAndReportAsync();
        await ScheduleDeadlineCheckAsync();
        return followUp.ToFollowUp();
    }

    private FollowUpRecord FindFollowUp(int followUpId)
    {
        EnsureExists();
        return FollowUps.Find(f => f.Id == followUpId)
            ?? throw CollaborationException.NotFound($"Forum '{Id}' has no follow-up {followUpId}.");
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DeadlineReminder)
        {
            _scheduledFor = null;
            await MarkOverdueAsync();
        }
    }

    private FollowUpRecord NewFollowUp(CaseNumber number, FollowUpDraft draft)
    {
        var followUp = new FollowUpRecord
        {
            Id = state.State.NextFollowUpId++,
            Case = number,
            Content = draft,
            Overdue = draft.Deadline <= clock.GetUtcNow(),
            Version = Next,
        };
        FollowUps.Add(followUp);
        return followUp;
    }

    private async Task MarkOverdueAsync()
    {
        var now = clock.GetUtcNow();
        var due = FollowUps.Where(f => f.Status == FollowUpStatus.Open && f.Content.Deadline <= now).ToList();
        if (due.Count > 0)
        {
            var next = Next;
            due.ForEach(f => (f.Overdue, f.Version) = (true, next));
            await StoreAsync(systemEvent: "deadline passed: follow-ups overdue");
        }

        await ScheduleDeadlineCheckAsync();
    }

    /// <summary>
    /// Keeps one durable reminder per forum, due at the earliest open deadline, so a deadline that
    /// passes turns its follow-up overdue without polling, across restarts.
    /// </summary>
    private async Task ScheduleDeadlineCheckAsync()
    {
        var next = FollowUps
            .Where(f => f.Status == FollowUpStatus.Open)
            .Select(f => (DateTimeOffset?)f.Content.Deadline)
            .Min();
        if (next == _scheduledFor && next is not null)
        {
            return;
        }

        if (next is null)
        {
            if (await this.GetReminder(DeadlineReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        else
        {
            var dueIn = next.Value - clock.GetUtcNow();
            await this.RegisterOrUpdateReminder(DeadlineReminder, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.Zero, followUpOptions.Value.CheckPeriod);
        }

        _scheduledFor = next;
    }
}
