using System.Text.Json.Nodes;
using Collaboration.Forums;
using Collaboration.Journal;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>The System object and a council as a Body, with the URLs of its lists.</summary>
public static class OParlBodies
{
    /// <summary>The lists every Body has.</summary>
    public static readonly IReadOnlyList<string> Lists = ["organization", "person", "membership", "meeting", "agendaItem", "paper", "consultation"];

    public static JsonObject System(OParlUrls urls) => new()
    {
        ["id"] = urls.System,
        ["type"] = OParlEntry.Schema + "System",
        ["oparlVersion"] = OParlEntry.Schema,
        ["body"] = urls.Bodies,
        ["name"] = "Collaboration: regional councils' forums, meetings and cases",
        ["vendor"] = "https://schema.oparl.org/",
        ["product"] = "https://schema.oparl.org/1.1/",
    };

    public static OParlEntry Body(OParlUrls urls, Forum council, PartStamp? stamp)
    {
        var body = new JsonObject
        {
            ["system"] = urls.System,
            ["name"] = council.Profile.Name,
            ["shortName"] = council.Profile.CasePrefix,
            ["classification"] = "regionråd",
            ["legislativeTerm"] = new JsonArray(),
        };
        foreach (var list in Lists)
        {
            body[list] = urls.List(council.Id, list);
        }

        return new OParlEntry(urls.Body(council.Id), "Body", stamp, body);
    }
}
