using Collaboration.Funding.Api;
using Collaboration.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: CollaborationPlugin(typeof(FundingApi))]

namespace Collaboration.Funding.Api;

/// <summary>The API side of the Funding plugin: the Funding and RemoteFunding gRPC services and their HTTP routes under /api/funding.</summary>
public sealed class FundingApi : IApiPlugin
{
    /// <inheritdoc />
    public string Name => FundingPlugin.Name;

    /// <inheritdoc />
    public IReadOnlyList<Journal.ObjectKind> Kinds => FundingPlugin.Kinds;

    /// <inheritdoc />
    public string? DemoDataFile(string dataSet) => dataSet switch
    {
        DemoDataSets.Trondheimsregionen => Path.Combine("DemoData", "funding.json"),
        DemoDataSets.Bergensregionen => Path.Combine("DemoData", DemoDataSets.Bergensregionen, "funding.json"),
        _ => null,
    };

    /// <inheritdoc />
    public void AddApi(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Access.IAccessRules, FundingAccess>();
        services.AddSingleton(FundingWords.Portfolio);
        services.AddSingleton<Access.IAccessRules, Remote.RemoteFundingAccess>();
        services.AddSingleton<Federation.IPeerMessageHandler, Remote.InvitationHandler>();
        services.AddSingleton<Federation.IPeerMessageHandler, Remote.AnswerHandler>();
    }

    /// <inheritdoc />
    public void MapApi(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<FundingService>();
        endpoints.MapGrpcService<Remote.RemoteFundingService>();
    }
}
