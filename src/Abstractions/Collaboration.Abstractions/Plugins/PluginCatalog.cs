using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyModel;

namespace Collaboration.Plugins;

/// <summary>
/// Finds plugins among the assemblies the application references (its .deps.json, which lists
/// every project it was built with) by their <see cref="CollaborationPluginAttribute"/>, and
/// reads whether each is enabled. Only referenced libraries are looked at, so a stale DLL left in
/// the output folder is never loaded.
/// </summary>
public static class PluginCatalog
{
    private static readonly string AbstractionsName = typeof(PluginCatalog).Assembly.GetName().Name!;

    /// <summary>Every plugin entry of kind <typeparamref name="T"/>, enabled or not, ordered by name.</summary>
    public static IReadOnlyList<Plugin<T>> Discover<T>(IConfiguration configuration)
        where T : class, ICollaborationPlugin
    {
        var plugins =
            from assembly in ReferencedPluginAssemblies()
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

    // A plugin names its entry with our attribute, so it depends on this assembly directly; that
    // keeps the search to a handful of libraries instead of loading every dependency.
    private static IEnumerable<Assembly> ReferencedPluginAssemblies()
    {
        var context = DependencyContext.Default;
        if (context is null)
        {
            return [];
        }

        return context.RuntimeLibraries
            .Where(library => library.Dependencies.Any(dependency => dependency.Name == AbstractionsName))
            .SelectMany(library => library.GetDefaultAssemblyNames(context))
            .DistinctBy(name => name.Name)
            .Select(Assembly.Load);
    }
}
