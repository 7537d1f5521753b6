using Collaboration.Hearings;
using Collaboration.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: CollaborationPlugin(typeof(HearingsSilo))]

namespace Collaboration.Hearings;

/// <summary>The silo side of the Hearings plugin: one grain per hearing and the register of hearings.</summary>
public sealed class HearingsSilo : ISiloPlugin
{
    public string Name => HearingsPlugin.Name;

    public IReadOnlyList<Journal.ObjectKind> Kinds => HearingsPlugin.Kinds;

    public void AddSiloServices(IServiceCollection services, IConfiguration configuration)
    {
        // The grains need only grain storage, reminders and the host's clock.
    }
}
