using Collaboration.Journal;

namespace Collaboration.Forums;

/// <summary>
/// A forum's meetings and follow-ups, whole in memory, and what storing a change to them takes:
/// the pages it touched (a page is a meeting with the follow-ups of its cases) and what changed in
/// each meeting and follow-up, compared with its form as last stored. So a change costs the size
/// of what it touched, however many years of meetings the forum has.
/// </summary>
public sealed class ForumPages
{
    // Each record's form as last stored, by its place in its list: what its next change is compared with.
    private readonly List<byte[]> _meetingForms = [];
    private readonly List<byte[]> _followUpForms = [];

    // The meeting each case is on; a case on no meeting is not here.
    private readonly Dictionary<CaseNumber, int> _meetingOf = [];

    // The follow-ups of each meeting's cases, and of cases on no meeting, the first `_grouped` of
    // FollowUps sorted so: a page is made without going through every follow-up of the forum.
    private readonly Dictionary<int, List<FollowUpRecord>> _followUpsOn = [];
    private readonly List<FollowUpRecord> _onNoMeeting = [];
    private int _grouped;

    /// <summary>Every meeting, in the order made: a meeting's place is its page's number.</summary>
    public List<MeetingRecord> Meetings { get; } = [];

    /// <summary>Every follow-up, in the order made.</summary>
    public List<FollowUpRecord> FollowUps { get; } = [];

    /// <summary>Pages stored with the forum's row and not yet in rows of their own.</summary>
    public SortedSet<int> Pending { get; } = [];

    /// <summary>
    /// Takes the meetings and follow-ups from the forum's row and its pages' rows
    /// (<paramref name="rows"/>, by number; those pending in the row need none). A state stored
    /// before pages holds them all itself. Then gives records stored before they carried versions
    /// the forum's version. True when the forum is to be stored whole, every page written and every
    /// record compared: it was stored before pages, or records got versions.
    /// </summary>
    public bool Load(ForumState state, IReadOnlyDictionary<int, ForumPage> rows)
    {
        var earlier = state.Meetings.Count > 0;
        var pending = state.Pending.ToDictionary(p => p.Number);
        var pages = Enumerable.Range(0, state.MeetingCount)
            .Select(n => pending.GetValueOrDefault(n) ?? rows.GetValueOrDefault(n)
                ?? throw new InvalidOperationException($"Page {n} of the forum is stored neither with it nor in its own row."))
            .ToList();
        Meetings.AddRange(state.Meetings.Concat(pages.Select(p => p.Meeting!)));
        FollowUps.AddRange(state.FollowUps.Concat(pages.SelectMany(p => p.FollowUps)).OrderBy(f => f.Id));
        Pending.UnionWith(pending.Keys);
        _meetingForms.AddRange(Meetings.Select(JournalForm.Of));
        _followUpForms.AddRange(FollowUps.Select(JournalForm.Of));
        for (var n = 0; n < Meetings.Count; n++)
        {
            Place(n);
        }

        Group();
        return Stamp(state) || earlier;
    }

    /// <summary>
    /// Readies <paramref name="state"/> to store the change it is about to store as version
    /// <paramref name="version"/>: what changed in the meetings and follow-ups, the cases on no
    /// meeting with their follow-ups, and the pages touched, pending with the change (or, with
    /// <paramref name="everything"/>, every page compared and none pending: they are written first).
    /// </summary>
    public ForumChange Prepare(ForumState state, int version, bool everything = false)
    {
        var meetings = Enumerable.Range(0, Meetings.Count)
            .Where(n => everything || n >= _meetingForms.Count || Changed(Meetings[n], version))
            .ToList();
        meetings.ForEach(Place);
        Group();
        var followUps = Enumerable.Range(0, FollowUps.Count)
            .Where(n => everything || n >= _followUpForms.Count || FollowUps[n].Version == version)
            .ToList();

        // A follow-up added to a case already on a meeting is listed on the case there: that page changes too.
        var pages = meetings.Select(n => (int?)n).Concat(followUps.Select(n => PageOf(FollowUps[n]))).OfType<int>().ToHashSet();
        var meetingForms = meetings.ToDictionary(n => n, n => JournalForm.Of(Meetings[n]));
        var followUpForms = followUps.ToDictionary(n => n, n => JournalForm.Of(FollowUps[n]));
        state.SetPagedChanges(new Dictionary<string, string>
        {
            ["meetings"] = ChangePatch.OfParts(meetings.Select(n => ($"/meetings/{n}", Before(_meetingForms, n), meetingForms[n]))),
            ["followUps"] = ChangePatch.OfParts(followUps.Select(n => ($"/followUps/{n}", Before(_followUpForms, n), followUpForms[n]))),
        });
        state.Meetings = [];
        state.FollowUps = [.. _onNoMeeting];
        state.MeetingCount = Meetings.Count;
        state.Pending = everything ? [] : [.. Pending.Union(pages).Order().Select(Page)];
        return new ForumChange([.. pages.Order()], meetingForms, followUpForms);
    }

    /// <summary>After <paramref name="change"/> is stored: its forms are the ones the next change is compared with, and its pages are pending until written.</summary>
    public void Stored(ForumChange change, bool pending = true)
    {
        Remember(_meetingForms, change.MeetingForms);
        Remember(_followUpForms, change.FollowUpForms);
        if (pending)
        {
            Pending.UnionWith(change.Pages);
        }
    }

    /// <summary>The place of the meeting a stored case is on; null for a case on no meeting, or none.</summary>
    public int? MeetingOf(CaseNumber number) => _meetingOf.TryGetValue(number, out var n) ? n : null;

    /// <summary>Page <paramref name="number"/> as the forum holds it now.</summary>
    public ForumPage Page(int number) => new()
    {
        Number = number,
        Meeting = Meetings[number],
        FollowUps = [.. _followUpsOn.GetValueOrDefault(number) ?? []],
    };

    // A record carries the version of the change that last touched it.
    private static bool Changed(MeetingRecord meeting, int version) =>
        meeting.Version == version || meeting.Items.Any(i => i.Version == version);

    private int? PageOf(FollowUpRecord followUp) => MeetingOf(followUp.Case);

    private void Place(int meeting)
    {
        foreach (var item in Meetings[meeting].Items.Where(i => i.Number is not null))
        {
            _meetingOf[item.Number!] = meeting;
        }
    }

    // Sorts the follow-ups made since the last time by the meeting of their case.
    private void Group()
    {
        for (; _grouped < FollowUps.Count; _grouped++)
        {
            var followUp = FollowUps[_grouped];
            var list = _onNoMeeting;
            if (PageOf(followUp) is { } page && !_followUpsOn.TryGetValue(page, out list))
            {
                _followUpsOn[page] = list = [];
            }

            list.Add(followUp);
        }
    }

    private static byte[]? Before(List<byte[]> forms, int n) => n < forms.Count ? forms[n] : null;

    private static void Remember(List<byte[]> forms, IReadOnlyDictionary<int, byte[]> changed)
    {
        foreach (var (n, form) in changed.OrderBy(c => c.Key))
        {
            if (n < forms.Count)
            {
                forms[n] = form;
            }
            else
            {
                forms.Add(form);
            }
        }
    }

    /// <summary>
    /// Gives the profile and every record stored before records carried versions the forum's
    /// version, so each can be edited with If-Match; a record changed since keeps its own. True
    /// when a meeting, case or follow-up got one.
    /// </summary>
    private bool Stamp(ForumState state)
    {
        var version = state.Version;
        if (state.ProfileVersion == 0)
        {
            state.ProfileVersion = version;
        }

        state.Members = [.. state.Members.Select(m => m.Version == 0 ? m with { Version = version } : m)];
        foreach (var item in state.Unscheduled.Where(i => i.Version == 0))
        {
            item.Version = version;
        }

        var stamped = false;
        foreach (var meeting in Meetings.Where(m => m.Version == 0))
        {
            (meeting.Version, stamped) = (version, true);
        }

        foreach (var item in Meetings.SelectMany(m => m.Items).Where(i => i.Version == 0))
        {
            (item.Version, stamped) = (version, true);
        }

        foreach (var followUp in FollowUps.Where(f => f.Version == 0))
        {
            (followUp.Version, stamped) = (version, true);
        }

        return stamped;
    }
}
