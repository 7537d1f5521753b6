using Npgsql;

namespace Collaboration.Testing;

/// <summary>
/// The throwaway PostgreSQL server the test command starts (eng/postgres.sh) and names in
/// COLLABORATION_TEST_POSTGRES. Each fixture gets a database of its own on it.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "COLLABORATION_TEST_POSTGRES";

    /// <summary>Connection string of the server's maintenance database.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"{Variable} is not set: run the tests with ./eng/test.sh, which starts a throwaway PostgreSQL server, " +
                $"or set {Variable} to the connection string of a server where the tests may create databases.");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"collaboration_test_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name};");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled); // this database's idle connections only; other fixtures keep theirs
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
