using System.Net;

namespace Collaboration.Gateway.Tests;

/// <summary>The gateway as its own process role: an Orleans client of a running silo.</summary>
[Collection(ApiCollection.Name)]
public sealed class StandaloneGatewayTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_standalone_gateway_reads_and_writes_through_the_cluster()
    {
        var port = FreePort.Next();
        var gateway = GatewayApp.Create(
        [
            $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{port}",
            $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{FreePort.Next()}",
            "--Kestrel:Endpoints:Grpc:Protocols=Http2",
            $"--Orleans:GatewayPort={fixture.Silo.OrleansGatewayPort}",
            $"--Auth:LocalKeyFile={fixture.Silo.KeyFile}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await gateway.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            http.DefaultRequestHeaders.Authorization = fixture.Http.DefaultRequestHeaders.Authorization;

            var forum = await http.ReadAsync($"/api/forums/{ApiFixture.Directors}");
            var put = await http.ApiPutAsync("/api/municipalities/5027", new { name = "Midtre Gauldal", county = "Trøndelag" });

            Assert.Equal(ApiFixture.Directors, (string?)forum["id"]);
            Assert.Equal(HttpStatusCode.Created, put.Status);
            Assert.Equal("Midtre Gauldal", (string?)(await fixture.Http.ReadAsync("/api/municipalities/5027"))["name"]);
        }
        finally
        {
            await gateway.StopAsync();
            await gateway.DisposeAsync();
        }
    }
}
