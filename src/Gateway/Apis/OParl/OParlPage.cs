using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>
/// One page of an OParl list: <c>data</c>, <c>pagination</c> and <c>links</c>, <c>next</c> on every
/// page but the last. Objects are ordered by id, so pages are stable while nothing changes.
/// </summary>
public static class OParlPage
{
    public static JsonObject Of(IEnumerable<OParlEntry> entries, OParlQuery query, string listUrl, DateTimeOffset now)
    {
        var kept = entries.Where(e => query.Keeps(e, now)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var totalPages = Math.Max(1, (kept.Count + query.Limit - 1) / query.Limit);
        var data = kept.Skip((query.Page - 1) * query.Limit).Take(query.Limit).Select(e => (JsonNode)e.ToJson());

        var links = new JsonObject { ["first"] = Link(listUrl, query, 1) };
        if (query.Page > 1)
        {
            links["prev"] = Link(listUrl, query, Math.Min(query.Page - 1, totalPages));
        }

        links["self"] = Link(listUrl, query, query.Page);
        if (query.Page < totalPages)
        {
            links["next"] = Link(listUrl, query, query.Page + 1);
        }

        links["last"] = Link(listUrl, query, totalPages);
        return new JsonObject
        {
            ["data"] = new JsonArray([.. data]),
            ["pagination"] = new JsonObject
            {
                ["totalElements"] = kept.Count,
                ["elementsPerPage"] = query.Limit,
                ["currentPage"] = query.Page,
                ["totalPages"] = totalPages,
            },
            ["links"] = links,
        };
    }

    private static string Link(string listUrl, OParlQuery query, int page) =>
        QueryHelpers.AddQueryString(listUrl, [.. query.Filters().Select(f => KeyValuePair.Create(f.Key, (string?)f.Value)), KeyValuePair.Create("page", (string?)page.ToString(CultureInfo.InvariantCulture))]);
}
