namespace Collaboration.Hearings;

/// <summary>
/// One case sent to many bodies (key: <see cref="HearingsPlugin.HearingId"/>). Not reentrant:
/// answers arriving at once are applied one at a time, each stored before the next is read.
/// At the deadline a durable reminder marks the unanswered overdue; a read before it shows them so.
/// </summary>
public interface IHearingGrain : IGrainWithStringKey
{
    /// <summary>The hearing; NotFound when it was never sent.</summary>
    Task<Hearing> GetAsync();

    /// <summary>
    /// Sends the case. Invalid naming forumId or sequence when the forum or case is not
    /// registered, deadline when it is not after the day sent (or today), bodies[i] when a body is
    /// not a member or observer on the day sent. Conflict naming sequence when the case was sent before.
    /// </summary>
    Task<Hearing> SendAsync(NewHearing hearing);

    /// <summary>Asks one more body (a member or observer on the day sent); asking one already asked changes nothing (even after the conclusion). Conflict after the conclusion.</summary>
    Task<Hearing> AddBodyAsync(string bodyId);

    /// <summary>Stops asking a body. Conflict naming bodyId when it has answered; NotFound when it was not asked.</summary>
    Task<Hearing> RemoveBodyAsync(string bodyId);

    /// <summary>
    /// Records a body's statement and/or treatment, replacing its earlier answer; the same answer
    /// again changes nothing. Invalid naming bodyId when the body was not asked; Conflict after the conclusion.
    /// </summary>
    Task<Hearing> AnswerAsync(string bodyId, Statement? statement, Treatment? treatment);

    /// <summary>
    /// Records the regional decision, linked to a registered case. Conflict naming deadline when
    /// some have not answered and the deadline has not passed; naming conclusion when concluded before.
    /// </summary>
    Task<Hearing> ConcludeAsync(NewConclusion conclusion);
}
