using System.Text.Json.Nodes;
using Collaboration.Api;
using Collaboration.Journal;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>One object of a list: its id, its times from the journal, and its OParl form.</summary>
/// <param name="Id">Its URL.</param>
/// <param name="Type">Its OParl type name ("Meeting").</param>
/// <param name="Stamp">Created, modified and deleted; null when the journal has not shown it yet.</param>
/// <param name="Live">Its properties when it exists; null when deleted.</param>
public sealed record OParlEntry(string Id, string Type, PartStamp? Stamp, JsonObject? Live)
{
    public const string Schema = "https://schema.oparl.org/1.1/";

    public bool Deleted => Live is null;

    /// <summary>The object as served: its properties with id, type, created and modified first; a deleted one with those and deleted alone.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["type"] = Schema + Type };
        foreach (var (name, value) in Live ?? [])
        {
            json[name] = value?.DeepClone();
        }

        if (Stamp is { } stamp)
        {
            json["created"] = Wire.OsloInstant(stamp.Created);
            json["modified"] = Wire.OsloInstant(stamp.Modified);
        }

        if (Deleted)
        {
            json["deleted"] = true;
        }

        return json;
    }

    public static OParlEntry Gone(string id, string type, PartStamp stamp) => new(id, type, stamp, null);
}
