using System.Net;
using System.Text.Json.Nodes;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Silo.Tests.Cluster;

/// <summary>
/// The dashboard in production mode: two silo processes and a standalone gateway process on
/// PostgreSQL. The gateway serves it to admins, with the figures every silo collects.
/// </summary>
public sealed class DashboardClusterTests
{
    [Fact]
    public async Task The_standalone_gateway_shows_every_silo_of_the_cluster_to_admins_only()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var processes = new List<ProgramProcess> { ProgramProcess.StartSilo("silo 1", database.Settings) };
        await using var cleanup = new ProcessGroup(processes);
        await processes[0].WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        processes.Add(ProgramProcess.StartSilo("silo 2", database.Settings));
        var gateway = ProgramProcess.StartGateway("gateway", database.Settings);
        processes.Add(gateway);
        foreach (var process in processes)
        {
            await process.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        }

        // The counters are sampled once a second; wait until both silos have reported.
        var counters = await Eventually.ValueAsync(
            async () => JsonNode.Parse(await gateway.Http.GetStringAsync("/dashboard/DashboardCounters"))!,
            json => (int?)json["totalActiveHostCount"] == 2,
            TimeSpan.FromMinutes(1));
        using var anonymous = new HttpClient { BaseAddress = gateway.Http.BaseAddress };
        using var refused = await anonymous.GetAsync("/dashboard/DashboardCounters");

        Assert.Equal(2, (int?)counters["totalActiveHostCount"]);
        Assert.Equal(2, counters["hosts"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
