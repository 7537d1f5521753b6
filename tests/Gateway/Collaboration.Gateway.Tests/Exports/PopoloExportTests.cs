using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Collaboration.Gateway.Tests.Exports;

/// <summary>
/// The Popolo export of the demo data, read without a token. The Popolo schemas are not kept as
/// resources, so the shape they describe is asserted here: snake-case names, dates as YYYY-MM-DD,
/// memberships whose organisation and member are organizations of the same document.
/// </summary>
[Collection(ExportsCollection.Name)]
public sealed partial class PopoloExportTests(DemoSiloFixture fixture)
{
    private static readonly string[] Keys = ["id", "name", "classification", "identifiers", "parent_id", "dissolution_date"];
    private static readonly string[] MembershipKeys = ["id", "organization_id", "member", "role", "start_date", "end_date"];

    private async Task<JsonNode> ReadAsync()
    {
        using var response = await fixture.Silo.Anonymous.GetAsync(new Uri("/api/exports/popolo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static Dictionary<string, JsonObject> Organizations(JsonNode document) =>
        document["organizations"]!.AsArray().Select(o => o!.AsObject()).ToDictionary(o => (string)o["id"]!);

    [Fact]
    public async Task Forums_are_organizations_classified_by_kind_with_sub_forums_under_their_parent()
    {
        var organizations = Organizations(await ReadAsync());

        var council = organizations["forum/trondheimsregionen"];
        Assert.Equal("council", (string?)council["classification"]);
        Assert.Equal("Trondheimsregionen – Regionrådet", (string?)council["name"]);
        Assert.Null(council["parent_id"]);
        var directors = organizations["forum/trondheimsregionen/kommunedirektorforum"];
        Assert.Equal("directors", (string?)directors["classification"]);
        Assert.Equal("forum/trondheimsregionen", (string?)directors["parent_id"]);
    }

    [Fact]
    public async Task Municipalities_and_organisations_carry_their_kommunenummer_and_organisation_number()
    {
        var organizations = Organizations(await ReadAsync());

        var trondheim = organizations["municipality/5001"];
        Assert.Equal("municipality", (string?)trondheim["classification"]);
        Assert.Equal(["kommunenummer=5001", "NO-BRC=942110464"], Identifiers(trondheim));
        var sorTrondelag = organizations["organisation/938634556"];
        Assert.Equal("countycouncil", (string?)sorTrondelag["classification"]);
        Assert.Equal(["NO-BRC=938634556"], Identifiers(sorTrondelag));
        Assert.Equal("2017-12-31", (string?)sorTrondelag["dissolution_date"]);
        Assert.Equal("formermunicipality", (string?)organizations["organisation/958731469"]["classification"]);
    }

    [Fact]
    public async Task Memberships_are_the_dated_periods_of_bodies_in_forums()
    {
        var document = await ReadAsync();
        var memberships = document["memberships"]!.AsArray().Select(m => m!.AsObject()).ToList();

        var klaebu = memberships.Single(m => (string)m["member"]!["id"]! == "organisation/958731469");
        Assert.Equal("forum/trondheimsregionen", (string?)klaebu["organization_id"]);
        Assert.Equal("Organization", (string?)klaebu["member"]!["@type"]);
        Assert.Equal("member", (string?)klaebu["role"]);
        Assert.Equal("2009-04-24", (string?)klaebu["start_date"]);
        Assert.Equal("2019-12-31", (string?)klaebu["end_date"]);
        var selbu = memberships.Single(m => (string)m["member"]!["id"]! == "municipality/5032" && (string)m["organization_id"]! == "forum/trondheimsregionen");
        Assert.Equal("observer", (string?)selbu["role"]);
        Assert.Equal("2011-06-16", (string?)selbu["end_date"]);
        var trondheimInDirectors = memberships.Single(m => (string)m["member"]!["id"]! == "municipality/5001" && (string)m["organization_id"]! == "forum/trondheimsregionen/kommunedirektorforum");
        Assert.Null(trondheimInDirectors["end_date"]);
    }

    [Fact]
    public async Task Every_object_has_the_shape_the_Popolo_schemas_describe()
    {
        var document = await ReadAsync();
        var organizations = Organizations(document);
        var memberships = document["memberships"]!.AsArray().Select(m => m!.AsObject()).ToList();

        Assert.Equal(["memberships", "organizations"], document.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.True(organizations.Count >= 6 + 23 + 7, $"{organizations.Count} organizations");
        foreach (var organization in organizations.Values)
        {
            Assert.All(organization, p => Assert.Contains(p.Key, Keys));
            Assert.All(organization, p => Assert.NotNull(p.Value));
            Assert.False(string.IsNullOrWhiteSpace((string?)organization["name"]));
            Assert.All(organization["identifiers"]!.AsArray(), i => Assert.Matches(IdentifierShape(), $"{i!["scheme"]}={i["identifier"]}"));
            if (organization["parent_id"] is { } parent)
            {
                Assert.Contains((string)parent!, organizations.Keys);
            }

            if (organization["dissolution_date"] is { } dissolved)
            {
                Assert.Matches(DateShape(), (string)dissolved!);
            }
        }

        Assert.True(memberships.Count >= 40, $"{memberships.Count} memberships");
        Assert.Equal(memberships.Count, memberships.Select(m => (string)m["id"]!).Distinct().Count());
        foreach (var membership in memberships)
        {
            Assert.All(membership, p => Assert.Contains(p.Key, MembershipKeys));
            Assert.All(membership, p => Assert.NotNull(p.Value));
            Assert.Contains((string)membership["organization_id"]!, organizations.Keys);
            Assert.Contains((string)membership["member"]!["id"]!, organizations.Keys);
            Assert.Contains((string?)membership["role"], new[] { "member", "observer" });
            Assert.Matches(DateShape(), (string)membership["start_date"]!);
            if (membership["end_date"] is { } end)
            {
                Assert.Matches(DateShape(), (string)end!);
            }
        }
    }

    private static string[] Identifiers(JsonObject organization) =>
        [.. organization["identifiers"]!.AsArray().Select(i => $"{i!["scheme"]}={i["identifier"]}")];

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^(kommunenummer=[0-9]{4}|NO-BRC=[0-9]{9})$")]
    private static partial Regex IdentifierShape();
}
