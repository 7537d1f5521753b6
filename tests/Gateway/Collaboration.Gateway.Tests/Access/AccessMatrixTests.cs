using System.Net;
using System.Net.Http.Json;

namespace Collaboration.Gateway.Tests.Access;

/// <summary>
/// Every state-changing route of <see cref="ChangeRoute.All"/> called by every kind of caller:
/// the allowed ones succeed (2xx), everyone else gets 403 and changes nothing.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class AccessMatrixTests(AccessFixture fixture)
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var route in ChangeRoute.All)
        {
            foreach (var caller in AccessFixture.Callers.Keys)
            {
                cases.Add(route.Name, caller);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_change_succeeds_for_its_parties_and_is_403_for_everyone_else(string routeName, string caller)
    {
        var route = ChangeRoute.All.Single(r => r.Name == routeName);

        using var request = new HttpRequestMessage(route.Method, route.Path) { Content = JsonContent.Create(route.Body) };
        if (route.IfMatch is { } ifMatch)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var response = await fixture.As(caller).SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        if (route.Allowed.Contains(caller))
        {
            Assert.True(response.IsSuccessStatusCode, $"{caller} → {route}: {(int)response.StatusCode} {body}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("may make this change", body, StringComparison.Ordinal);
        }
    }
}
