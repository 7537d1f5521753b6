namespace Collaboration.Exports;

/// <summary>
/// Where a forum's cases are treated outside the forum (by the bodies a hearing asks), for the
/// exports that show it: OParl's Consultation. A plugin that sends cases out registers one in
/// its AddApi; the gateway asks every one registered.
/// </summary>
public interface ICaseConsultations
{
    /// <summary>Every consultation of the forum's cases, those since removed included (deleted, with when).</summary>
    Task<IReadOnlyList<CaseConsultation>> OfForumAsync(string forumId);
}
