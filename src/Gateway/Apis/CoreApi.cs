using Collaboration.Access;
using Collaboration.Gateway.Apis.Forums;
using Collaboration.Gateway.Apis.History;
using Collaboration.Gateway.Apis.Municipalities;
using Collaboration.Gateway.Apis.Portfolio;
using Collaboration.Gateway.Apis.Projects;

namespace Collaboration.Gateway.Apis;

/// <summary>
/// The core's API areas, registered the way a plugin registers its own (<see cref="Plugins.IApiPlugin"/>):
/// each area's access rules, history kind and portfolio words as services, its gRPC service mapped.
/// </summary>
public static class CoreApi
{
    public static IServiceCollection AddCoreApi(this IServiceCollection services) => services
        .AddSingleton<IAccessRules, MunicipalitiesAccess>()
        .AddSingleton<IAccessRules, ForumsAccess>()
        .AddSingleton<IAccessRules, ProjectsAccess>()
        .AddSingleton<IAccessRules, PortfolioAccess>()
        .AddSingleton<IAccessRules, HistoryAccess>()
        .AddSingleton(new HistoryKind("municipalities", typeof(Collaboration.Municipalities.IMunicipalityGrain)))
        .AddSingleton(new HistoryKind("forums", typeof(Collaboration.Forums.IForumGrain)))
        .AddSingleton(new HistoryKind("projects", typeof(Collaboration.Projects.IProjectGrain)))
        .AddSingleton(CorePortfolioWords.Words)
        .AddSingleton<PortfolioVocabulary>();

    public static IEndpointRouteBuilder MapCoreApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<MunicipalitiesService>();
        endpoints.MapGrpcService<ForumsService>();
        endpoints.MapGrpcService<ProjectsService>();
        endpoints.MapGrpcService<PortfolioService>();
        endpoints.MapGrpcService<HistoryService>();
        return endpoints;
    }
}
