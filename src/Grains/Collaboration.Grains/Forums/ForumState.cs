using Collaboration.Journal;

namespace Collaboration.Forums;

[GenerateSerializer]
public sealed class ForumState : IJournaled, IVersioned
{
    [Id(0)]
    public ForumProfile? Profile { get; set; }

    [Id(1)]
    public List<Member> Members { get; set; } = [];

    [Id(2)]
    public List<MeetingRecord> Meetings { get; set; } = [];

    /// <summary>The next case sequence per year. Only ever grows, so a number is never reused.</summary>
    [Id(3)]
    public Dictionary<int, int> NextSequence { get; set; } = [];

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

    /// <summary>
    /// Gives the profile and every record stored before records carried versions the forum's
    /// version, so each can be edited with If-Match; a record changed since keeps its own.
    /// </summary>
    public void StampUnversioned()
    {
        if (ProfileVersion == 0)
        {
            ProfileVersion = Version;
        }

        Members = [.. Members.Select(m => m.Version == 0 ? m with { Version = Version } : m)];
        foreach (var meeting in Meetings.Where(m => m.Version == 0))
        {
            meeting.Version = Version;
        }

        foreach (var item in Meetings.SelectMany(m => m.Items).Concat(Unscheduled).Where(i => i.Version == 0))
        {
            item.Version = Version;
        }

        foreach (var followUp in FollowUps.Where(f => f.Version == 0))
        {
            followUp.Version = Version;
        }
    }
}
