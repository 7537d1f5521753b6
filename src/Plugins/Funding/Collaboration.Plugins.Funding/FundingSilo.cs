using Collaboration.Funding;
using Collaboration.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: CollaborationPlugin(typeof(FundingSilo))]

namespace Collaboration.Funding;

/// <summary>The silo side of the Funding plugin: calls, applications and each municipality's funding desk.</summary>
public sealed class FundingSilo : ISiloPlugin
{
    public string Name => FundingPlugin.Name;

    public IReadOnlyList<Journal.ObjectKind> Kinds => FundingPlugin.Kinds;

    public void AddSiloServices(IServiceCollection services, IConfiguration configuration)
    {
        // The grains need only grain storage, reminders and the host's clock.
    }
}
