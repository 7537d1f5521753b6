using System.Net;

namespace Collaboration.Gateway.Tests.Webhooks;

/// <summary>Who may manage subscriptions, and the secret shown once.</summary>
[Collection(WebhookCollection.Name)]
public sealed class WebhookSubscriptionTests(WebhookFixture fixture)
{
    [Fact]
    public async Task The_secret_is_shown_only_when_the_subscription_is_made()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var created = await fixture.As("peer").ApiPostAsync("/api/webhooks", new { url = receiver.Url, eventTypes = new[] { "no.collaboration." } });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var secret = (string)created.Json["secret"]!;
        var id = (string)created.Json["webhook"]!["id"]!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.InRange(Convert.FromBase64String(secret["whsec_".Length..]).Length, 24, 32);
        Assert.Equal("region-nord", (string?)created.Json["webhook"]!["owner"]);

        using var one = await fixture.As("peer").GetAsync($"/api/webhooks/{id}");
        using var all = await fixture.As("admin").GetAsync("/api/webhooks");
        foreach (var answer in new[] { one, all })
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var body = await answer.Content.ReadAsStringAsync();
            Assert.Contains(id, body, StringComparison.Ordinal);
            Assert.DoesNotContain(secret["whsec_".Length..], body, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        }

        await fixture.As("peer").ApiDeleteAsync($"/api/webhooks/{id}");
    }

    [Fact]
    public async Task A_peer_sees_and_deletes_only_its_own_subscriptions()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (mine, _) = await fixture.SubscribeAsync(receiver.Url, ["no.collaboration.forum."], "peer");
        var (theirs, _) = await fixture.SubscribeAsync(receiver.Url, ["no.collaboration.project."], "other peer");

        var listed = await fixture.As("peer").ReadAsync("/api/webhooks");
        Assert.Equal([mine], listed["webhooks"]!.AsArray().Select(w => (string)w!["id"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.As("peer").ApiGetAsync($"/api/webhooks/{theirs}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.As("peer").ApiGetAsync($"/api/webhooks/{theirs}/failures")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.As("peer").ApiDeleteAsync($"/api/webhooks/{theirs}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.As("other peer").ApiGetAsync($"/api/webhooks/{theirs}")).Status);

        // An admin sees both and may delete either.
        var all = (await fixture.As("admin").ReadAsync("/api/webhooks"))["webhooks"]!.AsArray().Select(w => (string)w!["id"]!).ToList();
        Assert.Contains(mine, all);
        Assert.Contains(theirs, all);
        Assert.Equal(HttpStatusCode.OK, (await fixture.As("admin").ApiDeleteAsync($"/api/webhooks/{theirs}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.As("peer").ApiDeleteAsync($"/api/webhooks/{mine}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.As("admin").ApiGetAsync($"/api/webhooks/{mine}")).Status);
        Assert.DoesNotContain((await fixture.As("admin").ReadAsync("/api/webhooks"))["webhooks"]!.AsArray(), w => (string?)w!["id"] == mine);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("officer")]
    public async Task Other_roles_may_not_manage_webhooks(string caller)
    {
        var body = new { url = "http://127.0.0.1:9/hook", eventTypes = new[] { "no.collaboration." } };
        var create = await fixture.As(caller).ApiPostAsync("/api/webhooks", body);
        Assert.Equal(HttpStatusCode.Forbidden, create.Status);
        Assert.Equal("application/problem+json", create.ContentType);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.As(caller).ApiGetAsync("/api/webhooks")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Silo.Anonymous.ApiPostAsync("/api/webhooks", body)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Silo.Anonymous.ApiGetAsync("/api/webhooks")).Status);
    }
}
