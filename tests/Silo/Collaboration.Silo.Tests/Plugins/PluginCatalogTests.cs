using Collaboration.Plugins;
using Microsoft.Extensions.Configuration;

namespace Collaboration.Silo.Tests.Plugins;

/// <summary>Plugins are the libraries the program was built with, never whatever lies in its folder.</summary>
public sealed class PluginCatalogTests
{
    private static readonly IConfiguration NoSettings = new ConfigurationBuilder().Build();

    [Fact]
    public void The_referenced_plugins_are_found_with_both_their_sides()
    {
        var apis = PluginCatalog.Discover<IApiPlugin>(NoSettings);
        var silos = PluginCatalog.Discover<ISiloPlugin>(NoSettings);

        Assert.Equal(["Funding", "Hearings", "JointProjects", "MembershipFees"], apis.Select(p => p.Entry.Name));
        Assert.Equal(["Funding", "Hearings", "JointProjects", "MembershipFees"], silos.Select(p => p.Entry.Name));
        Assert.All(apis, plugin => Assert.EndsWith(".Api", plugin.Assembly.GetName().Name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_stale_plugin_file_left_in_the_output_folder_is_not_loaded()
    {
        // A plugin file no project reference put there (left by an earlier build, or copied in by hand).
        var stale = Path.Combine(AppContext.BaseDirectory, "Collaboration.Plugins.Stale.Api.dll");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Collaboration.Plugins.Funding.Api.dll"), stale, overwrite: true);
        try
        {
            var plugins = PluginCatalog.Discover<IApiPlugin>(NoSettings);

            Assert.Equal(["Funding", "Hearings", "JointProjects", "MembershipFees"], plugins.Select(p => p.Entry.Name));
            Assert.DoesNotContain(plugins, p => p.Assembly.Location == stale);
        }
        finally
        {
            File.Delete(stale);
        }
    }

    [Fact]
    public void A_plugin_switched_off_is_found_but_not_enabled()
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Plugins:JointProjects:Enabled"] = "false" })
            .Build();

        var plugins = PluginCatalog.Discover<ISiloPlugin>(settings);

        Assert.Equal(["Funding", "Hearings", "MembershipFees"], plugins.Where(p => p.Enabled).Select(p => p.Entry.Name));
    }
}
