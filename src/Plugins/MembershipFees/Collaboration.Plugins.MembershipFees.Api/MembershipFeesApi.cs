using Collaboration.MembershipFees.Api;
using Collaboration.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: CollaborationPlugin(typeof(MembershipFeesApi))]

namespace Collaboration.MembershipFees.Api;

/// <summary>The API side of the MembershipFees plugin: fee models, comparison, adoption and invoices under /api/fees.</summary>
public sealed class MembershipFeesApi : IApiPlugin
{
    /// <inheritdoc />
    public string Name => MembershipFeesPlugin.Name;

    /// <inheritdoc />
    public IReadOnlyList<Journal.ObjectKind> Kinds => MembershipFeesPlugin.Kinds;

    /// <inheritdoc />
    public string? DemoDataFile(string dataSet) => dataSet == DemoDataSets.Trondheimsregionen ? Path.Combine("DemoData", "membership-fees.json") : null;

    /// <inheritdoc />
    public void AddApi(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Access.IAccessRules, MembershipFeesAccess>();
    }

    /// <inheritdoc />
    public void MapApi(IEndpointRouteBuilder endpoints) => endpoints.MapGrpcService<MembershipFeesService>();
}
