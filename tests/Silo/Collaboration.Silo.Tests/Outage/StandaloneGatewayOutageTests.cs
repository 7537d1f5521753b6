using System.Net;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Silo.Tests.Outage;

/// <summary>
/// A standalone gateway process in front of a silo process answers a PostgreSQL outage as the silo
/// does: its readiness turns red while the database takes no connections (a load balancer stops
/// sending it traffic), its liveness stays green, requests that need the database answer 503, and
/// it is ready again once the database is back, without a restart.
/// </summary>
public sealed class StandaloneGatewayOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_standalone_gateway_is_not_ready_while_PostgreSQL_is_unreachable_and_ready_again_after()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var silo = ProgramProcess.StartSilo("silo", database.Settings);
        await using var cleanup = new ProcessGroup([silo]);
        await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        var gateway = ProgramProcess.StartGateway("gateway", database.Settings);
        await using var gatewayCleanup = new ProcessGroup([gateway]);
        await gateway.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        var put = await gateway.Http.ApiPutAsync("/api/projects/before", new { title = "Før" });
        Assert.True(put.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"before: {put.Status}");

        var fault = new ClosedPostgresDatabase(database.Storage.EffectiveConnectionString);
        await fault.BreakAsync();
        try
        {
            // Nothing is asked of the gateway but its health: readiness must find the outage itself.
            var ready = await Eventually.ValueAsync(() => StatusAsync(gateway, "/health/ready"), status => status == HttpStatusCode.ServiceUnavailable, Patience);
            Assert.True(ready == HttpStatusCode.ServiceUnavailable, $"The gateway stayed ready while its database was unreachable:\n{gateway.Output}");
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(gateway, "/health/live"));

            var refused = await gateway.Http.ApiGetAsync("/api/projects/never-written");
            Assert.True(refused.Status == HttpStatusCode.ServiceUnavailable, $"{(int)refused.Status} {refused.Body}");
            Assert.Equal("application/problem+json", refused.ContentType);
            Assert.True(refused.RetryAfter > TimeSpan.Zero, "No Retry-After on the 503.");

            await fault.RepairAsync();
            Assert.Equal(HttpStatusCode.OK, await Eventually.ValueAsync(
                () => StatusAsync(gateway, "/health/ready"), status => status == HttpStatusCode.OK, Patience));
            Assert.Equal("Før", (string?)(await gateway.Http.ReadAsync("/api/projects/before"))["title"]);
        }
        finally
        {
            await fault.RepairAsync();
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(ProgramProcess process, string path)
    {
        using var response = await process.Http.GetAsync(path);
        return response.StatusCode;
    }
}
