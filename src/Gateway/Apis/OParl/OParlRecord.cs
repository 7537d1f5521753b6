using Collaboration.Exports;
using Collaboration.Forums;
using Collaboration.Journal;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>
/// Finds what an OParl request names: the councils as Bodies, a Body's list by its name, one
/// object by its type and key. Unknown lists and types are refused naming the field; an object
/// not there is not found.
/// </summary>
public sealed class OParlRecord(IGrainFactory grains, ObjectTimelines timelines, IEnumerable<ICaseConsultations> consultations)
{
    private static readonly Dictionary<string, Func<OParlUrls, CouncilRecord, IEnumerable<OParlEntry>>> Lists = new(StringComparer.Ordinal)
    {
        ["organization"] = OParlForumObjects.Organizations,
        ["membership"] = OParlForumObjects.Memberships,
        ["meeting"] = OParlForumObjects.Meetings,
        ["agendaItem"] = OParlCaseObjects.AgendaItems,
        ["paper"] = OParlCaseObjects.Papers,
        ["person"] = OParlCaseObjects.Persons,
        ["consultation"] = OParlConsultations.Of,
    };

    public async Task<IReadOnlyList<OParlEntry>> BodiesAsync(OParlUrls urls)
    {
        var councils = await CouncilRecord.CouncilsAsync(grains);
        var read = await Task.WhenAll(councils.Select(c => ForumParts.TimelineAsync(timelines, c.Id)));
        return [.. councils.Select((c, i) => OParlBodies.Body(urls, c, read[i].Of(ForumParts.Profile)))];
    }

    public async Task<IReadOnlyList<OParlEntry>> ListAsync(OParlUrls urls, string bodyKey, string list)
    {
        var read = Lists.GetValueOrDefault(list) ?? throw CollaborationException.Invalid("list",
            $"list: '{list}' is not a list of a body; the lists are {string.Join(", ", OParlBodies.Lists)}.");
        var council = await CouncilAsync(bodyKey);
        return [.. read(urls, await RecordAsync(council, list))];
    }

    public async Task<OParlEntry> GetAsync(OParlUrls urls, string type, string key)
    {
        if (type == "body")
        {
            var council = await CouncilAsync(key);
            return OParlBodies.Body(urls, council, (await ForumParts.TimelineAsync(timelines, council.Id)).Of(ForumParts.Profile));
        }

        var list = Lists.ContainsKey(type) ? type : throw CollaborationException.Invalid("type",
            $"type: '{type}' is not a type of object here; the types are body, {string.Join(", ", Lists.Keys)}.");
        var id = urls.Of(type, key);
        var forum = await CouncilRecord.CouncilOfAsync(grains, OParlUrls.ForumId(key.Split('.')[0])) ?? throw NotFound(id);
        var record = await RecordAsync(forum, list);
        return Lists[list](urls, record).FirstOrDefault(e => e.Id == id) ?? throw NotFound(id);
    }

    // Only consultations and the papers that embed them need the plugins' consultations: the other lists skip reading every hearing.
    private Task<CouncilRecord> RecordAsync(Forum council, string list) =>
        CouncilRecord.ReadAsync(grains, timelines, list is "consultation" or "paper" ? consultations : [], council);

    private async Task<Forum> CouncilAsync(string bodyKey)
    {
        var id = OParlUrls.ForumId(bodyKey);
        return (await CouncilRecord.CouncilsAsync(grains)).FirstOrDefault(c => c.Id == id)
            ?? throw CollaborationException.NotFound($"Body '{bodyKey}' does not exist: bodies are councils.");
    }

    private static CollaborationException NotFound(string id) => CollaborationException.NotFound($"'{id}' is not an OParl object here.");
}
