using System.Net;
using Collaboration.Access;
using Collaboration.Gateway.Access;

namespace Collaboration.Gateway.Tests.Access;

/// <summary>The write rate limit: per client, changes only, 429 with Retry-After.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_client_over_its_write_limit_gets_429_with_Retry_After_and_others_go_on()
    {
        using var data = new TempFolder();
        await using var silo = await RunningSilo.StartAsync(data.Path, new Dictionary<string, string>
        {
            ["RateLimits:Writes:PermitLimit"] = "3",
            ["RateLimits:Writes:Window"] = "00:05:00",
        });
        using var busy = silo.Client(silo.Token(new TokenHolder("travel", Roles.Officer, Municipality: "5001")));
        using var other = silo.Client(silo.Token(new TokenHolder("rolig", Roles.Officer, Municipality: "5028")));
        var profile = new { name = "Trondheim", county = "Trøndelag" };

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(i == 0 ? HttpStatusCode.Created : HttpStatusCode.OK, (await busy.ApiPutAsync("/api/municipalities/5001", profile)).Status);
        }

        using var limited = await busy.PutAsync("/api/municipalities/5001", System.Net.Http.Json.JsonContent.Create(profile));
        var problem = await limited.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing.");
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("429", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await busy.ApiGetAsync("/api/municipalities/5001")).Status);
        Assert.Equal(HttpStatusCode.Created, (await other.ApiPutAsync("/api/municipalities/5028", new { name = "Melhus", county = "Trøndelag" })).Status);
    }

    [Fact]
    public async Task A_body_over_the_cap_is_413_even_with_a_token()
    {
        using var data = new TempFolder();
        await using var silo = await RunningSilo.StartAsync(data.Path);

        var answer = await silo.Http.SendJsonAsync(HttpMethod.Put, "/api/municipalities/5001",
            $$"""{"name":"{{new string('x', GatewayExtensions.MaxRequestBytes)}}","county":"Trøndelag"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
    }
}
