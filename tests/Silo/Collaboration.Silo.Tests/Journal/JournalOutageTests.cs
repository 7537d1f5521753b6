using System.Net;
using System.Net.Sockets;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Journal;
using Collaboration.Silo.Storage;

namespace Collaboration.Silo.Tests.Journal;

/// <summary>
/// The journal's reader meets an outage as the grain storage does: the kind every caller can tell
/// (StorageUnavailableException, 503 at the edge, also across the wire to a standalone gateway),
/// and readiness hears of it.
/// </summary>
public sealed class JournalOutageTests
{
    [Fact]
    public async Task A_PostgreSQL_server_that_takes_no_connections_is_an_outage_noted_for_readiness()
    {
        var storage = new StorageOptions
        {
            Provider = StorageProvider.Postgres,
            ConnectionString = $"Host=127.0.0.1;Port={ClosedPort()};Username=nobody;Database=none;Timeout=3",
        };
        using var sql = new SqlJournalStore(storage, "journal-outage");
        var outages = new DatabaseOutages(TimeProvider.System);
        var store = new OutageAwareJournalStore(sql, outages);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReadAsync(0, [], 10, CancellationToken.None));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.ReadObjectAsync("projects", "x", null, 10, CancellationToken.None));
        Assert.True(outages.Recent(TimeSpan.FromMinutes(1)));
    }

    // A loopback port nothing listens on: bound, then let go.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
