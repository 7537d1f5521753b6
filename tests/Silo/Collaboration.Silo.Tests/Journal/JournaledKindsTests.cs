using System.Reflection;
using Collaboration.Journal;
using Collaboration.Plugins;
using Microsoft.Extensions.Configuration;

namespace Collaboration.Silo.Tests.Journal;

/// <summary>Every state on record belongs to a registered kind, so its changes reach histories, the feed and webhooks.</summary>
public sealed class JournaledKindsTests
{
    [Fact]
    public void Every_journaled_state_is_the_state_of_a_registered_kind_and_the_same_on_both_sides()
    {
        var silos = PluginCatalog.Discover<ISiloPlugin>(new ConfigurationBuilder().Build());
        var apis = PluginCatalog.Discover<IApiPlugin>(new ConfigurationBuilder().Build());
        var registered = CoreKinds.All.Concat(silos.SelectMany(p => p.Entry.Kinds)).Select(k => k.StateName).ToHashSet(StringComparer.Ordinal);
        var assemblies = silos.Select(p => p.Assembly).Append(typeof(Collaboration.Projects.ProjectGrain).Assembly);

        var journaled = assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(Grain).IsAssignableFrom(type))
            .SelectMany(grain => grain.GetConstructors().SelectMany(c => c.GetParameters()))
            .Where(parameter => parameter.ParameterType.IsGenericType
                && typeof(IJournaled).IsAssignableFrom(parameter.ParameterType.GetGenericArguments()[0]))
            .Select(parameter => parameter.GetCustomAttribute<PersistentStateAttribute>()!.StateName)
            .ToList();

        Assert.Equal(10, journaled.Count); // the core's four, Funding's three, one each of JointProjects, MembershipFees and Hearings
        Assert.All(journaled, name => Assert.Contains(name, registered));
        Assert.Equal(silos.Select(p => p.Entry.Kinds), apis.Select(p => p.Entry.Kinds));
    }
}
