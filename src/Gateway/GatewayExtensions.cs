using Collaboration.Access;
using Collaboration.Gateway.Access;
using Collaboration.Gateway.Access.Machines;
using Collaboration.Gateway.Apis;
using Collaboration.Gateway.Dashboard;
using Collaboration.Gateway.Errors;
using Collaboration.Gateway.Federation;
using Collaboration.Gateway.Health;
using Collaboration.Gateway.OpenApi;
using Collaboration.Gateway.Pages;
using Collaboration.Gateway.Versions;
using Collaboration.Journal;
using Collaboration.Plugins;
using Collaboration.ServiceDefaults;
using Google.Protobuf.Reflection;

namespace Collaboration.Gateway;

/// <summary>
/// The API: gRPC services with HTTP/JSON transcoding from the same .proto contract, reflection,
/// health, problem+json errors and an OpenAPI description. Used by the co-hosted silo and by the
/// standalone gateway alike.
/// </summary>
public static partial class GatewayExtensions
{
    /// <summary>Largest request body accepted, for HTTP and gRPC alike.</summary>
    public const int MaxRequestBytes = 1024 * 1024;

    public static WebApplicationBuilder AddCollaborationGateway(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddGrpc(options =>
            {
                options.Interceptors.Add<ErrorInterceptor>();
                options.Interceptors.Add<PathValueInterceptor>();
                options.Interceptors.Add<AccessInterceptor>();
                options.Interceptors.Add<EntityTagInterceptor>();
                options.MaxReceiveMessageSize = MaxRequestBytes;
            })
            .AddJsonTranscoding(options =>
                options.TypeRegistry = TypeRegistry.FromMessages(Google.Rpc.BadRequest.Descriptor, Google.Rpc.RetryInfo.Descriptor));
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<PathFields>();
        builder.AddCollaborationAccess();
        var dashboard = DashboardSettings.From(builder.Configuration);
        builder.Services.AddSingleton(dashboard);
        builder.Services.AddDashboardAccess(dashboard);
        builder.Services.AddSingleton<IAccessRules, HealthAccess>();
        builder.Services.AddCoreApi();
        builder.Services.AddFederation();
        builder.Services.AddHealthChecks().AddCheck<ClusterReadyCheck>("cluster", tags: [ServiceDefaultsExtensions.ReadyTag]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);

        var plugins = PluginCatalog.Discover<IApiPlugin>(builder.Configuration);
        foreach (var plugin in plugins.Where(p => p.Enabled))
        {
            plugin.Entry.AddApi(builder.Services, builder.Configuration);
        }

        builder.Services.AddSingleton(new ApiPlugins(plugins));
        builder.Services.AddObjectKinds(builder.Configuration,
            CoreKinds.All.Concat(plugins.Where(p => p.Enabled).SelectMany(p => p.Entry.Kinds)));
        return builder;
    }

    public static WebApplication MapCollaborationGateway(this WebApplication app)
    {
        // An error answer with no body of its own outside the API (an unknown path, a path that leaves /api by "..") is
        // problem+json too; the API's own errors are written by ApiProblemMiddleware.
        app.UseStatusCodePages();
        app.UsePortfolioPages();

        // HEAD is routed as GET, so routing comes after it.
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseDashboardRefusals();
        app.UseCollaborationAccess();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.UseMiddleware<ApiProblemMiddleware>();
        app.MapCoreApi();
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        var plugins = app.Services.GetRequiredService<ApiPlugins>();
        foreach (var plugin in plugins.Enabled)
        {
            plugin.MapApi(app);
        }

        app.MapOpenApiDocument("/openapi/v1.json");
        app.MapPeerIssuer();
        app.MapOperatorDashboard();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var http = app.Configuration["Kestrel:Endpoints:Http:Url"] ?? string.Join(", ", app.Urls);
            var grpc = app.Configuration["Kestrel:Endpoints:Grpc:Url"] ?? "(no gRPC endpoint configured)";
            var described = plugins.Describe();
            LogServing(app.Logger, http, grpc);
            LogPlugins(app.Logger, described);
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Collaboration API: HTTP/JSON on {Http}/api (OpenAPI at /openapi/v1.json, health at /health/ready), gRPC on {Grpc}")]
    private static partial void LogServing(ILogger logger, string http, string grpc);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugins: {Plugins}")]
    private static partial void LogPlugins(ILogger logger, string plugins);
}
