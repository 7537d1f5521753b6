using System.Data.Common;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Storage;
using Collaboration.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Collaboration.Benchmarks;

/// <summary>
/// The ceilings a user would compare us with, served by bare Kestrel in this process on loopback:
/// a plain ASP.NET Core service that upserts each PUT body as one row of the same database (no
/// authentication, audit, journal or grains), and a route returning a constant JSON body.
/// </summary>
public sealed class PlainService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DbConnection? _shared;

    private PlainService(WebApplication app, DbConnection? shared, Uri address)
    {
        _app = app;
        _shared = shared;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PlainService> StartAsync(StorageOptions storage, byte[] constant)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();

        // SQLite has one writer per file: one shared connection, as a plain service would keep.
        var shared = storage.Provider == StorageProvider.Sqlite ? await SchemaMigrator.OpenAsync(storage, CancellationToken.None) : null;
        var gate = new SemaphoreSlim(1, 1);
        await using (var setup = await SchemaMigrator.OpenAsync(storage, CancellationToken.None))
        {
            await using var create = setup.CreateCommand();
            create.CommandText = storage.Provider == StorageProvider.Postgres
                ? "CREATE TABLE IF NOT EXISTS PlainProject (Id text PRIMARY KEY, Body bytea NOT NULL, Version integer NOT NULL)"
                : "CREATE TABLE IF NOT EXISTS PlainProject (Id TEXT PRIMARY KEY, Body BLOB NOT NULL, Version INTEGER NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }

        app.MapPut("/plain/projects/{id}", async (string id, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            if (shared is null)
            {
                await using var connection = await SchemaMigrator.OpenAsync(storage, CancellationToken.None);
                return Results.Json(new { id, version = await UpsertAsync(connection, id, body.ToArray()) });
            }

            await gate.WaitAsync();
            try
            {
                return Results.Json(new { id, version = await UpsertAsync(shared, id, body.ToArray()) });
            }
            finally
            {
                gate.Release();
            }
        });
        app.MapGet("/plain/constant", () => Results.Bytes(constant, "application/json"));
        await app.StartAsync();
        return new PlainService(app, shared, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }
    }

    private static async Task<int> UpsertAsync(DbConnection connection, string id, byte[] body)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO PlainProject (Id, Body, Version) VALUES (@id, @body, 1) " +
            "ON CONFLICT (Id) DO UPDATE SET Body = excluded.Body, Version = PlainProject.Version + 1 RETURNING Version";
        RawUpserts.Add(command, "id", id);
        RawUpserts.Add(command, "body", body);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
