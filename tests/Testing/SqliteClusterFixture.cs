using Orleans.TestingHost;
using Xunit;

namespace Collaboration.Testing;

/// <summary>
/// A two-silo <see cref="SqliteTestCluster"/> in a data folder of its own, for a test collection;
/// a derived fixture adds what its tests build on in <see cref="SeedAsync"/>.
/// </summary>
public class SqliteClusterFixture : IAsyncLifetime
{
    private readonly TempFolder _data = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        Cluster = await SqliteTestCluster.StartAsync(_data.Path);
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _data.Dispose();
    }

    protected virtual Task SeedAsync() => Task.CompletedTask;
}
