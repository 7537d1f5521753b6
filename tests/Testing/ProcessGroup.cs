namespace Collaboration.Testing;

/// <summary>Kills every process of a test at its end, whatever happened in between.</summary>
public sealed class ProcessGroup(IEnumerable<ProgramProcess> processes) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }
    }
}
