using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Plugins;
using Collaboration.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Collaboration.Testing;

/// <summary>
/// A real Orleans test cluster whose silos keep grain state and reminders in a real database
/// (SQLite or PostgreSQL), set up the way the silo process sets up its own (core grains and
/// enabled plugins).
/// </summary>
public static class TestCluster
{
    public static async Task<InProcessTestCluster> StartAsync(StorageOptions storage, int silos = 2, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FollowUps:CheckPeriod"] = "00:00:01" })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) => silo.UseCollaborationStorage(storage).AddCoreGrains(configuration).AddSiloPlugins(configuration));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
