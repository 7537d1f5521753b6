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

    public async Task InitializeAsync() => Cluster = await SqliteTestCluster.StartAsync(_data.Path);

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
