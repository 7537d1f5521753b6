using Collaboration.Access;
using Collaboration.Gateway.Apis.Changes;
using Collaboration.Gateway.Apis.Exports;
using Collaboration.Gateway.Apis.Forums;
using Collaboration.Gateway.Apis.History;
using Collaboration.Gateway.Apis.Municipalities;
using Collaboration.Gateway.Apis.OParl;
using Collaboration.Gateway.Apis.Organisations;
using Collaboration.Gateway.Apis.Portfolio;
using Collaboration.Gateway.Apis.Projects;
using Collaboration.Gateway.Apis.Webhooks;
using Collaboration.Webhooks;

namespace Collaboration.Gateway.Apis;

/// <summary>
/// The core's API areas, registered the way a plugin registers its own (<see cref="Plugins.IApiPlugin"/>):
/// each area's access rules, kinds of object on record and portfolio words as services, its gRPC service mapped.
/// </summary>
public static class CoreApi
{
    public static IServiceCollection AddCoreApi(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        services.AddOptions<IatiOptions>().BindConfiguration(IatiOptions.Section)
            .Validate(o => o.Problem() is null, $"{IatiOptions.Section} is not valid: a valid organisation number, status codes 1–6.")
            .ValidateOnStart();
        return services
            .AddSingleton<IAccessRules, MunicipalitiesAccess>()
            .AddSingleton<IAccessRules, OrganisationsAccess>()
            .AddSingleton<IAccessRules, ForumsAccess>()
            .AddSingleton<IAccessRules, ProjectsAccess>()
            .AddSingleton<IAccessRules, PortfolioAccess>()
            .AddSingleton<IAccessRules, HistoryAccess>()
            .AddSingleton<IAccessRules, ChangesAccess>()
            .AddSingleton<IAccessRules, WebhooksAccess>()
            .AddSingleton<IAccessRules, ExportsAccess>()
            .AddSingleton<IAccessRules, OParlAccess>()
            .AddSingleton<IAccessRules, Federation.FederationAccess>()
            .AddSingleton<WebhookTarget>()
            .AddSingleton<PopoloExport>()
            .AddSingleton<IatiExport>()
            .AddSingleton<OParlRecord>()
            .AddSingleton<Journal.ObjectTimelines>()
            .AddSingleton(CorePortfolioWords.Words)
            .AddSingleton<PortfolioVocabulary>();
    }

    public static IEndpointRouteBuilder MapCoreApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<MunicipalitiesService>();
        endpoints.MapGrpcService<OrganisationsService>();
        endpoints.MapGrpcService<ForumsService>();
        endpoints.MapGrpcService<ProjectsService>();
        endpoints.MapGrpcService<PortfolioService>();
        endpoints.MapGrpcService<HistoryService>();
        endpoints.MapGrpcService<ChangesService>();
        endpoints.MapGrpcService<WebhooksService>();
        endpoints.MapGrpcService<ExportsService>();
        endpoints.MapGrpcService<OParlService>();
        endpoints.MapGrpcService<Federation.FederationService>();
        return endpoints;
    }
}
