namespace Collaboration.Forums;

/// <summary>
/// One meeting of a forum with the follow-ups of its cases: stored in a row of its own
/// (<see cref="StateName"/>, keyed by the forum's id and the meeting's number), so that a change
/// to a forum writes the meetings it touches rather than all of its years.
/// </summary>
[GenerateSerializer]
public sealed class ForumPage
{
    /// <summary>The name pages are stored under.</summary>
    public const string StateName = "forum-page";

    /// <summary>The meeting's place in the forum's list of meetings, from 0 in the order they were made.</summary>
    [Id(0)]
    public int Number { get; set; }

    [Id(1)]
    public MeetingRecord? Meeting { get; set; }

    /// <summary>The follow-ups of the meeting's cases, in the order they were made.</summary>
    [Id(2)]
    public List<FollowUpRecord> FollowUps { get; set; } = [];

    /// <summary>The key of page <paramref name="number"/> of the forum <paramref name="forumId"/>.</summary>
    public static string Key(string forumId, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{forumId}/{number}");
}
