using Collaboration.Municipalities;
using Collaboration.Projects;

namespace Collaboration.JointProjects.Tests;

/// <summary>A test cluster on SQLite with five municipalities, and a fresh core project per test.</summary>
public sealed class JointProjectCluster : TestClusterFixture
{
    public static readonly string[] Municipalities = ["5001", "5028", "5031", "5035", "5029"];

    protected override async Task SeedAsync()
    {
        var populations = new[] { 210_496, 17_123, 14_425, 24_287, 8_360 };
        for (var i = 0; i < Municipalities.Length; i++)
        {
            await Grains.GetGrain<IMunicipalityGrain>(Municipalities[i])
                .PutAsync(new MunicipalityProfile($"Kommune {Municipalities[i]}", "Trøndelag", new Population(populations[i], 2022, null), []));
        }
    }

    public async Task<string> ProjectAsync()
    {
        var id = $"ikap-{Guid.NewGuid():N}"[..20];
        await Grains.GetGrain<IProjectGrain>(id).PutAsync(new ProjectProfile("Interkommunal arealplan", null, ["areal"], null, null, null, [], []));
        return id;
    }
}

[CollectionDefinition(Name)]
public sealed class JointProjectCollection : ICollectionFixture<JointProjectCluster>
{
    public const string Name = "joint-projects";
}
