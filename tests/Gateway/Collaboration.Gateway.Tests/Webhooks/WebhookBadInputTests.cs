using System.Net;

namespace Collaboration.Gateway.Tests.Webhooks;

/// <summary>Each bad subscription is 400 problem+json naming the field, and nothing is stored.</summary>
[Collection(WebhookCollection.Name)]
public sealed class WebhookBadInputTests(WebhookFixture fixture)
{
    private static readonly string[] All = ["no.collaboration."];

    public static TheoryData<string, string?, string[], string> Cases() => new()
    {
        { "no url", null, All, "url" },
        { "a url that is not absolute", "/hooks/collaboration", All, "url" },
        { "not a url at all", "hook me", All, "url" },
        { "another scheme", "ftp://127.0.0.1/hook", All, "url" },
        { "credentials in the url", "http://user:secret@127.0.0.1:9/hook", All, "url" },
        { "a private address", "http://10.0.0.1/hook", All, "url" },
        { "the cloud metadata address", "http://169.254.169.254/latest/meta-data/", All, "url" },
        { "a shared (CGNAT) address", "http://100.64.0.1/hook", All, "url" },
        { "an IPv6 link-local address", "http://[fe80::1]/hook", All, "url" },
        { "a private address written as IPv6", "http://[::ffff:192.168.1.1]/hook", All, "url" },
        { "the unspecified address", "http://0.0.0.0:9/hook", All, "url" },
        { "no event types", "http://127.0.0.1:9/hook", [], "eventTypes" },
        { "a blank event type", "http://127.0.0.1:9/hook", [" "], "eventTypes[0]" },
        { "another namespace", "http://127.0.0.1:9/hook", ["com.example."], "eventTypes[0]" },
        { "no known type starts so", "http://127.0.0.1:9/hook", ["no.collaboration.", "no.collaboration.weather."], "eventTypes[1]" },
        { "a type without its namespace", "http://127.0.0.1:9/hook", ["forum."], "eventTypes[0]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_subscription_is_refused_naming_the_field(string what, string? url, string[] eventTypes, string field)
    {
        var before = await IdsAsync();

        var answer = await fixture.Silo.Http.ApiPostAsync("/api/webhooks", new { url, eventTypes });

        Assert.True(answer.Status == HttpStatusCode.BadRequest, $"{what}: {(int)answer.Status} {answer.Body}");
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(field, (string?)answer.Json["field"]);
        Assert.Equal(before, await IdsAsync());
    }

    private async Task<List<string>> IdsAsync() =>
        [.. (await fixture.Silo.Http.ReadAsync("/api/webhooks"))["webhooks"]!.AsArray().Select(w => (string)w!["id"]!)];
}
