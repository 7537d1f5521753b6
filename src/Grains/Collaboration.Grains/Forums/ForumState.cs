using Collaboration.Journal;

namespace Collaboration.Forums;

/// <summary>
/// A forum's own row: its profile, members, case numbering and the cases on no meeting. Each
/// meeting is stored in a row of its own (<see cref="ForumPage"/>); the forum's form, and so its
/// journal, is still the one with every meeting and follow-up inside it.
/// </summary>
[GenerateSerializer]
public sealed class ForumState : IJournaledInPages, IVersioned
{
    [Id(0)]
    public ForumProfile? Profile { get; set; }

    [Id(1)]
    public List<Member> Members { get; set; } = [];

    /// <summary>Only in a state stored before meetings had rows of their own: moved into those when it activates.</summary>
    [Id(2)]
    public List<MeetingRecord> Meetings { get; set; } = [];

    /// <summary>The next case sequence per year. Only ever grows, so a number is never reused.</summary>
    [Id(3)]
    public Dictionary<int, int> NextSequence { get; set; } = [];

    /// <summary>The follow-ups of cases on no meeting (those of a meeting's cases are stored with it); before meetings had rows of their own, every follow-up.</summary>
    [Id(4)]
    public List<FollowUpRecord> FollowUps { get; set; } = [];

    [Id(5)]
    public int NextFollowUpId { get; set; } = 1;

    /// <summary>The change being stored; the journal keeps every earlier one.</summary>
    [Id(6)]
    public JournalChange? Change { get; set; }

    /// <summary>How many changes have been stored.</summary>
    [Id(7)]
    public int Version { get; set; }

    /// <summary>The version of the last change to the profile or the member list: the forum's own version.</summary>
    [Id(8)]
    public int ProfileVersion { get; set; }

    /// <summary>Cases numbered but not yet put on a meeting, such as cases forwarded here when no meeting was planned.</summary>
    [Id(20)]
    public List<AgendaItemRecord> Unscheduled { get; set; } = [];

    /// <summary>How many meetings the forum has: pages 0 to this, each in its row or in <see cref="Pending"/>.</summary>
    [Id(21)]
    public int MeetingCount { get; set; }

    /// <summary>
    /// The pages the latest changes touched, stored here with the change that made them (and so on
    /// record with it) until they are written to their own rows; where a page is in both, this one is newer.
    /// </summary>
    [Id(22)]
    public List<ForumPage> Pending { get; set; } = [];

    // What the change being stored did to meetings and follow-ups, given by the grain, never stored.
    [NonSerialized]
    private IReadOnlyDictionary<string, string> _pagedChanges = new Dictionary<string, string>();

    IReadOnlyDictionary<string, string> IJournaledInPages.PagedChanges => _pagedChanges;

    IReadOnlyList<string> IJournaledInPages.StorageFields => ["meetingCount", "pending"];

    /// <summary>Gives the change being stored what it did to meetings and follow-ups (see <see cref="IJournaledInPages.PagedChanges"/>).</summary>
    public void SetPagedChanges(IReadOnlyDictionary<string, string> changes) => _pagedChanges = changes;
}
