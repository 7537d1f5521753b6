using Collaboration.Gateway;
using Collaboration.Gateway.Access;
using Collaboration.ServiceDefaults;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.DemoData;
using Collaboration.Silo.Storage;

namespace Collaboration.Silo;

/// <summary>
/// The silo process: an Orleans silo with the gateway co-hosted. With the embedded default it is
/// the whole system in one process; on PostgreSQL it is one member of a cluster.
/// </summary>
public static partial class SiloApp
{
    /// <summary>The silo process; <paramref name="configure"/> may add services of the host's own before it is built.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddCollaborationSilo();
        builder.AddCollaborationGateway();
        builder.AddDemoData();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapCollaborationGateway();
        var database = DatabaseStartup.Describe(app.Services.GetRequiredService<StorageOptions>());
        LogDatabase(app.Logger, database);
        if (app.Services.GetRequiredService<AuthOptions>().UsesLocalKey)
        {
            app.Lifetime.ApplicationStarted.Register(() => LogTokenHint(app.Logger));
        }

        return app;
    }

    /// <summary>Runs until stopped; a database that never answers ends the process with a clear error and exit code 1.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            await Create(args).RunAsync();
            return 0;
        }
        catch (Exception error) when (Unavailable(error) is { } unavailable)
        {
            await Console.Error.WriteLineAsync(unavailable.Message);
            return 1;
        }
    }

    // Orleans wraps a failed start-up stage in its own exception; the cause is somewhere inside.
    private static DatabaseUnavailableException? Unavailable(Exception? error) => error switch
    {
        null => null,
        DatabaseUnavailableException unavailable => unavailable,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Unavailable).FirstOrDefault(found => found is not null),
        _ => Unavailable(error.InnerException),
    };

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Public reads need no token. To change things, get one: dotnet run --project src/Silo -- token --role officer --municipality 5001 " +
        "(roles: secretariat --forum <id>, officer --municipality <nr>, viewer, peer, admin), then send it as 'Authorization: Bearer <token>'.")]
    private static partial void LogTokenHint(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: {Database}")]
    private static partial void LogDatabase(ILogger logger, string database);
}
