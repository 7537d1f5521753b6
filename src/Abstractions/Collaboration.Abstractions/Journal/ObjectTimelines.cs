using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Collaboration.Journal;

/// <summary>
/// The timelines read so far, kept so that a read replays only the changes since the last
/// (one journal query when there are none) rather than an object's whole history each time.
/// </summary>
public sealed class ObjectTimelines(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<(string StateName, string ObjectId), ObjectTimeline> _kept = new();

    /// <summary>The object's timeline, caught up with the journal.</summary>
    /// <param name="stateName">The name the object's state is journaled under ("forum").</param>
    /// <param name="objectId">The object's id.</param>
    /// <param name="parts">Each part's key and its form as text, from the object's whole form; the same for every read of one state name.</param>
    public async Task<ObjectTimeline> ReadAsync(string stateName, string objectId, Func<JsonNode, IReadOnlyDictionary<string, string>> parts)
    {
        var key = (stateName, objectId);
        var timeline = _kept.TryGetValue(key, out var kept)
            ? await kept.CatchUpAsync(grains, stateName, objectId, parts)
            : await ObjectTimeline.ReadAsync(grains, stateName, objectId, parts);

        // Two readers catching up at once both store theirs; keep the further one.
        _kept.AddOrUpdate(key, timeline, (_, other) => other.Position >= timeline.Position ? other : timeline);
        return timeline;
    }
}
