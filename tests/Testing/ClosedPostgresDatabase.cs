using Npgsql;

namespace Collaboration.Testing;

/// <summary>
/// Makes one database of the shared test server unreachable without stopping the server: it takes
/// no new connections and the sessions it has are ended, as when its server goes away. Other
/// databases, and so other tests, are not touched.
/// </summary>
public sealed class ClosedPostgresDatabase(string connectionString) : IDatabaseFault
{
    private readonly string _name = new NpgsqlConnectionStringBuilder(connectionString).Database
        ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));

    public async Task BreakAsync()
    {
        await ExecuteAsync($"ALTER DATABASE {_name} ALLOW_CONNECTIONS false;");
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_name}' AND pid <> pg_backend_pid();");
    }

    public Task RepairAsync() => ExecuteAsync($"ALTER DATABASE {_name} ALLOW_CONNECTIONS true;");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
