using Collaboration.Registers;

namespace Collaboration.Forums;

public sealed partial class ForumGrain : IForumCaseLinks
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public Task<IReadOnlyList<CaseLink?>> LookUpCasesAsync(IReadOnlyList<CaseReference> references) =>
        Task.FromResult<IReadOnlyList<CaseLink?>>(
            state.State.Profile is null ? [.. references.Select(_ => (CaseLink?)null)] : [.. references.Select(r => Names(r) ? LinkTo(r) : null)]);

    public Task<CaseReferrals> ReferralsOfAsync(int year, int sequence)
    {
        var (meeting, item) = RequireCase(year, sequence);
        var self = new CaseLink(CaseReference.Of(Id, item.Number!), item.Content.Title, CaseDate(meeting, item), true);
        var forums = item.ReferredForums.Select(forum => new ForumReferrals(forum, [.. item.Content.References.Where(r => r.ForumId == forum)]));
        return Task.FromResult(new CaseReferrals(self, [.. forums]));
    }

    public async Task SetReferralsAsync(CaseLink referrer, IReadOnlyList<CaseReference> cases)
    {
        if (state.State.Profile is null)
        {
            return;
        }

        var changed = false;
        foreach (var (_, item) in AllCases())
        {
            var wanted = cases.FirstOrDefault(c => c.Year == item.Number!.Year && c.Sequence == item.Number.Sequence);
            var link = wanted is null ? null
                : referrer with { Case = referrer.Case with { Relation = wanted.Relation == CaseRelation.ForwardedFrom ? CaseRelation.ForwardedTo : CaseRelation.Refers } };
            var index = item.ReferredBy.FindIndex(l => l.Case.SameCase(referrer.Case));
            var before = index < 0 ? null : item.ReferredBy[index];
            if (before == link)
            {
                continue;
            }

            if (index < 0)
            {
                item.ReferredBy.Add(link!);
            }
            else if (link is null)
            {
                item.ReferredBy.RemoveAt(index);
            }
            else
            {
                item.ReferredBy[index] = link;
            }

            item.Version = Next;
            changed = true;
        }

        if (changed)
        {
            await StoreAsync();
        }
    }

    public async Task<AgendaItem> ReceiveForwardedAsync(CaseLink original, string? meetingId)
    {
        EnsureExists();
        var received = AllCases().FirstOrDefault(c => MadeBySystem(c.Item).Any(l => l.Case.SameCase(original.Case)));
        if (received.Item is not null)
        {
            return ToAgendaItem(received.Meeting?.Id, received.Item);
        }

        var meeting = meetingId is null ? NextMeeting()
            : Meetings.Find(m => m.Id == meetingId)
                ?? throw CollaborationException.Invalid("meetingId", $"Forum '{Id}' has no meeting '{meetingId}'.");
        var year = meeting?.Details.Date.Year ?? Today.Year;
        var number = new CaseNumber(Profile.CasePrefix, state.State.NextSequence.GetValueOrDefault(year, 1), year);
        var link = original with { Case = original.Case with { Relation = CaseRelation.ForwardedFrom } };
        var item = new AgendaItemRecord
        {
            Number = number,
            Content = new AgendaItemDraft(original.Title ?? original.Case.ToString(), null, null, [], [], [], [], null),
            RegisteredOn = meeting is null ? Today : null,
            Version = Next,
        };
        Relink(item, [link]);
        (meeting?.Items ?? state.State.Unscheduled).Add(item);
        state.State.NextSequence[year] = number.Sequence + 1;
        await CommitAndReportAsync();
        return ToAgendaItem(meeting?.Id, item);
    }

    /// <summary>
    /// Finds the cases <paramref name="written"/> names and checks that none is later than the
    /// case <paramref name="number"/> of <paramref name="date"/>: a case refers only to earlier
    /// ones. The links the system made (<paramref name="kept"/>, such as forwarded from) stay first.
    /// </summary>
    private async Task<List<CaseLink>> LinkAsync(IReadOnlyList<CaseReference> written, IReadOnlyList<CaseLink> kept, CaseNumber number, DateOnly date)
    {
        var asked = written.Where(r => !kept.Any(k => k.Case.SameCase(r))).ToList();
        var found = await FindAsync(asked);
        for (var i = 0; i < found.Count; i++)
        {
            var link = found[i];
            var field = FieldOf(asked, i);
            if (link.Case.Year > number.Year || (link.Case.ForumId == Id && link.Case.Year == number.Year && link.Case.Sequence >= number.Sequence))
            {
                throw CollaborationException.Invalid(field, link.Case.Sequence == number.Sequence && link.Case.Year == number.Year && link.Case.ForumId == Id
                    ? $"Case {number} cannot refer to itself."
                    : $"{link.Case} comes after {number}: a case refers only to earlier cases.");
            }

            if (link.Date is { } then && then > date)
            {
                throw CollaborationException.Invalid(field, $"{link.Case} is of {then:yyyy-MM-dd}, after {number} of {date:yyyy-MM-dd}: a case refers only to earlier cases.");
            }
        }

        return [.. kept, .. found];
    }

    // A reference by forum id is named links[n] on the wire, one by written number references[n].
    private static string FieldOf(List<CaseReference> asked, int index)
    {
        var byForum = asked[index].ForumId is not null && asked[index].Prefix is null;
        var n = asked.Take(index).Count(r => (r.ForumId is not null && r.Prefix is null) == byForum);
        return byForum ? $"links[{n}]" : $"references[{n}]";
    }

    private async Task<List<CaseLink>> FindAsync(List<CaseReference> references)
    {
        var links = references.Select(r => Names(r) ? LinkTo(r) : null).ToArray();
        foreach (var forum in references.Select(r => r.ForumId).OfType<string>().Where(f => f != Id).Distinct())
        {
            var asked = Enumerable.Range(0, links.Length).Where(i => links[i] is null && references[i].ForumId == forum).ToList();
            var answers = await GrainFactory.GetGrain<IForumCaseLinks>(forum).LookUpCasesAsync([.. asked.Select(i => references[i])]);
            for (var n = 0; n < asked.Count; n++)
            {
                links[asked[n]] = answers[n];
            }
        }

        // A written number names the forum whose prefix it has; prefixes may repeat, so a number
        // that more than one forum could have is linked only where it is registered, and only if once.
        var byPrefix = Enumerable.Range(0, links.Length).Where(i => links[i] is null && references[i].ForumId is null).ToList();
        if (byPrefix.Count > 0)
        {
            var forums = (await GrainFactory.GetGrain<IRegisterGrain>(Register.Forums).ListAsync()).Where(f => f != Id);
            var asked = byPrefix.Select(i => references[i]).ToList();
            var answers = await Task.WhenAll(forums.Select(f => GrainFactory.GetGrain<IForumCaseLinks>(f).LookUpCasesAsync(asked)));
            for (var n = 0; n < byPrefix.Count; n++)
            {
                var candidates = answers.Select(a => a[n]).OfType<CaseLink>().ToList();
                var registered = candidates.Where(c => c.Registered).ToList();
                links[byPrefix[n]] = registered.Count == 1 ? registered[0] : candidates.Count == 1 ? candidates[0] : null;
            }
        }

        return [.. links.Select((l, i) => l ?? CaseLink.NotRegistered(references[i]))];
    }

    // Stores the links as the case's references, and remembers every forum referred into.
    private static void Relink(AgendaItemRecord item, List<CaseLink> links)
    {
        item.Links = links;
        item.Content = item.Content with { References = [.. links.Select(l => l.Case)] };
        item.ReferredForums = [.. item.ReferredForums.Union(links.Select(l => l.Case.ForumId).OfType<string>())];
    }

    private static List<CaseLink> MadeBySystem(AgendaItemRecord item) =>
        [.. LinksOf(item).Where(l => l.Case.Relation != CaseRelation.Refers)];

    // Records from before links carry their references alone: shown as not registered until saved again.
    private static List<CaseLink> LinksOf(AgendaItemRecord item) =>
        item.Links.Count == item.Content.References.Count ? item.Links : [.. item.Content.References.Select(CaseLink.NotRegistered)];

    private bool Names(CaseReference reference) =>
        reference.ForumId == Id || (reference.ForumId is null && reference.Prefix == state.State.Profile?.CasePrefix);

    private CaseLink LinkTo(CaseReference reference)
    {
        var number = new CaseNumber(Profile.CasePrefix, reference.Sequence, reference.Year);
        var named = CaseReference.Of(Id, number) with { Relation = reference.Relation };
        return FindCase(number) is var (meeting, item)
            ? new CaseLink(named, item.Content.Title, CaseDate(meeting, item), true)
            : CaseLink.NotRegistered(named);
    }

    private static DateOnly CaseDate(MeetingRecord? meeting, AgendaItemRecord item) =>
        meeting?.Details.Date ?? item.RegisteredOn ?? DateOnly.MinValue;

    private MeetingRecord? NextMeeting() =>
        Meetings.Where(m => m.Details.Date > Today).OrderBy(m => m.Details.Date).ThenBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault();

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Oslo).DateTime);
}
