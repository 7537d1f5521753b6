using Collaboration.Silo.Storage;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace Collaboration.Grains.Tests;

/// <summary>
/// A real Orleans test cluster of two silos whose grains keep their state and reminders in a real
/// SQLite file, through the same storage setup as the embedded default.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly TempFolder _data = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public string DataDir => _data.Path;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FollowUps:CheckPeriod"] = "00:00:01" })
            .Build();
        var storage = new StorageOptions { DataDir = _data.Path };
        builder.ConfigureSilo((_, silo) => silo.UseSqliteStorage(storage).AddCoreGrains(configuration));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
