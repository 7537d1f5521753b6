using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Collaboration.Access;
using Collaboration.Gateway.Access;

namespace Collaboration.Gateway.Tests.OParl;

/// <summary>After a change over HTTP, <c>modified_since</c> lists what changed and what was deleted (deleted: true); without it the deleted stay out.</summary>
[Collection(OParlCollection.Name)]
public sealed class OParlChangeTests(DemoSiloFixture fixture)
{
    private OParlClient Client => new(fixture.Silo.Anonymous);

    [Fact]
    public async Task Modified_since_lists_changed_and_deleted_objects()
    {
        const string lists = "/oparl/v1/body/fosenregionen/";
        var (memberships, _) = await Client.WalkAsync(lists + "membership");
        var removed = memberships.First(m => ((string)m["onBehalfOf"]!).EndsWith(".5054", StringComparison.Ordinal));
        // OParl times are to the second: the filter is the next whole second, and the changes come after it.
        var now = DateTimeOffset.Now;
        var next = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);
        await Task.Delay(next - now + TimeSpan.FromMilliseconds(20));
        var since = Uri.EscapeDataString(next.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));

        using var admin = fixture.Silo.Client(fixture.Silo.Token(new TokenHolder("oparl-test", Roles.Admin)));
        using (var removing = await admin.DeleteAsync(new Uri("/api/forums/fosenregionen/members/5054", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, removing.StatusCode);
        }

        using (var creating = await admin.PostAsJsonAsync(new Uri("/api/forums/fosenregionen/meetings", UriKind.Relative), new { date = "2030-01-15" }))
        {
            Assert.True(creating.IsSuccessStatusCode, await creating.Content.ReadAsStringAsync());
        }

        var changedMemberships = (await Client.WalkAsync(lists + "membership?modified_since=" + since)).Objects;
        var deleted = Assert.Single(changedMemberships);
        Assert.Equal((string?)removed["id"], (string?)deleted["id"]);
        Assert.True((bool)deleted["deleted"]!);
        Assert.Empty(OParlSchemas.Errors(deleted));
        Assert.DoesNotContain((await Client.WalkAsync(lists + "membership")).Objects, m => (string?)m["id"] == (string?)removed["id"]);
        var gone = await Client.GetAsync((string)removed["id"]!);
        Assert.True((bool)gone["deleted"]!);

        var meeting = Assert.Single((await Client.WalkAsync(lists + "meeting?modified_since=" + since)).Objects);
        Assert.EndsWith("/meeting/fosenregionen.2030-01-15", (string?)meeting["id"], StringComparison.Ordinal);
        Assert.Null(meeting["deleted"]);
        Assert.Empty(OParlSchemas.Errors(meeting));

        // Indre Fosen, asked to decide TR 1/22 and silent, is asked no more: its consultation is deleted.
        const string hearing = "/oparl/v1/body/trondheimsregionen/consultation";
        Assert.Contains((await Client.WalkAsync(hearing)).Objects, c => ((string)c["id"]!).EndsWith("/consultation/trondheimsregionen.2022.1.5054", StringComparison.Ordinal));
        using (var unasking = await admin.DeleteAsync(new Uri("/api/hearings/trondheimsregionen-2022-1/bodies/5054", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, unasking.StatusCode);
        }

        var consultation = Assert.Single((await Client.WalkAsync(hearing + "?modified_since=" + since)).Objects);
        Assert.EndsWith("/consultation/trondheimsregionen.2022.1.5054", (string?)consultation["id"], StringComparison.Ordinal);
        Assert.True((bool)consultation["deleted"]!);
        Assert.Empty(OParlSchemas.Errors(consultation));
        Assert.DoesNotContain((await Client.WalkAsync(hearing)).Objects, c => (string?)c["id"] == (string?)consultation["id"]);

        // The member body has no period left in the body's forums, so its organization is deleted too.
        var organizations = (await Client.WalkAsync(lists + "organization?modified_since=" + since)).Objects;
        Assert.Contains(organizations, o => ((string)o["id"]!).EndsWith(".5054", StringComparison.Ordinal) && (bool?)o["deleted"] == true);
    }
}
