using System.Net;
using Collaboration.Forums;
using Collaboration.Gateway.Errors;

namespace Collaboration.Gateway.Tests.Idempotency;

/// <summary>
/// A POST whose answer was a failure (503) may still have stored its work: a retry with the same
/// Idempotency-Key never does it twice, and is told when the first attempt was carried out.
/// </summary>
[Collection(InDoubtCollection.Name)]
public sealed class IdempotencyInDoubtTests(InDoubtFixture fixture)
{
    [Fact]
    public async Task A_retry_after_a_failure_that_stored_the_work_is_told_so_and_adds_nothing()
    {
        var silo = fixture.Settled;
        var key = $"k-{Guid.NewGuid():N}";
        var title = $"Lagret tross feil {key}";
        silo.Fault.FailAfter<IForumGrain>(nameof(IForumGrain.AddAgendaItemAsync));

        var failed = await silo.AddItemAsync(key, title);
        var retried = await silo.AddItemAsync(key, title);
        var again = await silo.AddItemAsync(key, title);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.Equal(HttpStatusCode.Conflict, retried.Status);
        Assert.Equal("application/problem+json", retried.ContentType);
        Assert.True((bool)retried.Json["carriedOut"]!);
        Assert.Equal("Idempotency-Key", (string?)retried.Json["field"]);
        Assert.Equal($"/api/forums/{InDoubtFixture.Forum}", retried.Location);
        Assert.Contains($"/api/forums/{InDoubtFixture.Forum}", retried.Json["changed"]!.AsArray().Select(path => (string?)path));
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.True((bool)again.Json["carriedOut"]!);
        Assert.Equal(1, await silo.ItemsTitledAsync(title));
    }

    [Fact]
    public async Task A_retry_after_a_failure_before_any_work_runs_it_once()
    {
        var silo = fixture.Settled;
        var key = $"k-{Guid.NewGuid():N}";
        var title = $"Ikke lagret {key}";
        silo.Fault.FailBefore<IForumGrain>(nameof(IForumGrain.AddAgendaItemAsync));

        var failed = await silo.AddItemAsync(key, title);
        var afterFailure = await silo.ItemsTitledAsync(title);
        var retried = await silo.AddItemAsync(key, title);
        var replayed = await silo.AddItemAsync(key, title);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.Equal(0, afterFailure);
        Assert.Equal(HttpStatusCode.Created, retried.Status);
        Assert.Equal(title, (string?)retried.Json["title"]);
        Assert.Equal(HttpStatusCode.Created, replayed.Status);
        Assert.Equal((int)retried.Json["sequence"]!, (int)replayed.Json["sequence"]!);
        Assert.Equal(1, await silo.ItemsTitledAsync(title));
    }

    [Fact]
    public async Task A_retry_while_the_failed_attempt_may_still_store_its_work_is_asked_to_wait()
    {
        var silo = fixture.Waiting;
        var key = $"k-{Guid.NewGuid():N}";
        var title = $"Venter {key}";
        silo.Fault.FailAfter<IForumGrain>(nameof(IForumGrain.AddAgendaItemAsync));

        var failed = await silo.AddItemAsync(key, title);
        var retried = await silo.AddItemAsync(key, title);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.True(failed.RetryAfter > TimeSpan.FromSeconds(Unavailable.RetryAfterSeconds), $"Retry-After: {failed.RetryAfter}");
        Assert.Equal(HttpStatusCode.Conflict, retried.Status);
        Assert.True(retried.RetryAfter > TimeSpan.Zero, $"Retry-After: {retried.RetryAfter}");
        Assert.Null(retried.Json["carriedOut"]);
        Assert.Equal(1, await silo.ItemsTitledAsync(title));
    }
}
