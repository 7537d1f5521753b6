using Collaboration.ServiceDefaults;
using Collaboration.Silo.Plugins;
using Collaboration.Silo.Storage;

namespace Collaboration.Silo;

/// <summary>The Orleans silo of the embedded default: SQLite storage and reminders, localhost clustering.</summary>
public static class SiloExtensions
{
    public static WebApplicationBuilder AddCollaborationSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var storage = configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddSingleton(storage);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(
                siloPort: configuration.GetValue("Orleans:SiloPort", 11111),
                gatewayPort: configuration.GetValue("Orleans:GatewayPort", 30000),
                serviceId: ClusterIdentity.ServiceId,
                clusterId: ClusterIdentity.ClusterId)
            .UseSqliteStorage(storage)
            .AddCoreGrains(configuration)
            .AddSiloPlugins(configuration)
            .AddActivityPropagation());
        return builder;
    }
}
