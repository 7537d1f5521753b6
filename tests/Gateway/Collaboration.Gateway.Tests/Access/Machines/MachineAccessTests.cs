using System.Net;

namespace Collaboration.Gateway.Tests.Access.Machines;

/// <summary>
/// Tokens of a Maskinporten-shaped issuer, trusted by configuration alone: the consumer's
/// organisation number names the body an officer acts for, the scopes the role.
/// </summary>
[Collection(MachineAccessCollection.Name)]
public sealed class MachineAccessTests(MachineAccessFixture fixture)
{
    private const string Write = "collaboration:write";

    [Fact]
    public async Task A_write_token_of_Trondheim_changes_Trondheims_profile_and_not_Melhus()
    {
        using var trondheim = fixture.As(MachineAccessFixture.Trondheim, Write);

        var own = await trondheim.ApiPutAsync("/api/municipalities/5001", MachineAccessFixture.Profile("Trondheim", MachineAccessFixture.Trondheim));
        var other = await trondheim.ApiPutAsync("/api/municipalities/5028", MachineAccessFixture.Profile("Ikke Melhus", MachineAccessFixture.Melhus));

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("Melhus", (string?)(await fixture.Silo.Anonymous.ReadAsync("/api/municipalities/5028"))["name"]);
    }

    [Fact]
    public async Task A_consumer_we_do_not_know_only_reads()
    {
        using var stranger = fixture.As(MachineAccessFixture.Stranger, Write);

        var history = await stranger.ApiGetAsync("/api/municipalities/5001/history");
        var change = await stranger.ApiPutAsync("/api/municipalities/5001", MachineAccessFixture.Profile("Trondheim", MachineAccessFixture.Trondheim));

        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.Equal(HttpStatusCode.Forbidden, change.Status);
    }

    [Fact]
    public async Task Scopes_map_to_roles_by_configuration()
    {
        using var peer = fixture.As(MachineAccessFixture.Stranger, "collaboration:peer");
        using var reader = fixture.As(MachineAccessFixture.Trondheim, "collaboration:read");
        using var nothing = fixture.As(MachineAccessFixture.Trondheim, "another:scope");

        Assert.Equal(HttpStatusCode.OK, (await peer.ApiGetAsync("/api/webhooks")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.ApiGetAsync("/api/webhooks")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.ApiPutAsync("/api/municipalities/5001", MachineAccessFixture.Profile("Trondheim", MachineAccessFixture.Trondheim))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await nothing.ApiGetAsync("/api/municipalities/5001/history")).Status);
    }

    [Fact]
    public async Task A_supplier_acting_for_a_consumer_is_recorded_with_the_change()
    {
        using var supplied = fixture.Silo.Client(fixture.Issuer.Token(new Dictionary<string, object>
        {
            ["consumer"] = TestIssuer.Party(MachineAccessFixture.Melhus),
            ["supplier"] = TestIssuer.Party(MachineAccessFixture.Stranger),
            ["scope"] = Write,
        }));

        Assert.Equal(HttpStatusCode.OK, (await supplied.ApiPutAsync("/api/municipalities/5028", MachineAccessFixture.Profile("Melhus", MachineAccessFixture.Melhus))).Status);

        var last = (await fixture.Silo.Http.ReadAsync("/api/municipalities/5028/history"))["entries"]![0]!;
        Assert.Equal($"supplier {MachineAccessFixture.Stranger} for {MachineAccessFixture.Melhus}", (string?)last["subject"]);
        Assert.Equal("officer", (string?)last["role"]);
        Assert.Equal("5028", (string?)last["municipality"]);
    }
}
