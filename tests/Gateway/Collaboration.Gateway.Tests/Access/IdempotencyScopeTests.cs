using System.Net;
using System.Net.Http.Json;

namespace Collaboration.Gateway.Tests.Access;

/// <summary>An Idempotency-Key belongs to the caller that sent it.</summary>
[Collection(AccessCollection.Name)]
public sealed class IdempotencyScopeTests(AccessFixture fixture)
{
    [Fact]
    public async Task The_same_key_from_two_callers_is_two_keys()
    {
        var key = $"k-{Guid.NewGuid():N}";

        var first = await PostAsync("officer 5001", key, "Søknad fra Trondheim");
        var replay = await PostAsync("officer 5001", key, "Søknad fra Trondheim");
        var other = await PostAsync("admin", key, "Søknad fra driften");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.False(other.Headers.Contains("Idempotent-Replayed"));
    }

    private Task<HttpResponseMessage> PostAsync(string caller, string key, string title)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/funding/applications")
        {
            Content = JsonContent.Create(new
            {
                callId = AccessFixture.Call,
                title,
                lead = new { kind = "municipality", id = "5001" },
                leadShare = new { requested = "1000", ownContribution = "0", role = "Leder" },
            }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return fixture.As(caller).SendAsync(request);
    }
}
