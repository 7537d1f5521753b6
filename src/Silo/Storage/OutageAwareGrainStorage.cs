using Orleans.Storage;

namespace Collaboration.Silo.Storage;

/// <summary>
/// Orleans' ADO.NET grain storage, with a database outage turned into a
/// <see cref="StorageUnavailableException"/> that every caller (a standalone gateway included)
/// can tell apart from a bug, and noted for readiness (as is the first success after one). Other
/// failures pass through unchanged.
/// </summary>
public sealed class OutageAwareGrainStorage(IGrainStorage store, DatabaseOutages outages) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => store.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => store.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => store.ClearStateAsync(stateName, grainId, grainState));

    private async Task GuardAsync(Func<Task> operation)
    {
        try
        {
            await operation();
            outages.Succeeded();
        }
        catch (Exception error) when (DatabaseOutage.Of(error) is { } outage)
        {
            // The provider has logged the database's own exception.
            throw outages.Unavailable(error, outage);
        }
    }
}
