using Collaboration.ServiceDefaults.Storage;
using Orleans.TestingHost;
using Xunit;

namespace Collaboration.Testing;

/// <summary>
/// A two-silo <see cref="TestCluster"/> on a <see cref="TestDatabase"/> of its own, for a test
/// collection; a derived fixture adds what its tests build on in <see cref="SeedAsync"/>.
/// </summary>
public class TestClusterFixture : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The cluster's database, to read what it stores beside what the grains answer.</summary>
    public StorageOptions Storage => _database.Storage;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Cluster = await TestCluster.StartAsync(_database.Storage);
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected virtual Task SeedAsync() => Task.CompletedTask;
}
