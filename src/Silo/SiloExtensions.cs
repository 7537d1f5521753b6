using System.Net;
using Collaboration.Gateway.Dashboard;
using Collaboration.Idempotency;
using Collaboration.ServiceDefaults;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Journal;
using Collaboration.Silo.Plugins;
using Collaboration.Silo.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Collaboration.Silo;

/// <summary>
/// The Orleans silo: storage and reminders in the configured database; on SQLite a single silo on
/// loopback, on PostgreSQL a member of the cluster whose membership table is in that database.
/// </summary>
public static class SiloExtensions
{
    public static WebApplicationBuilder AddCollaborationSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var storage = StorageOptions.From(configuration);
        var identity = ClusterIdentity.From(configuration);
        var siloPort = configuration.GetValue("Orleans:SiloPort", 11111);
        var gatewayPort = configuration.GetValue("Orleans:GatewayPort", 30000);
        builder.Services.AddSingleton(storage);
        builder.Services.Configure<ClusterMembershipOptions>(configuration.GetSection("Orleans:Membership"));
        builder.Services.Configure<JournalRetentionOptions>(configuration.GetSection("Journal"));
        builder.Services.AddHostedService<JournalRetention>();
        builder.UseOrleans(silo =>
        {
            if (storage.Provider == StorageProvider.Postgres)
            {
                silo.UseAdoNetClustering(options =>
                {
                    options.Invariant = storage.Invariant;
                    options.ConnectionString = storage.EffectiveConnectionString;
                });
                silo.ConfigureEndpoints(
                    IPAddress.Parse(configuration["Orleans:AdvertisedAddress"] ?? "127.0.0.1"),
                    siloPort,
                    gatewayPort,
                    listenOnAnyHostAddress: configuration.GetValue("Orleans:ListenOnAnyAddress", false));
                silo.Configure<ClusterOptions>(options =>
                {
                    options.ServiceId = identity.ServiceId;
                    options.ClusterId = identity.ClusterId;
                });
            }
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: identity.ServiceId, clusterId: identity.ClusterId);
            }

            silo.UseCollaborationStorage(storage)
                .AddCoreGrains(configuration)
                .AddSiloPlugins(configuration);
            silo.Services.RememberGrainInterfaceTypes();

            // An attempt whose grain call timed out may still store its work for as long as that
            // call may run on: the response timeout, then a write that waits for the database.
            if (configuration[$"{IdempotencyOptions.Section}:{nameof(IdempotencyOptions.InDoubtFor)}"] is null)
            {
                silo.Services.AddOptions<IdempotencyOptions>().PostConfigure<IOptions<SiloMessagingOptions>>(
                    (options, messaging) => options.InDoubtFor = messaging.Value.ResponseTimeout + storage.OperationTimeout);
            }

            // The trace context crosses grain calls only when spans are recorded: the filters that
            // carry it put one more step into every call.
            if (ServiceDefaultsExtensions.RecordsTraces(configuration))
            {
                silo.AddActivityPropagation();
            }

            // Every silo collects the dashboard's figures (grain calls, silo counters) for whichever gateway serves it.
            if (DashboardSettings.From(configuration).Enabled)
            {
                silo.AddDashboard(DashboardSettings.Options(configuration));
            }
        });
        return builder;
    }
}
