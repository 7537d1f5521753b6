using Collaboration.Api;
using Collaboration.Exports;
using Collaboration.Forums;
using Collaboration.Journal;
using Collaboration.Organisations;
using Collaboration.Registers;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>
/// What one OParl Body says, read at once: the council, its sub-forums, their meetings and cases,
/// the names of their member bodies, and each forum's timeline from the journal.
/// </summary>
/// <param name="Council">The council (a forum of kind council).</param>
/// <param name="Forums">The council first, then its sub-forums, by id.</param>
/// <param name="Meetings">Each forum's meetings, by forum id.</param>
/// <param name="Cases">Each forum's numbered cases, by forum id.</param>
/// <param name="Names">Member bodies' names, by body id.</param>
/// <param name="Timelines">Each forum's timeline, by forum id.</param>
/// <param name="Consultations">Where the forums' cases are treated outside them, as the plugins that send them out say; empty when the list read shows none.</param>
public sealed record CouncilRecord(
    Forum Council,
    IReadOnlyList<Forum> Forums,
    IReadOnlyDictionary<string, IReadOnlyList<Meeting>> Meetings,
    IReadOnlyDictionary<string, IReadOnlyList<AgendaItem>> Cases,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyDictionary<string, ObjectTimeline> Timelines,
    IReadOnlyList<CaseConsultation> Consultations)
{
    /// <summary>Every council, by id: the Bodies of the OParl system.</summary>
    public static async Task<IReadOnlyList<Forum>> CouncilsAsync(IGrainFactory grains) =>
        [.. (await grains.ReadAllAsync<IForumGrain, Forum>(Register.Forums, g => g.GetAsync()))
            .Where(f => f.Profile.Kind == ForumKind.Council)
            .OrderBy(f => f.Id, StringComparer.Ordinal)];

    /// <summary>The council that <paramref name="forumId"/> is or belongs under; null when none.</summary>
    public static async Task<Forum?> CouncilOfAsync(IGrainFactory grains, string forumId) =>
        (await CouncilsAsync(grains)).FirstOrDefault(c => forumId == c.Id || forumId.StartsWith(c.Id + "/", StringComparison.Ordinal));

    public static async Task<CouncilRecord> ReadAsync(IGrainFactory grains, ObjectTimelines timelines, IEnumerable<ICaseConsultations> sources, Forum council)
    {
        var all = await grains.ReadAllAsync<IForumGrain, Forum>(Register.Forums, g => g.GetAsync());
        var forums = all.Where(f => f.Id == council.Id || f.Id.StartsWith(council.Id + "/", StringComparison.Ordinal))
            .OrderBy(f => f.Id == council.Id ? 0 : 1).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        var meetings = await Task.WhenAll(forums.Select(f => grains.GetGrain<IForumGrain>(f.Id).ListMeetingsAsync()));
        var cases = await Task.WhenAll(forums.Select(f => grains.GetGrain<IForumGrain>(f.Id).ListCasesAsync(null)));
        var read = await Task.WhenAll(forums.Select(f => ForumParts.TimelineAsync(timelines, f.Id)));
        var consultations = await Task.WhenAll(sources.SelectMany(s => forums.Select(f => s.OfForumAsync(f.Id))));
        var names = await grains.NamesAsync(forums.SelectMany(f => f.Members).Select(m => m.MunicipalityId));
        return new CouncilRecord(
            council,
            forums,
            forums.Select((f, i) => (f.Id, meetings[i])).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal),
            forums.Select((f, i) => (f.Id, cases[i])).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal),
            names,
            forums.Select((f, i) => (f.Id, read[i])).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal),
            [.. consultations.SelectMany(c => c)]);
    }

    /// <summary>The stamps of one kind of part across the body's forums, by the rest of their key.</summary>
    public IEnumerable<(string ForumId, string Key, PartStamp Stamp)> Parts(string prefix) =>
        Timelines.SelectMany(t => t.Value.Stamps
            .Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(s => (t.Key, s.Key[prefix.Length..], s.Value)));
}
