using Collaboration.MembershipFees;
using Collaboration.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: CollaborationPlugin(typeof(MembershipFeesSilo))]

namespace Collaboration.MembershipFees;

/// <summary>The silo side of the MembershipFees plugin: a grain per council and fee year.</summary>
public sealed class MembershipFeesSilo : ISiloPlugin
{
    public string Name => MembershipFeesPlugin.Name;

    public IReadOnlyList<Journal.ObjectKind> Kinds => MembershipFeesPlugin.Kinds;

    public void AddSiloServices(IServiceCollection services, IConfiguration configuration)
    {
        // The fee-year grain needs nothing beyond grain storage.
    }
}
