using System.Net;
using Collaboration.Gateway.Access;
using Collaboration.Gateway.Access.Machines;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Gateway.Tests.Access.Machines;

/// <summary>The installation's own token: by a JWT grant from the configured endpoint, kept until near its expiry; else signed locally.</summary>
[Collection(MachineAccessCollection.Name)]
public sealed class MachineTokensTests(MachineAccessFixture fixture)
{
    [Fact]
    public async Task A_JWT_grant_gets_a_token_once_and_keeps_it()
    {
        var tokens = fixture.Silo.Services.GetRequiredService<MachineTokens>();
        var before = fixture.Issuer.Grants;

        var first = await tokens.GetAsync();
        var second = await tokens.GetAsync();

        Assert.Equal(first, second);
        Assert.Equal(before + 1, fixture.Issuer.Grants);
        using var peer = fixture.Silo.Client(first);
        Assert.Equal(HttpStatusCode.OK, (await peer.ApiGetAsync("/api/webhooks")).Status);
    }

    [Fact]
    public async Task Without_a_token_endpoint_the_local_key_signs_a_peers_token()
    {
        var services = fixture.Silo.Services;
        using var tokens = new MachineTokens(services.GetRequiredService<IHttpClientFactory>(), new AuthOptions(), services, TimeProvider.System);
        var grants = fixture.Issuer.Grants;

        using var peer = fixture.Silo.Client(await tokens.GetAsync());

        Assert.Equal(HttpStatusCode.OK, (await peer.ApiGetAsync("/api/webhooks")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await peer.ApiPutAsync("/api/municipalities/5001", MachineAccessFixture.Profile("Trondheim", MachineAccessFixture.Trondheim))).Status);
        Assert.Equal(grants, fixture.Issuer.Grants);
    }
}
