using System.Net;
using Collaboration.Api.V1;
using Collaboration.ServiceDefaults.Storage;
using Grpc.Core;

namespace Collaboration.Silo.Tests.Outage;

/// <summary>
/// While the state database takes no writes, requests that need it answer 503 problem+json with
/// Retry-After (gRPC: UNAVAILABLE), readiness is red and liveness green; once it is back, the same
/// process serves again and everything acknowledged before is still there.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_read_only_SQLite_file_answers_503_until_it_is_writable_again()
    {
        using var data = new TempFolder();
        await using var silo = await RunningSilo.StartAsync(data.Path);
        var fault = new ReadOnlySqliteFile(data.Path);
        await OutageAsync(silo, fault, readsBackNew: false);
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_database_answers_503_until_it_takes_connections_again()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await using var silo = await RunningSilo.StartAsync(database.Storage.DataDir, database.Settings);
        var fault = new ClosedPostgresDatabase(database.Storage.EffectiveConnectionString);
        await OutageAsync(silo, fault, readsBackNew: true);
    }

    private static async Task OutageAsync(RunningSilo silo, IDatabaseFault fault, bool readsBackNew)
    {
        var acknowledged = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var put = await silo.Http.ApiPutAsync($"/api/projects/before-{i}", new { title = $"Før {i}" });
            Assert.True(put.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"before-{i}: {put.Status}");
            acknowledged.Add($"before-{i}");
        }

        await fault.BreakAsync();
        try
        {
            // The first write after the break may still find the database as it was: poll.
            var attempt = 0;
            var refused = await Eventually.ValueAsync(
                () => PutAsync(silo, $"during-{attempt++}"),
                answer => answer.Status == HttpStatusCode.ServiceUnavailable,
                Patience);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
            Assert.Equal("application/problem+json", refused.ContentType);
            Assert.Equal(503, (int?)refused.Body!["status"]);
            Assert.True(refused.RetryAfter > TimeSpan.Zero, "No Retry-After on the 503.");
            var failed = $"during-{attempt - 1}";

            var grpc = await Assert.ThrowsAsync<RpcException>(async () =>
                await new Api.V1.Projects.ProjectsClient(silo.Grpc).PutProjectAsync(new PutProjectRequest { Id = "during-grpc", Title = "Under" }));
            Assert.Equal(StatusCode.Unavailable, grpc.StatusCode);

            if (readsBackNew)
            {
                // A grain not yet in memory must read the database to answer.
                var read = await silo.Http.ApiGetAsync("/api/projects/never-written");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, read.Status);

                // The journal is read from the database too: the feed and an object's history.
                foreach (var path in new[] { "/api/changes?after=0", "/api/projects/before-0/history" })
                {
                    var journal = await silo.Http.ApiGetAsync(path);
                    Assert.True(journal.Status == HttpStatusCode.ServiceUnavailable, $"{path}: {(int)journal.Status} {journal.Body}");
                    Assert.Equal("application/problem+json", journal.ContentType);
                }
            }

            var ready = await Eventually.ValueAsync(
                async () => (await PutAsync(silo, "during-ready"), await StatusAsync(silo, "/health/ready")).Item2,
                status => status == HttpStatusCode.ServiceUnavailable,
                Patience);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(silo, "/health/live"));

            await fault.RepairAsync();

            var after = await Eventually.ValueAsync(
                () => PutAsync(silo, "after"),
                answer => answer.Status is HttpStatusCode.OK or HttpStatusCode.Created,
                Patience);
            Assert.True(after.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"after the repair: {after.Status}");
            acknowledged.Add("after");
            Assert.Equal(HttpStatusCode.OK, await Eventually.ValueAsync(
                () => StatusAsync(silo, "/health/ready"), status => status == HttpStatusCode.OK, Patience));

            foreach (var id in acknowledged)
            {
                Assert.Equal(id, (string?)(await silo.Http.ReadAsync($"/api/projects/{id}"))["id"]);
            }

            // A refused write did nothing.
            Assert.Equal(HttpStatusCode.NotFound, (await silo.Http.ApiGetAsync($"/api/projects/{failed}")).Status);
        }
        finally
        {
            await fault.RepairAsync();
        }
    }

    private static async Task<Refusal> PutAsync(RunningSilo silo, string id)
    {
        using var response = await silo.Http.PutAsync($"/api/projects/{id}",
            new StringContent($$"""{"title": "Prosjekt {{id}}"}""", System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return new Refusal(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            text.Length > 0 ? System.Text.Json.Nodes.JsonNode.Parse(text) : null, response.Headers.RetryAfter?.Delta);
    }

    private static async Task<HttpStatusCode> StatusAsync(RunningSilo silo, string path)
    {
        using var response = await silo.Anonymous.GetAsync(path);
        return response.StatusCode;
    }

    private sealed record Refusal(HttpStatusCode Status, string? ContentType, System.Text.Json.Nodes.JsonNode? Body, TimeSpan? RetryAfter);
}
