using System.Text.Json.Nodes;
using Collaboration.Journal;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>
/// When each part of a forum (its profile, meetings, cases, membership periods, presenters and
/// member bodies) was created, last changed and, if gone, deleted: found by replaying the
/// forum's changes in the journal and comparing each part's form version by version.
/// </summary>
public sealed class ForumTimeline
{
    private const int Batch = 500;
    private readonly Dictionary<string, OParlStamp> _stamps;

    private ForumTimeline(Dictionary<string, OParlStamp> stamps) => _stamps = stamps;

    /// <summary>Every part ever seen, by its key (see <see cref="ForumParts"/>).</summary>
    public IReadOnlyDictionary<string, OParlStamp> Stamps => _stamps;

    public OParlStamp? Of(string key) => _stamps.GetValueOrDefault(key);

    public static async Task<ForumTimeline> ReadAsync(IGrainFactory grains, string forumId)
    {
        var journal = grains.GetGrain<IJournalGrain>(0);
        var records = new List<JournalRecord>();
        long? before = null;
        while (true)
        {
            var page = await journal.ReadObjectAsync(CoreKinds.ForumState, forumId, before, Batch);
            records.AddRange(page);
            if (page.Count < Batch)
            {
                break;
            }

            before = page[^1].Position;
        }

        records.Reverse();
        return Replay(records);
    }

    private static ForumTimeline Replay(IEnumerable<JournalRecord> records)
    {
        var stamps = new Dictionary<string, OParlStamp>(StringComparer.Ordinal);
        JsonNode form = new JsonObject();
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            form = StatePatch.Apply(form, record.Changes);
            var parts = ForumParts.Of(form);
            foreach (var (key, print) in parts)
            {
                if (!previous.TryGetValue(key, out var was))
                {
                    stamps[key] = stamps.TryGetValue(key, out var old)
                        ? new OParlStamp(old.Created, record.At, false)
                        : new OParlStamp(record.At, record.At, false);
                }
                else if (was != print)
                {
                    stamps[key] = stamps[key] with { Modified = record.At };
                }
            }

            foreach (var key in previous.Keys.Where(k => !parts.ContainsKey(k)))
            {
                stamps[key] = stamps[key] with { Modified = record.At, Deleted = true };
            }

            previous = parts;
        }

        return new ForumTimeline(stamps);
    }
}
