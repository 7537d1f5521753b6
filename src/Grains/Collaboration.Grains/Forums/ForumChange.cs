namespace Collaboration.Forums;

/// <summary>What a change being stored did to a forum's meetings and follow-ups.</summary>
/// <param name="Pages">The pages it touched, by number.</param>
/// <param name="MeetingForms">The new form of each meeting it touched, by place.</param>
/// <param name="FollowUpForms">The new form of each follow-up it touched, by place.</param>
public sealed record ForumChange(
    IReadOnlyList<int> Pages,
    IReadOnlyDictionary<int, byte[]> MeetingForms,
    IReadOnlyDictionary<int, byte[]> FollowUpForms);
