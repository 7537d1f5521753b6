using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Silo.Tests.Cluster;

/// <summary>The silo names grain interfaces through the remembering provider, with Orleans' answers.</summary>
public sealed class GrainInterfaceTypesTests
{
    [Fact]
    public async Task The_silo_asks_an_interfaces_attributes_once_and_answers_as_Orleans_does()
    {
        using var data = new TempFolder();
        await using var silo = await RunningSilo.StartAsync(data.Path);
        var providers = silo.Services.GetServices<IGrainInterfaceTypeProvider>().ToList();
        Assert.Contains(providers, p => p is RememberedGrainInterfaceTypes);
        Assert.DoesNotContain(providers, p => p is AttributeGrainInterfaceTypeProvider);

        var remembered = providers.OfType<RememberedGrainInterfaceTypes>().Single();
        var orleans = new AttributeGrainInterfaceTypeProvider(silo.Services);
        foreach (var type in new[] { typeof(INamedGrain), typeof(Projects.IProjectGrain), typeof(INamedGrain) })
        {
            Assert.Equal(orleans.TryGetGrainInterfaceType(type, out var expected), remembered.TryGetGrainInterfaceType(type, out var actual));
            Assert.Equal(expected, actual);
        }

        Assert.True(remembered.TryGetGrainInterfaceType(typeof(INamedGrain), out var named));
        Assert.Equal("named-for-test", named.ToString());

        // Grain references made through it reach their grains.
        var written = await silo.Http.ApiPutAsync("/api/projects/navngitt", new { title = "Navngitt" });
        Assert.Equal(System.Net.HttpStatusCode.Created, written.Status);
        Assert.Equal("Navngitt", (string?)(await silo.Http.ReadAsync("/api/projects/navngitt"))["title"]);
    }

    /// <summary>An interface that names itself, as Orleans' attribute lets it.</summary>
    [GrainInterfaceType("named-for-test")]
    public interface INamedGrain : IGrainWithStringKey
    {
        /// <summary>Nothing; only the name is looked at.</summary>
        Task PingAsync();
    }
}
