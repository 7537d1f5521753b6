namespace Collaboration.Gateway.Tests.OParl;

/// <summary>The OParl tests read one silo with the demo data; one of them changes it, so none counts on the data as loaded beyond what is there.</summary>
[CollectionDefinition(Name)]
public sealed class OParlCollection : ICollectionFixture<DemoSiloFixture>
{
    public const string Name = "oparl";
}
