using System.Data.Common;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Storage;

namespace Collaboration.Silo.Tests.Journal;

/// <summary>An installation upgraded from histories kept inside states finds them in the journal, oldest first.</summary>
public sealed class HistoryImportTests
{
    private const string Payload = """
        {"Profile":{"Title":"Gammelt prosjekt"},"History":[
          {"At":"2022-06-03T08:30:00+00:00","Subject":"sekretariat","Role":"secretariat","Municipality":null,"Operation":"Projects/PutProject","RequestId":"r1"},
          {"At":"2022-06-15T10:00:00+00:00","Subject":"saksbehandler-5001","Role":"officer","Municipality":"5001","Operation":"Projects/AddParticipant","RequestId":"r2"}]}
        """;

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Histories_in_stored_states_become_the_first_journal_records(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var connection = await SchemaMigrator.OpenAsync(database.Storage, CancellationToken.None))
        {
            var first = SchemaMigration.For(provider)[0];
            await ExecuteAsync(connection, first.Script);
            await ExecuteAsync(connection, provider == StorageProvider.Postgres
                ? "CREATE TABLE CollaborationSchema (Version integer PRIMARY KEY, Name text NOT NULL, AppliedOn timestamptz NOT NULL DEFAULT now());"
                : "CREATE TABLE CollaborationSchema (Version INTEGER PRIMARY KEY, Name TEXT NOT NULL, AppliedOn TEXT NOT NULL DEFAULT '');");
            await ExecuteAsync(connection, $"INSERT INTO CollaborationSchema (Version, Name) VALUES (1, '{first.Name}');");
            await InsertStateAsync(connection, "project", 0, "old-project", Payload);
            // Orleans keeps a key that reads as a hexadecimal number as that number: "5001" is 0x5001 with no text.
            await InsertStateAsync(connection, "municipality", 0x5001, "", Payload);
        }

        var applied = await SchemaMigrator.ApplyAsync(database.Storage, CancellationToken.None);

        Assert.Contains(applied, step => step.Name == "journal");
        var project = (await StoredRows.JournalAsync(database.Storage, "project")).Where(r => r.ObjectId == "old-project").ToList();
        Assert.Equal([1, 2], project.Select(r => r.Version));
        Assert.True(project[0].Position < project[1].Position);
        Assert.Equal(["5001", "5001"], (await StoredRows.JournalAsync(database.Storage, "municipality")).Select(r => r.ObjectId));
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task InsertStateAsync(DbConnection connection, string kind, long n1, string key, string payload)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO OrleansStorage (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString, GrainIdHash, GrainTypeHash, PayloadBinary, ModifiedOn, Version)
            VALUES ('collaboration', @kind, 0, @n1, @key, 1, 1, @payload, @now, 2);
            """;
        foreach (var (name, value) in new (string, object)[] { ("kind", kind), ("n1", n1), ("key", key), ("payload", System.Text.Encoding.UTF8.GetBytes(payload)), ("now", DateTimeOffset.UtcNow) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
