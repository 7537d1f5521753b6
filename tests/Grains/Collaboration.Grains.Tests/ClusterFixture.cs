namespace Collaboration.Grains.Tests;

/// <summary>
/// A real Orleans test cluster of two silos whose grains keep their state and reminders in a real
/// SQLite file, through the same storage setup as the embedded default.
/// </summary>
public sealed class ClusterFixture : TestClusterFixture;

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
