using Collaboration.Journal;
using Collaboration.Plugins;
using Orleans.Configuration;

namespace Collaboration.Silo.Plugins;

/// <summary>Switches plugins on and off in a silo.</summary>
public static class SiloPluginExtensions
{
    /// <summary>
    /// Lets every enabled plugin register its services, and removes the grain classes of disabled
    /// plugins from the silo, so a call to one can never activate it.
    /// </summary>
    public static ISiloBuilder AddSiloPlugins(this ISiloBuilder silo, IConfiguration configuration)
    {
        var plugins = PluginCatalog.Discover<ISiloPlugin>(configuration);
        foreach (var plugin in plugins.Where(p => p.Enabled))
        {
            plugin.Entry.AddSiloServices(silo.Services, configuration);
            silo.Services.AddObjectKinds(configuration, plugin.Entry.Kinds);
        }

        var disabled = plugins.Where(p => !p.Enabled).Select(p => p.Assembly).ToHashSet();
        if (disabled.Count > 0)
        {
            silo.Services.Configure<GrainTypeOptions>(options =>
            {
                foreach (var grainClass in options.Classes.Where(c => disabled.Contains(c.Assembly)).ToList())
                {
                    options.Classes.Remove(grainClass);
                }
            });
        }

        return silo;
    }
}
