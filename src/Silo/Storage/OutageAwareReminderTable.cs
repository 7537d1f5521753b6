namespace Collaboration.Silo.Storage;

/// <summary>
/// Orleans' ADO.NET reminder table (funding call and hearing deadlines, follow-up checks, webhook
/// wake-ups), with a database outage answered as the grain storage answers one: a
/// <see cref="StorageUnavailableException"/> (503 at the edge, from a co-hosted or a standalone
/// gateway alike), noted for readiness. Other failures (a reminder changed meanwhile) pass through.
/// </summary>
public sealed class OutageAwareReminderTable(IReminderTable table, DatabaseOutages outages) : IReminderTable
{
    public Task StartAsync(CancellationToken cancellationToken = default) => table.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => table.StopAsync(cancellationToken);

    public Task<ReminderTableData> ReadRows(GrainId grainId) => outages.GuardAsync(() => table.ReadRows(grainId));

    public Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken) =>
        outages.GuardAsync(() => table.ReadRows(grainId, cancellationToken));

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => outages.GuardAsync(() => table.ReadRows(begin, end));

    public Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken) =>
        outages.GuardAsync(() => table.ReadRows(begin, end, cancellationToken));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        outages.GuardAsync(() => table.ReadRow(grainId, reminderName));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken) =>
        outages.GuardAsync(() => table.ReadRow(grainId, reminderName, cancellationToken));

    public Task<string?> UpsertRow(ReminderEntry entry) => outages.GuardAsync(() => table.UpsertRow(entry));

    public Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken) =>
        outages.GuardAsync(() => table.UpsertRow(entry, cancellationToken));

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        outages.GuardAsync(() => table.RemoveRow(grainId, reminderName, eTag));

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken) =>
        outages.GuardAsync(() => table.RemoveRow(grainId, reminderName, eTag, cancellationToken));

    public Task TestOnlyClearTable() => table.TestOnlyClearTable();

    public Task TestOnlyClearTable(CancellationToken cancellationToken) => table.TestOnlyClearTable(cancellationToken);
}
