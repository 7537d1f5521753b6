using Collaboration.Gateway;
using Collaboration.ServiceDefaults;
using Collaboration.Silo.DemoData;
using Collaboration.Silo.Storage;

namespace Collaboration.Silo;

/// <summary>The embedded default: one process running a silo with the gateway co-hosted.</summary>
public static partial class SiloApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddCollaborationSilo();
        builder.AddCollaborationGateway();
        builder.AddDemoData();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapCollaborationGateway();
        var dataPath = app.Services.GetRequiredService<StorageOptions>().DataPath;
        LogDataFolder(app.Logger, dataPath);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Data folder: {DataPath}")]
    private static partial void LogDataFolder(ILogger logger, string dataPath);
}
