using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Storage;

namespace Collaboration.Silo;

/// <summary>
/// <c>migrate</c>: brings the configured database to the newest schema and exits, for operators
/// who apply schema changes before rolling out silos. Silos also do this at every start.
/// </summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        using var host = builder.Build();
        var storage = StorageOptions.From(builder.Configuration);
        var startup = new DatabaseStartup(storage, host.Services.GetRequiredService<ILogger<DatabaseStartup>>());
        try
        {
            var applied = await startup.PrepareAsync(CancellationToken.None);
            Console.WriteLine(applied.Count == 0
                ? $"{DatabaseStartup.Describe(storage)}: schema is current."
                : $"{DatabaseStartup.Describe(storage)}: applied {string.Join(", ", applied.Select(step => $"{step.Version} ({step.Name})"))}.");
            return 0;
        }
        catch (DatabaseUnavailableException error)
        {
            await Console.Error.WriteLineAsync(error.Message);
            return 1;
        }
    }
}
