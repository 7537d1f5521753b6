using Collaboration.JointProjects;
using Collaboration.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: CollaborationPlugin(typeof(JointProjectsSilo))]

namespace Collaboration.JointProjects;

/// <summary>The silo side of the JointProjects plugin: a cost-sharing grain per joint project.</summary>
public sealed class JointProjectsSilo : ISiloPlugin
{
    public string Name => JointProjectsPlugin.Name;

    public IReadOnlyList<Journal.ObjectKind> Kinds => JointProjectsPlugin.Kinds;

    public void AddSiloServices(IServiceCollection services, IConfiguration configuration)
    {
        // The grains need only grain storage, reminders and the host's clock.
    }
}
