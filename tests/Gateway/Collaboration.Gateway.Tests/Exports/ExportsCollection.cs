namespace Collaboration.Gateway.Tests.Exports;

/// <summary>The export tests read one silo with the demo data, which they do not change.</summary>
[CollectionDefinition(Name)]
public sealed class ExportsCollection : ICollectionFixture<DemoSiloFixture>
{
    public const string Name = "exports";
}
