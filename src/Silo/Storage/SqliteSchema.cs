using Microsoft.Data.Sqlite;

namespace Collaboration.Silo.Storage;

/// <summary>Creates or updates the embedded store's schema; safe to run at every start.</summary>
public static class SqliteSchema
{
    /// <summary>The ADO.NET invariant Orleans resolves to Microsoft.Data.Sqlite's factory.</summary>
    public const string Invariant = "System.Data.SQLite";

    public static void Apply(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();

        // WAL sticks to the file: readers do not block the writer, and writes are about twice as fast.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();

        using var script = typeof(SqliteSchema).Assembly.GetManifestResourceStream("Collaboration.Silo.Storage.Sqlite.schema.sql")
            ?? throw new InvalidOperationException("The SQLite schema is not embedded in the silo assembly.");
        using var reader = new StreamReader(script);
        command.CommandText = reader.ReadToEnd();
        command.ExecuteNonQuery();
    }
}
