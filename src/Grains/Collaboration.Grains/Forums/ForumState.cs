using Collaboration.Journal;

namespace Collaboration.Forums;

[GenerateSerializer]
public sealed class ForumState : IJournaled
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
}
