using Collaboration.Hearings.Api;
using Collaboration.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: CollaborationPlugin(typeof(HearingsApi))]

namespace Collaboration.Hearings.Api;

/// <summary>The API side of the Hearings plugin: the Hearings gRPC service and its HTTP routes under /api/hearings.</summary>
public sealed class HearingsApi : IApiPlugin
{
    /// <inheritdoc />
    public string Name => HearingsPlugin.Name;

    /// <inheritdoc />
    public IReadOnlyList<Journal.ObjectKind> Kinds => HearingsPlugin.Kinds;

    /// <inheritdoc />
    public string? DemoDataFile(string dataSet) => dataSet == DemoDataSets.Trondheimsregionen ? Path.Combine("DemoData", "hearings.json") : null;

    /// <inheritdoc />
    public void AddApi(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Access.IAccessRules, HearingsAccess>();
        services.AddSingleton(HearingsWords.Portfolio);
        services.AddSingleton<Exports.ICaseConsultations, HearingConsultations>();
    }

    /// <inheritdoc />
    public void MapApi(IEndpointRouteBuilder endpoints) => endpoints.MapGrpcService<HearingsService>();
}
