using Collaboration.JointProjects;
using Collaboration.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

[assembly: CollaborationPlugin(typeof(JointProjectsSilo))]

namespace Collaboration.JointProjects;

/// <summary>The silo side of the JointProjects plugin: a cost-sharing grain per joint project.</summary>
public sealed class JointProjectsSilo : ISiloPlugin
{
    public string Name => JointProjectsPlugin.Name;

    public void AddSiloServices(IServiceCollection services, IConfiguration configuration) =>
        services.TryAddSingleton(TimeProvider.System);
}
