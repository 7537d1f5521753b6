using System.Globalization;
using System.Text;
using Orleans.Storage;

namespace Collaboration.Silo.Storage;

/// <summary>
/// Orleans' ADO.NET grain storage with its writes grouped: a write is the same query with the same
/// parameters, serializer and hashes as the provider's, but goes through a <see cref="GroupCommit"/>
/// so concurrent writes share a transaction. Reads and clears are the provider's own. Rows stay
/// the provider's rows, and the journal's trigger still runs inside each write's transaction.
/// </summary>
public sealed class GroupedGrainStorage(AdoNetGrainStorage provider, GroupCommit queue, string serviceId, string providerName) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        provider.ReadStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        provider.ClearStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (stateName.Contains('`', StringComparison.Ordinal))
        {
            // A generic type's name, which the provider rewrites by rules of its own before storing: its write, then.
            await provider.WriteStateAsync(stateName, grainId, grainState);
            return;
        }

        var key = GrainRowKey.Of(grainId);
        var hasher = provider.HashPicker.PickHasher(serviceId, providerName, stateName, grainId, grainState)
            ?? throw new InvalidOperationException($"The storage '{providerName}' has no hasher for '{stateName}'.");
        var version = string.IsNullOrWhiteSpace(grainState.ETag) ? (int?)null : int.Parse(grainState.ETag, CultureInfo.InvariantCulture);
        var payload = provider.Serializer.Serialize(grainState.State).ToArray();
        var write = new StateWrite(serviceId, stateName, key, hasher.Hash(key.HashBytes), hasher.Hash(Encoding.UTF8.GetBytes(stateName)), version, payload);

        var stored = await queue.WriteAsync(write);
        if (stored is null || stored == version)
        {
            throw new InconsistentStateException(
                $"Version conflict (WriteState): ServiceId={serviceId} ProviderName={providerName} GrainType={stateName} GrainId={grainId} ETag={grainState.ETag}.");
        }

        grainState.ETag = stored.Value.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }
}
