
namespace Collaboration.Forums;

/// <summary>
/// A forum (regional council, directors' forum, network), keyed by its path such as
/// "trondheimsregionen" or "trondheimsregionen/kommunedirektorforum". It owns its members,
/// meetings, numbered cases and follow-ups.
/// </summary>
public interface IForumGrain : IGrainWithStringKey
{
    /// <summary>The forum with its members; NotFound when it was never created.</summary>
    Task<Forum> GetAsync();

    /// <summary>Whether the forum exists.</summary>
    Task<bool> ExistsAsync();

    /// <summary>Creates the forum or replaces its profile. The case prefix cannot change once cases exist.</summary>
    Task<Forum> PutAsync(ForumProfile profile);

    /// <summary>
    /// Adds a membership period of a municipality or organisation. Conflict (naming "from") when it
    /// overlaps another period of the same body; Invalid when the body is not registered.
    /// </summary>
    Task<Member> AddMemberAsync(Member member);

    /// <summary>
    /// Replaces the role, dates or decision of one period of a body: the one starting on
    /// <paramref name="period"/>, or its latest when null. NotFound when there is no such period.
    /// </summary>
    Task<Member> UpdateMemberAsync(string bodyId, DateOnly? period, Member member);

    /// <summary>
    /// Removes one period (the one starting on <paramref name="period"/>, or the latest) and its
    /// record at the body. For a membership that ended, set its until date instead.
    /// </summary>
    Task RemoveMemberAsync(string bodyId, DateOnly? period);

    /// <summary>All meetings, oldest first, with their agenda items.</summary>
    Task<IReadOnlyList<Meeting>> ListMeetingsAsync();

    /// <summary>One meeting with its agenda items.</summary>
    Task<Meeting> GetMeetingAsync(string meetingId);

    /// <summary>
    /// Creates a meeting with an id made from its date. The forum's open and overdue follow-ups
    /// come with it as a standing agenda item.
    /// </summary>
    Task<Meeting> CreateMeetingAsync(MeetingDetails details);

    /// <summary>Creates the meeting with the given id, or replaces its details when it exists.</summary>
    Task<Meeting> PutMeetingAsync(string meetingId, MeetingDetails details);

    /// <summary>
    /// Adds an agenda item to a meeting. The forum assigns the next case number of the meeting's
    /// year unless the draft carries an earlier system's number to import. Its references are
    /// looked up in the forums they name; one to a later case is Invalid naming the field. The
    /// cases referred to learn of it through <see cref="ICaseLinksGrain"/>, which callers use.
    /// </summary>
    Task<AgendaItem> AddAgendaItemAsync(string meetingId, AgendaItemDraft draft);

    /// <summary>The cases of a year (or all years), in case-number order.</summary>
    Task<IReadOnlyList<AgendaItem>> ListCasesAsync(int? year);

    /// <summary>One case by the year and sequence of its number (the prefix is the forum's).</summary>
    Task<AgendaItem> GetCaseAsync(int year, int sequence);

    /// <summary>Replaces the text of a case (title, presenter, notes, decision, references, checked as when added); follow-ups and the links made by forwarding are kept.</summary>
    Task<AgendaItem> UpdateCaseAsync(int year, int sequence, AgendaItemDraft draft);

    /// <summary>Adds a follow-up action to a case.</summary>
    Task<FollowUp> AddFollowUpAsync(int year, int sequence, FollowUpDraft draft);

    /// <summary>The forum's follow-ups, optionally only those with the given status.</summary>
    Task<IReadOnlyList<FollowUp>> ListFollowUpsAsync(FollowUpStatus? status);

    /// <summary>One follow-up; NotFound when the forum has none with this number.</summary>
    Task<FollowUp> GetFollowUpAsync(int followUpId);

    /// <summary>Marks a follow-up done, or reopens it (it is then open or overdue by its deadline).</summary>
    Task<FollowUp> SetFollowUpDoneAsync(int followUpId, bool done);

    /// <summary>Replaces what a follow-up asks, of whom and by when, and whether it is done, in one change.</summary>
    Task<FollowUp> UpdateFollowUpAsync(int followUpId, FollowUpDraft draft, bool done);
}
