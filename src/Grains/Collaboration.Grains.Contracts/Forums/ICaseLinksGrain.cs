namespace Collaboration.Forums;

/// <summary>
/// Records cases whose references reach other forums, and sends cases on from one forum to
/// another. Each step is one forum's own call: the referring forum records its case (checking its
/// references), then each forum referred into records the backlinks. No forum calls another's
/// changing methods itself, so two forums linking to each other at the same moment never wait on
/// each other. Every step can be repeated, so a retried request repairs one that failed half way.
/// A stateless worker: key 0.
/// </summary>
public interface ICaseLinksGrain : IGrainWithIntegerKey
{
    /// <summary>Adds an agenda item as <see cref="IForumGrain.AddAgendaItemAsync"/> does, and records its references' backlinks.</summary>
    Task<AgendaItem> AddAgendaItemAsync(string forumId, string meetingId, AgendaItemDraft draft);

    /// <summary>Replaces a case's text as <see cref="IForumGrain.UpdateCaseAsync"/> does, and records its references' backlinks, removing those it no longer makes.</summary>
    Task<AgendaItem> UpdateCaseAsync(string forumId, int year, int sequence, AgendaItemDraft draft);

    /// <summary>
    /// Sends a case on to another forum (see <see cref="IForumCaseLinks.ReceiveForwardedAsync"/>)
    /// and links the two both ways. Invalid (naming targetForumId) when the target forum is the
    /// case's own or is not registered; nothing changes then. Sending the same case to the same
    /// forum again answers the case made the first time.
    /// </summary>
    Task<AgendaItem> ForwardCaseAsync(string forumId, int year, int sequence, CaseForwarding forwarding);
}
