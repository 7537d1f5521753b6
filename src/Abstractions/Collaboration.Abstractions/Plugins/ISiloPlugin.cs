using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Plugins;

/// <summary>
/// The silo side of a plugin, in its implementation assembly. Its grains are found by Orleans;
/// when the plugin is disabled the silo removes them, so they can never be activated.
/// </summary>
public interface ISiloPlugin : ICollaborationPlugin
{
    /// <summary>Registers what the plugin's grains need (options, services). Called only when enabled.</summary>
    void AddSiloServices(IServiceCollection services, IConfiguration configuration);
}
