using Collaboration.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Collaboration.Silo.Tests.Storage;

/// <summary>
/// The silo's grain storage with grouped writes, called as grains call it, many writes at once:
/// a write that fails (a stale version, a row the database refuses) fails only its own caller.
/// </summary>
public sealed class GroupCommitTests
{
    private const string StateName = "group-commit-probe";
    private const int Writes = 24;

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_stale_version_fails_only_its_caller_and_the_writes_beside_it_commit(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, StorageWrites.Grouped);
        await using var silo = await RunningSilo.StartAsync(database.Storage.DataDir, database.Settings);
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
        var states = Enumerable.Range(0, Writes).Select(_ => new GrainState<Probe>(new Probe { Value = "first" })).ToArray();
        await Task.WhenAll(states.Select((state, i) => storage.WriteStateAsync(StateName, Id(i), state)));
        Assert.All(states, state => Assert.Equal("1", state.ETag));

        // Grain 0 is written again by a stale copy (version 7), and by one that never read it (no version).
        var stale = new GrainState<Probe>(new Probe { Value = "stale" }) { ETag = "7", RecordExists = true };
        var unread = new GrainState<Probe>(new Probe { Value = "unread" });
        foreach (var state in states)
        {
            state.State!.Value = "second";
        }

        // Sent together, so they may share a transaction: the conflicts among the others.
        var good = Enumerable.Range(1, Writes / 2).Select(i => storage.WriteStateAsync(StateName, Id(i), states[i])).ToList();
        var staleWrite = storage.WriteStateAsync(StateName, Id(0), stale);
        var unreadWrite = storage.WriteStateAsync(StateName, Id(0), unread);
        good.AddRange(Enumerable.Range(1 + (Writes / 2), Writes - 1 - (Writes / 2)).Select(i => storage.WriteStateAsync(StateName, Id(i), states[i])));

        await Assert.ThrowsAsync<InconsistentStateException>(() => staleWrite);
        await Assert.ThrowsAsync<InconsistentStateException>(() => unreadWrite);
        await Task.WhenAll(good);
        for (var i = 1; i < Writes; i++)
        {
            Assert.Equal(("second", "2"), await ReadAsync(storage, Id(i)));
        }

        Assert.Equal(("first", "1"), await ReadAsync(storage, Id(0)));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_write_the_database_refuses_fails_alone_and_the_writes_beside_it_commit(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, StorageWrites.Grouped);
        await using var silo = await RunningSilo.StartAsync(database.Storage.DataDir, database.Settings);
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);

        // A change whose time is not a time: the journal's trigger fails the statement, and with it its transaction.
        var refused = new GrainState<Probe>(new Probe { Value = "refused", Change = new Dictionary<string, string> { ["At"] = "no time" } });
        var states = Enumerable.Range(0, Writes).Select(_ => new GrainState<Probe>(new Probe { Value = "kept" })).ToArray();
        var writes = Enumerable.Range(0, Writes / 2).Select(i => storage.WriteStateAsync(StateName, Id(i), states[i])).ToList();
        var refusedWrite = storage.WriteStateAsync(StateName, Id(Writes), refused);
        writes.AddRange(Enumerable.Range(Writes / 2, Writes - (Writes / 2)).Select(i => storage.WriteStateAsync(StateName, Id(i), states[i])));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => refusedWrite);
        Assert.IsNotType<InconsistentStateException>(error);
        Assert.IsNotType<StorageUnavailableException>(error);
        await Task.WhenAll(writes);
        for (var i = 0; i < Writes; i++)
        {
            Assert.Equal(("kept", "1"), await ReadAsync(storage, Id(i)));
        }

        Assert.Null((await ReadAsync(storage, Id(Writes))).Version);
    }

    private static GrainId Id(int i) => GrainId.Create("probe", $"probe-{i}");

    private static async Task<(string? Value, string? Version)> ReadAsync(IGrainStorage storage, GrainId id)
    {
        var state = new GrainState<Probe>(new Probe());
        await storage.ReadStateAsync(StateName, id, state);
        return (state.RecordExists ? state.State!.Value : null, state.ETag);
    }

    /// <summary>A state as the storage sees one: JSON, optionally with a change for the journal's trigger.</summary>
    public sealed class Probe
    {
        public string? Value { get; set; }

        public Dictionary<string, string>? Change { get; set; }
    }
}
