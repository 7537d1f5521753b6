using System.Text.Json.Nodes;

namespace Collaboration.Journal;

/// <summary>
/// When each part of one object on record was created, last changed and, if gone, deleted:
/// found by replaying the object's changes in the journal and comparing each part's form
/// version by version. What a part is, and its form, the caller says (a forum's meetings and
/// cases, a hearing's bodies asked). A timeline is never changed: catching up makes a new one
/// from the records after its last, so one can be kept and shared between readers.
/// </summary>
public sealed class ObjectTimeline
{
    private const int Batch = 500;
    private readonly Dictionary<string, PartStamp> _stamps;
    private readonly JsonNode _form;
    private readonly IReadOnlyDictionary<string, string> _parts;

    private ObjectTimeline(Dictionary<string, PartStamp> stamps, JsonNode form, IReadOnlyDictionary<string, string> parts, long position)
    {
        _stamps = stamps;
        _form = form;
        _parts = parts;
        Position = position;
    }

    /// <summary>The journal position of the last record replayed; 0 when none.</summary>
    public long Position { get; }

    /// <summary>Every part ever seen, by its key.</summary>
    public IReadOnlyDictionary<string, PartStamp> Stamps => _stamps;

    /// <summary>The part's stamp; null when the journal has not shown it.</summary>
    public PartStamp? Of(string key) => _stamps.GetValueOrDefault(key);

    /// <summary>Replays all of the object's records, splitting each form into parts with <paramref name="parts"/>.</summary>
    /// <param name="grains">The grain factory.</param>
    /// <param name="stateName">The name the object's state is journaled under ("forum").</param>
    /// <param name="objectId">The object's id.</param>
    /// <param name="parts">Each part's key and its form as text, from the object's whole form.</param>
    public static Task<ObjectTimeline> ReadAsync(
        IGrainFactory grains, string stateName, string objectId, Func<JsonNode, IReadOnlyDictionary<string, string>> parts) =>
        new ObjectTimeline([], new JsonObject(), new Dictionary<string, string>(), 0).CatchUpAsync(grains, stateName, objectId, parts);

    /// <summary>This timeline when the journal has nothing newer for the object; otherwise a new one with the newer records replayed.</summary>
    public async Task<ObjectTimeline> CatchUpAsync(
        IGrainFactory grains, string stateName, string objectId, Func<JsonNode, IReadOnlyDictionary<string, string>> parts)
    {
        var journal = grains.GetGrain<IJournalGrain>(0);
        var newer = new List<JournalRecord>();
        long? before = null;
        while (true)
        {
            var page = await journal.ReadObjectAsync(stateName, objectId, before, Batch);
            newer.AddRange(page.TakeWhile(r => r.Position > Position));
            if (page.Count < Batch || page[^1].Position <= Position)
            {
                break;
            }

            before = page[^1].Position;
        }

        if (newer.Count == 0)
        {
            return this;
        }

        newer.Reverse();
        return Replay(newer, parts);
    }

    private ObjectTimeline Replay(IEnumerable<JournalRecord> records, Func<JsonNode, IReadOnlyDictionary<string, string>> split)
    {
        var stamps = new Dictionary<string, PartStamp>(_stamps, StringComparer.Ordinal);
        var form = _form.DeepClone();
        var previous = _parts;
        var position = Position;
        foreach (var record in records)
        {
            form = StatePatch.Apply(form, record.Changes);
            var parts = split(form);
            foreach (var (key, print) in parts)
            {
                if (!previous.TryGetValue(key, out var was))
                {
                    stamps[key] = stamps.TryGetValue(key, out var old)
                        ? new PartStamp(old.Created, record.At, false)
                        : new PartStamp(record.At, record.At, false);
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
            position = record.Position;
        }

        return new ObjectTimeline(stamps, form, previous, position);
    }
}
