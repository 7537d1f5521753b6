using Collaboration.Forums;
using Collaboration.Silo.Storage;

namespace Collaboration.Silo;

/// <summary>The Orleans silo of the embedded default: SQLite storage and reminders, localhost clustering.</summary>
public static class SiloExtensions
{
    public static WebApplicationBuilder AddCollaborationSilo(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var storage = configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
        Directory.CreateDirectory(storage.DataPath);
        SqliteSchema.Apply(storage.SqliteConnectionString);

        builder.Services.AddSingleton(storage);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<FollowUpOptions>(configuration.GetSection("FollowUps"));
        var followUps = configuration.GetSection("FollowUps").Get<FollowUpOptions>() ?? new FollowUpOptions();

        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(
                siloPort: configuration.GetValue("Orleans:SiloPort", 11111),
                gatewayPort: configuration.GetValue("Orleans:GatewayPort", 30000),
                serviceId: "collaboration",
                clusterId: "collaboration");
            silo.AddAdoNetGrainStorage(GrainStorage.Name, options =>
            {
                options.Invariant = SqliteSchema.Invariant;
                options.ConnectionString = storage.SqliteConnectionString;
            });
            silo.UseAdoNetReminderService(options =>
            {
                options.Invariant = SqliteSchema.Invariant;
                options.ConnectionString = storage.SqliteConnectionString;
            });

            // JSON payloads carry no .NET type names, so moving a state type never orphans its rows.
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddActivityPropagation();
            silo.Configure<ReminderOptions>(options =>
                options.MinimumReminderPeriod = TimeSpan.FromTicks(Math.Min(followUps.CheckPeriod.Ticks, TimeSpan.FromMinutes(1).Ticks)));
        });
        return builder;
    }
}
