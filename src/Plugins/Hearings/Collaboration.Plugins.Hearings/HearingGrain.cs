using Collaboration.Forums;
using Collaboration.Portfolio;
using Collaboration.Versions;

namespace Collaboration.Hearings;

/// <summary>
/// Owns one hearing. Not reentrant: answers from many bodies at once are applied one at a time,
/// each stored before the next is read, so none is lost or recorded twice.
/// </summary>
public sealed partial class HearingGrain(
    [PersistentState(HearingsPlugin.HearingState, GrainStorage.Name)] IPersistentState<HearingState> state,
    TimeProvider clock) : Grain, IHearingGrain, IRemindable, IPortfolioSource
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private string Id => this.GetPrimaryKeyString();

    private HearingState Current => state.State.ForumId is null
        ? throw CollaborationException.NotFound($"Hearing '{Id}' does not exist.")
        : state.State;

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Oslo).DateTime);

    private bool DeadlinePassed => Current.Deadline <= clock.GetUtcNow();

    public Task<Hearing> GetAsync() => Task.FromResult(ToHearing());

    public async Task<Hearing> SendAsync(NewHearing hearing)
    {
        if (state.State.ForumId is not null)
        {
            throw CollaborationException.Conflict($"Case {state.State.CaseNumber} was sent before, as hearing '{Id}'.", "sequence");
        }

        if (HearingsPlugin.HearingId(hearing.ForumId, hearing.Year, hearing.Sequence) != Id)
        {
            throw CollaborationException.Invalid("forumId", $"Hearing '{Id}' is not the hearing of {hearing.ForumId} {hearing.Year}/{hearing.Sequence}.");
        }

        var forum = await ForumAsync(hearing.ForumId, "forumId");
        var item = await CaseAsync(hearing.ForumId, hearing.Year, hearing.Sequence);
        var sent = hearing.Sent ?? Today;
        if (sent > Today)
        {
            throw CollaborationException.Invalid("sent", "A hearing cannot be sent on a day still to come.");
        }

        // Imported history may have passed its deadline; a hearing sent today must have one ahead.
        var deadlineDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(hearing.Deadline, Oslo).DateTime);
        if (hearing.Sent is null ? hearing.Deadline <= clock.GetUtcNow() : deadlineDay <= sent)
        {
            throw CollaborationException.Invalid("deadline", hearing.Sent is null
                ? "The deadline has passed; a hearing sent today needs a deadline ahead."
                : $"The deadline must come after the day the hearing was sent, {sent:yyyy-MM-dd}.");
        }

        var bodies = BodiesOf(forum, sent, hearing.Bodies);
        state.State.ForumId = hearing.ForumId;
        state.State.Year = hearing.Year;
        state.State.Sequence = hearing.Sequence;
        state.State.CaseNumber = item.Number;
        state.State.Title = hearing.Title ?? item.Title;
        state.State.Kind = hearing.Kind;
        state.State.Sent = sent;
        state.State.Deadline = hearing.Deadline;
        state.State.Documents = [.. hearing.Documents];
        state.State.Rule = hearing.Rule;
        var passed = hearing.Deadline <= clock.GetUtcNow();
        state.State.Bodies = [.. bodies.Select(id => new AskedBody(id, null, null, null, MarkedOverdue: passed))];
        await SaveAsync();
        await ScheduleAsync();
        return ToHearing();
    }

    public async Task<Hearing> AddBodyAsync(string bodyId)
    {
        Precondition.Check(Current.Version, $"Hearing '{Id}'");
        if (Find(bodyId) >= 0)
        {
            return ToHearing(); // asked already: nothing changes, even after the conclusion
        }

        RequireOpen();

        var forum = await ForumAsync(Current.ForumId!, "forumId");
        if (!forum.MembersOn(Current.Sent).Any(m => m.MunicipalityId == bodyId))
        {
            throw CollaborationException.Invalid("bodyId", $"{bodyId} was not a member or observer of {Current.ForumId} on {Current.Sent:yyyy-MM-dd}, the day the hearing was sent.");
        }

        state.State.Bodies.Add(new AskedBody(bodyId, null, null, null, MarkedOverdue: DeadlinePassed));
        return await SaveAsync();
    }

    public async Task<Hearing> RemoveBodyAsync(string bodyId)
    {
        Precondition.Check(Current.Version, $"Hearing '{Id}'");
        var index = Find(bodyId);
        if (index < 0)
        {
            throw CollaborationException.NotFound($"{bodyId} is not asked in hearing '{Id}'.");
        }

        RequireOpen();
        if (Current.Bodies[index].Answered)
        {
            throw CollaborationException.Conflict($"{bodyId} has answered; its answer stays on record.", "bodyId");
        }

        state.State.Bodies.RemoveAt(index);
        return await SaveAsync();
    }

    public async Task<Hearing> AnswerAsync(string bodyId, Statement? statement, Treatment? treatment)
    {
        Precondition.Check(Current.Version, $"Hearing '{Id}'");
        var index = Find(bodyId);
        if (index < 0)
        {
            throw CollaborationException.Invalid("bodyId", $"{bodyId} is not asked in hearing '{Id}'.");
        }

        // The same answer again is recorded once, and changes nothing even after the conclusion.
        var before = Current.Bodies[index];
        if (before.Statement == statement && before.Treatment == treatment)
        {
            return ToHearing();
        }

        RequireOpen();

        state.State.Bodies[index] = before with { Statement = statement, Treatment = treatment, AnsweredAt = clock.GetUtcNow() };
        return await SaveAsync();
    }

    public async Task<Hearing> ConcludeAsync(NewConclusion conclusion)
    {
        Precondition.Check(Current.Version, $"Hearing '{Id}'");
        if (Current.Conclusion is { } concluded)
        {
            throw CollaborationException.Conflict($"Hearing '{Id}' was concluded on {concluded.Date:yyyy-MM-dd}.", "conclusion");
        }

        var waiting = Current.Bodies.Where(b => !b.Answered).Select(b => b.BodyId).ToList();
        if (waiting.Count > 0 && !DeadlinePassed)
        {
            throw CollaborationException.Conflict(
                $"Waiting for {string.Join(", ", waiting)}; a hearing is concluded when all have answered or its deadline has passed.", "deadline");
        }

        await ForumAsync(conclusion.ForumId, "conclusion.forumId");
        var item = await CaseAsync(conclusion.ForumId, conclusion.Year, conclusion.Sequence, "conclusion.");
        state.State.Conclusion = new Conclusion(conclusion.Date, [.. conclusion.Decision], conclusion.ForumId, conclusion.Year, conclusion.Sequence, item.Number);
        var hearing = await SaveAsync();
        await UnscheduleAsync();
        return hearing;
    }

    private void RequireOpen()
    {
        if (Current.Conclusion is { } concluded)
        {
            throw CollaborationException.Conflict($"Hearing '{Id}' was concluded on {concluded.Date:yyyy-MM-dd}; it changes no more.", "conclusion");
        }
    }

    private int Find(string bodyId) => Current.Bodies.FindIndex(b => b.BodyId == bodyId);

    private static List<string> BodiesOf(Forum forum, DateOnly sent, IReadOnlyList<string>? asked)
    {
        var members = forum.MembersOn(sent).Select(m => m.MunicipalityId).ToList();
        if (asked is null)
        {
            return members.Count > 0 ? members
                : throw CollaborationException.Invalid("bodies", $"{forum.Id} had no members or observers on {sent:yyyy-MM-dd}; name the bodies to ask.");
        }

        for (var i = 0; i < asked.Count; i++)
        {
            if (!members.Contains(asked[i]))
            {
                throw CollaborationException.Invalid($"bodies[{i}]", $"{asked[i]} was not a member or observer of {forum.Id} on {sent:yyyy-MM-dd}.");
            }
        }

        return asked.Count > 0 ? [.. asked.Distinct()] : throw CollaborationException.Invalid("bodies", "Ask at least one body.");
    }

    private async Task<Forum> ForumAsync(string forumId, string field)
    {
        var forum = GrainFactory.GetGrain<IForumGrain>(forumId);
        return await forum.ExistsAsync() ? await forum.GetAsync()
            : throw CollaborationException.Invalid(field, $"Forum '{forumId}' is not registered.");
    }

    private async Task<AgendaItem> CaseAsync(string forumId, int year, int sequence, string prefix = "")
    {
        try
        {
            return await GrainFactory.GetGrain<IForumGrain>(forumId).GetCaseAsync(year, sequence);
        }
        catch (CollaborationException e) when (e.Kind == ErrorKind.NotFound)
        {
            throw CollaborationException.Invalid(prefix + "sequence", $"{forumId} has no case {sequence} of {year}.");
        }
    }
}
