using System.Net;
using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.Dashboard;

/// <summary>
/// In a cluster the standalone gateway serves the dashboard as an Orleans client; the silos
/// collect the figures it shows. This one stands behind a proxy that ends TLS, so its cookie is
/// always Secure.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StandaloneDashboardTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_standalone_gateway_serves_the_dashboard_with_the_silos_figures_to_admins_only_with_a_secure_cookie()
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
            "--Dashboard:CookieSecure=Always",
        ]);
        await gateway.StartAsync();
        try
        {
            using var admin = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            admin.DefaultRequestHeaders.Authorization = fixture.Http.DefaultRequestHeaders.Authorization;
            using var anonymous = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

            using var page = await admin.GetAsync("/dashboard/");
            using var counters = await admin.GetAsync("/dashboard/DashboardCounters");
            var json = JsonNode.Parse(await counters.Content.ReadAsStringAsync())!;
            using var refused = await anonymous.GetAsync("/dashboard/DashboardCounters");
            using var signIn = await admin.PostAsync("/dashboard/sign-in", null);
            var cookie = signIn.Headers.GetValues("Set-Cookie").Single();

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<title>Orleans Dashboard</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
            Assert.NotNull(json["hosts"]);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
            Assert.Contains("secure", cookie.Split(';', StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
        }
        finally
        {
            await gateway.StopAsync();
            await gateway.DisposeAsync();
        }
    }
}
