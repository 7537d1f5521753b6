using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Collaboration.Plugins;

/// <summary>
/// Finds plugins among the application's assemblies (Collaboration.Plugins.*.dll next to the
/// program, which is where project references put them) by their
/// <see cref="CollaborationPluginAttribute"/>, and reads whether each is enabled.
/// </summary>
public static class PluginCatalog
{
    /// <summary>Every plugin entry of kind <typeparamref name="T"/>, enabled or not, ordered by name.</summary>
    public static IReadOnlyList<Plugin<T>> Discover<T>(IConfiguration configuration)
        where T : class, ICollaborationPlugin
    {
        var plugins =
            from file in Directory.EnumerateFiles(AppContext.BaseDirectory, "Collaboration.Plugins.*.dll")
            let assembly = Assembly.Load(AssemblyName.GetAssemblyName(file))
            from attribute in assembly.GetCustomAttributes<CollaborationPluginAttribute>()
            where typeof(T).IsAssignableFrom(attribute.Entry)
            let entry = (T)Activator.CreateInstance(attribute.Entry)!
            orderby entry.Name
            select new Plugin<T>(entry, assembly, IsEnabled(configuration, entry.Name));
        return [.. plugins];
    }

    /// <summary>Reads <c>Plugins:&lt;name&gt;:Enabled</c>; plugins are on unless switched off.</summary>
    public static bool IsEnabled(IConfiguration configuration, string name) =>
        configuration.GetValue($"Plugins:{name}:Enabled", true);
}
