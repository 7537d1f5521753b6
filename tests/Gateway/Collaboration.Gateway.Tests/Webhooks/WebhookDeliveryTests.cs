using System.Net;

namespace Collaboration.Gateway.Tests.Webhooks;

/// <summary>Deliveries over real sockets to a receiver in this test: every event, in order, signed, and retried until taken.</summary>
[Collection(WebhookCollection.Name)]
public sealed class WebhookDeliveryTests(WebhookFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_receiver_that_fails_then_slows_down_gets_every_event_in_order_signed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        // 500 three times, then 429 asking for a second's pause, then 200 for good.
        receiver.Answer = n => n switch
        {
            <= 3 => new ReceiverAnswer(500),
            4 => new ReceiverAnswer(429, "1"),
            _ => new ReceiverAnswer(200),
        };
        var head = await fixture.FeedHeadAsync();
        var (id, secret) = await fixture.SubscribeAsync(receiver.Url, ["no.collaboration.project.", "no.collaboration.forum."]);

        var http = fixture.Silo.Http;
        await Expect(http.ApiPutAsync("/api/forums/levering", new { name = "Leveringsforum", kind = "council", casePrefix = "LV" }));
        for (var round = 0; round < 3; round++)
        {
            for (var p = 0; p < 4; p++)
            {
                await Expect(http.ApiPutAsync($"/api/projects/levering-{p}", new { title = $"Prosjekt {p} runde {round}", ownerForumId = "levering" }));
            }
        }

        // Not subscribed: municipalities.
        await Expect(http.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" }));
        await Expect(http.ApiPutAsync("/api/forums/levering/meetings/2026-02-01", new { date = "2026-02-01" }));

        var expected = await fixture.FeedAsync(head, "projects,forums");
        Assert.True(expected.Count >= 14, $"Only {expected.Count} changes of projects and forums.");
        var taken = await Eventually.ValueAsync(() => Task.FromResult(receiver.Taken), ids => ids.Count >= expected.Count, Patience);

        // Deduplicated by webhook-id, the receiver has each change once, nothing missing, nothing else, in journal order.
        Assert.Equal(expected.Select(e => (string)e["id"]!), taken);
        Assert.All(receiver.Received, request =>
        {
            Assert.True(request.VerifiesWith(secret), $"The signature of {request.Id} does not verify.");
            Assert.Equal(request.Id, (string?)request.Event["id"]);
            Assert.Equal("application/cloudevents+json", request.ContentType?.Split(';')[0]);
        });
        Assert.Contains(receiver.Received, r => r.Status == 500);
        Assert.Contains(receiver.Received, r => r.Status == 429);

        // A retried event keeps its id, and the first 200 comes only after the 429's pause.
        var first = receiver.Received.Take(5).Select(r => r.Id).Distinct();
        Assert.Single(first);

        // In order per object: each object's versions arrive increasing.
        foreach (var perObject in taken.Select(eventId => receiver.Received.First(r => r.Id == eventId).Event)
                     .GroupBy(e => (string)e["subject"]!))
        {
            var versions = perObject.Select(e => (int)e["data"]!["version"]!).ToList();
            Assert.Equal(versions.Order(), versions);
        }

        Assert.DoesNotContain(receiver.Received, r => ((string)r.Event["type"]!).StartsWith("no.collaboration.municipality.", StringComparison.Ordinal));
        // The receiver records a request before it answers: the count follows once the answer is in.
        var webhook = await Eventually.ValueAsync(() => fixture.Silo.Http.ReadAsync($"/api/webhooks/{id}"), w => (long)w["delivered"]! >= expected.Count, Patience);
        Assert.Equal("active", (string?)webhook["status"]);
        Assert.Equal(expected.Count, (long)webhook["delivered"]!);
        await fixture.Silo.Http.ApiDeleteAsync($"/api/webhooks/{id}");
    }

    [Fact]
    public async Task A_receiver_that_answers_410_disables_its_subscription()
    {
        await using var gone = await WebhookReceiver.StartAsync();
        gone.Answer = _ => new ReceiverAnswer(410);
        var (id, _) = await fixture.SubscribeAsync(gone.Url, ["no.collaboration.project."]);

        var http = fixture.Silo.Http;
        await Expect(http.ApiPutAsync("/api/projects/borte-1", new { title = "Første" }));
        var webhook = await Eventually.ValueAsync(() => http.ReadAsync($"/api/webhooks/{id}"), w => (string?)w["status"] == "disabled", Patience);
        Assert.Equal("disabled", (string?)webhook["status"]);
        Assert.Contains("410", (string?)webhook["statusReason"], StringComparison.Ordinal);

        // A later change goes to a live subscription, and never to the disabled one.
        await using var live = await WebhookReceiver.StartAsync();
        var (liveId, _) = await fixture.SubscribeAsync(live.Url, ["no.collaboration.project."]);
        await Expect(http.ApiPutAsync("/api/projects/borte-2", new { title = "Andre" }));
        await Eventually.ValueAsync(() => Task.FromResult(live.Taken.Count), count => count >= 1, Patience);
        Assert.Single(live.Taken);
        Assert.Single(gone.Received);

        await http.ApiDeleteAsync($"/api/webhooks/{id}");
        await http.ApiDeleteAsync($"/api/webhooks/{liveId}");
    }

    [Fact]
    public async Task An_event_failing_for_the_whole_period_goes_to_the_failures_list_and_can_be_redelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => new ReceiverAnswer(500);
        var head = await fixture.FeedHeadAsync();
        var (id, secret) = await fixture.SubscribeAsync(receiver.Url, ["no.collaboration.project."]);
        var http = fixture.Silo.Http;
        await Expect(http.ApiPutAsync("/api/projects/feilet", new { title = "Feiler" }));
        var failed = (string)(await fixture.FeedAsync(head, "projects")).Single()["id"]!;

        var failures = await Eventually.ValueAsync(() => http.ReadAsync($"/api/webhooks/{id}/failures"), f => f["failures"]!.AsArray().Count > 0, Patience);
        var failure = Assert.Single(failures["failures"]!.AsArray())!;
        Assert.Equal(failed, (string?)failure["eventId"]);
        Assert.Equal("HTTP 500", (string?)failure["lastError"]);
        Assert.True((int)failure["attempts"]! > 1);

        // The deliverer has moved on: the next change is delivered once the receiver is well.
        receiver.Answer = _ => new ReceiverAnswer(200);
        await Expect(http.ApiPutAsync("/api/projects/etterpa", new { title = "Etterpå" }));
        await Eventually.ValueAsync(() => Task.FromResult(receiver.Taken.Count), count => count >= 1, Patience);
        Assert.DoesNotContain(failed, receiver.Taken);

        var redelivery = await http.ApiPostAsync($"/api/webhooks/{id}/failures/{failed}/redeliver", new { });
        Assert.Equal(HttpStatusCode.OK, redelivery.Status);
        Assert.True((bool)redelivery.Json["delivered"]!);
        Assert.Contains(failed, receiver.Taken);
        Assert.True(receiver.Received.Last(r => r.Id == failed).VerifiesWith(secret));
        Assert.Empty((await http.ReadAsync($"/api/webhooks/{id}/failures"))["failures"]!.AsArray());

        var again = await http.ApiPostAsync($"/api/webhooks/{id}/failures/{failed}/redeliver", new { });
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        await http.ApiDeleteAsync($"/api/webhooks/{id}");
    }

    private static async Task Expect(Task<ApiAnswer> call)
    {
        var answer = await call;
        Assert.True((int)answer.Status < 300, $"{answer.Status} {answer.Body}");
    }
}
