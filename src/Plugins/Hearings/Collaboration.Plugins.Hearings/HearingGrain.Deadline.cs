namespace Collaboration.Hearings;

/// <summary>The deadline: a durable reminder marks the unanswered overdue, across restarts.</summary>
public sealed partial class HearingGrain
{
    private const string DeadlineReminder = "hearing-deadline";

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DeadlineReminder || state.State.ForumId is null)
        {
            return;
        }

        if (state.State.Conclusion is null && DeadlinePassed)
        {
            var unmarked = state.State.Bodies.Where(b => !b.Answered && !b.MarkedOverdue).ToList();
            if (unmarked.Count > 0)
            {
                // The deadline did this, not whoever happened to be calling.
                Access.Actor.Leave();
                state.State.Bodies = [.. state.State.Bodies.Select(b => unmarked.Contains(b) ? b with { MarkedOverdue = true } : b)];
                await SaveAsync("deadline passed: unanswered bodies overdue");
            }
        }

        if (state.State.Conclusion is not null || DeadlinePassed)
        {
            await UnscheduleAsync();
        }
    }

    /// <summary>
    /// Brings the hearing back at its deadline; the period only matters when that tick is missed
    /// while the silo is down (a missed tick comes at the next period, not late).
    /// </summary>
    private async Task ScheduleAsync()
    {
        var due = Current.Deadline - clock.GetUtcNow();
        if (due > TimeSpan.Zero)
        {
            await this.RegisterOrUpdateReminder(DeadlineReminder, due, TimeSpan.FromMinutes(1));
        }
    }

    private async Task UnscheduleAsync()
    {
        if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
