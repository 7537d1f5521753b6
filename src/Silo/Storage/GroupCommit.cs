using System.Data.Common;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Threading.Channels;

namespace Collaboration.Silo.Storage;

/// <summary>
/// Grain writes waiting for the database, committed together: each committer takes every write
/// that arrived while the previous commit ran (up to a batch), runs the write query once for each
/// in one transaction, commits, and only then answers each caller. A write that finds another
/// version stored fails only its caller; any other error in a batch has it written again one by
/// one, so one bad write cannot fail the rest. Committers run on the thread pool, never in a
/// grain's turn, so a driver that blocks (SQLite's) holds no grain.
/// </summary>
public sealed partial class GroupCommit : IAsyncDisposable
{
    /// <summary>The meter of the grouped writes: how many writes each commit took.</summary>
    public const string MeterName = "Collaboration.Storage";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<int> Grouped = Meter.CreateHistogram<int>(
        "collaboration.storage.writes_per_commit", "{write}", "Grain writes committed together in one transaction.");

    private readonly Channel<StateWrite> _waiting;
    private readonly DbDataSource _database;
    private readonly Func<string> _query;
    private readonly int _batch;
    private readonly ILogger _logger;
    private readonly Task[] _committers;

    /// <param name="database">Where the rows go; owned and disposed by the queue.</param>
    /// <param name="query">The write query's text, as Orleans' provider read it from the database.</param>
    /// <param name="committers">Transactions in flight at once: one for SQLite's single writer, more where the server overlaps them.</param>
    /// <param name="batch">The most writes one transaction takes.</param>
    /// <param name="logger">Where failed batches are told.</param>
    public GroupCommit(DbDataSource database, Func<string> query, int committers, int batch, ILogger<GroupCommit> logger)
    {
        _database = database;
        _query = query;
        _batch = Math.Max(1, batch);
        _logger = logger;
        _waiting = Channel.CreateUnbounded<StateWrite>(new UnboundedChannelOptions { SingleReader = committers == 1 });
        _committers = [.. Enumerable.Range(0, Math.Max(1, committers)).Select(_ => Task.Run(CommitLoopAsync))];
    }

    /// <summary>Queues <paramref name="write"/>; the task ends when it is committed (or has failed).</summary>
    public Task<int?> WriteAsync(StateWrite write)
    {
        if (!_waiting.Writer.TryWrite(write))
        {
            write.Fail(new InvalidOperationException("The silo is stopping: grain writes are no longer taken."));
        }

        return write.Committed;
    }

    /// <summary>Commits what is waiting, then stops the committers.</summary>
    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await Task.WhenAll(_committers).ConfigureAwait(false);
        await _database.DisposeAsync().ConfigureAwait(false);
    }

    private async Task CommitLoopAsync()
    {
        var batch = new List<StateWrite>(_batch);
        while (await _waiting.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _batch && _waiting.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch).ConfigureAwait(false);
                batch.Clear();
            }
        }
    }

    private async Task CommitAsync(List<StateWrite> batch)
    {
        int?[] versions;
        try
        {
            versions = await TogetherAsync(batch).ConfigureAwait(false);
        }
        catch (Exception error) when (batch.Count == 1 || DatabaseOutage.Of(error) is not null)
        {
            // An outage fails every write alike; trying each again would only wait out the timeout again.
            LogFailed(error, batch.Count);
            batch.ForEach(write => write.Fail(error));
            return;
        }
        catch (Exception error)
        {
            LogWritingOneByOne(error, batch.Count);
            await OneByOneAsync(batch).ConfigureAwait(false);
            return;
        }

        Grouped.Record(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Complete(versions[i]);
        }
    }

    private async Task<int?[]> TogetherAsync(List<StateWrite> batch)
    {
        var query = _query();
        await using var connection = await _database.OpenConnectionAsync().ConfigureAwait(false);
        if (batch.Count == 1)
        {
            // Alone, the write is its own transaction, as Orleans' provider runs it: no BEGIN or COMMIT to wait for.
            return [await RunAsync(connection, query, batch[0]).ConfigureAwait(false)];
        }

        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var versions = connection.CanCreateBatch
            ? await RunBatchAsync(connection, transaction, query, batch).ConfigureAwait(false)
            : await RunInTurnAsync(connection, transaction, query, batch).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
        return versions;
    }

    // PostgreSQL: every write's statement goes to the server in one round trip.
    private static async Task<int?[]> RunBatchAsync(DbConnection connection, DbTransaction transaction, string query, List<StateWrite> writes)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var write in writes)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = query;
            write.AddTo(command.Parameters, command.CreateParameter);
            batch.BatchCommands.Add(command);
        }

        var versions = new int?[writes.Count];
        await using var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false);
        for (var i = 0; i < writes.Count; i++)
        {
            if (i > 0 && !await reader.NextResultAsync().ConfigureAwait(false))
            {
                throw new InvalidOperationException($"The write query returned {i} results for {writes.Count} writes.");
            }

            versions[i] = await ReadVersionAsync(reader).ConfigureAwait(false);
        }

        return versions;
    }

    // SQLite: in process, so no round trips to save; one command, its statement prepared once.
    private static async Task<int?[]> RunInTurnAsync(DbConnection connection, DbTransaction transaction, string query, List<StateWrite> writes)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = query;
        var versions = new int?[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            command.Parameters.Clear();
            writes[i].AddTo(command.Parameters, command.CreateParameter);
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            versions[i] = await ReadVersionAsync(reader).ConfigureAwait(false);
        }

        return versions;
    }

    private static async Task<int?> RunAsync(DbConnection connection, string query, StateWrite write)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        write.AddTo(command.Parameters, command.CreateParameter);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        return await ReadVersionAsync(reader).ConfigureAwait(false);
    }

    // Each write in a transaction of its own, each caller answered with its own outcome.
    private async Task OneByOneAsync(List<StateWrite> batch)
    {
        foreach (var write in batch)
        {
            try
            {
                await using var connection = await _database.OpenConnectionAsync().ConfigureAwait(false);
                write.Complete(await RunAsync(connection, _query(), write).ConfigureAwait(false));
            }
            catch (Exception error)
            {
                LogWriteFailed(error, write);
                write.Fail(error);
            }
        }
    }

    // The query's contract: one row with the new version, or no row when the caller's version was not the stored one.
    private static async Task<int?> ReadVersionAsync(DbDataReader reader)
    {
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            return null;
        }

        var column = reader.GetOrdinal("NewGrainStateVersion");
        return await reader.IsDBNullAsync(column).ConfigureAwait(false) ? null : Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A commit of {Count} grain writes failed; none of them was stored.")]
    private partial void LogFailed(Exception error, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A commit of {Count} grain writes failed; writing them one by one.")]
    private partial void LogWritingOneByOne(Exception error, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The grain write {Write} failed.")]
    private partial void LogWriteFailed(Exception error, StateWrite write);
}
