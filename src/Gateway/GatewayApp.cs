using Collaboration.Gateway.Dashboard;
using Collaboration.Gateway.Health;
using Collaboration.ServiceDefaults;
using Collaboration.ServiceDefaults.Storage;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Collaboration.Gateway;

/// <summary>
/// The standalone gateway: an Orleans client in front of a running cluster. It finds the silos
/// in the membership table of the PostgreSQL database ("Storage" section, as the silos), or on
/// loopback for the embedded default. The embedded default (src/Silo) co-hosts the same gateway.
/// Several gateways can run side by side; they keep no state of their own.
/// </summary>
public static class GatewayApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        var configuration = builder.Configuration;
        var storage = StorageOptions.From(configuration);
        var identity = ClusterIdentity.From(configuration);
        builder.UseOrleansClient(client =>
        {
            if (storage.Provider == StorageProvider.Postgres)
            {
                client.UseAdoNetClustering(options =>
                {
                    options.Invariant = storage.Invariant;
                    options.ConnectionString = storage.EffectiveConnectionString;
                });
                client.Configure<ClusterOptions>(options =>
                {
                    options.ServiceId = identity.ServiceId;
                    options.ClusterId = identity.ClusterId;
                });
            }
            else
            {
                client.UseLocalhostClustering(configuration.GetValue("Orleans:GatewayPort", 30000), identity.ServiceId, identity.ClusterId);
            }

            // The dashboard's pages and data are served here; the silos collect the figures.
            if (DashboardSettings.From(configuration).Enabled)
            {
                client.AddDashboard(DashboardSettings.Options(configuration));
            }

            client.Services.RememberGrainInterfaceTypes();
            if (ServiceDefaultsExtensions.RecordsTraces(configuration))
            {
                client.AddActivityPropagation();
            }

            // A gateway may start before the silos; it keeps trying instead of exiting.
            client.UseConnectionRetryFilter(async (_, cancellationToken) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                return true;
            });
        });
        builder.AddCollaborationGateway();
        if (storage.Provider == StorageProvider.Postgres)
        {
            // The silos report whether the database takes writes; a gateway alone would stay ready
            // through an outage, since its cluster check meets grains already in memory.
            builder.Services.AddSingleton(services => new DatabaseReachableCheck(
                storage.EffectiveConnectionString,
                services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILogger<DatabaseReachableCheck>>()));
            builder.Services.AddHealthChecks().AddCheck<DatabaseReachableCheck>("database", tags: [ServiceDefaultsExtensions.ReadyTag]);
        }

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapCollaborationGateway();
        return app;
    }
}
