using System.Net;
using System.Text.Json.Nodes;
using Collaboration.Access;
using Collaboration.Gateway.Access;

namespace Collaboration.Gateway.Tests.Dashboard;

/// <summary>
/// A browser's way in: an admin's token exchanged once for a short-lived cookie that only the
/// dashboard's own requests carry.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardCookieTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_sign_in_page_is_open_to_all()
    {
        using var page = await fixture.Silo.Anonymous.GetAsync("/dashboard/sign-in");
        using var script = await fixture.Silo.Anonymous.GetAsync("/dashboard/sign-in.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("sign-in.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_admins_token_buys_an_HttpOnly_strict_cookie_for_the_dashboard_only()
    {
        using var response = await SignInAsync(fixture.Silo.Token(new TokenHolder("drift", Roles.Admin)), new CookieContainer());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(header => header.StartsWith("collaboration-dashboard=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).ToList();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("path=/dashboard", attributes, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("httponly", attributes, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", attributes, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", attributes, StringComparer.OrdinalIgnoreCase); // plain HTTP here; Secure over HTTPS
        Assert.Contains(attributes, attribute => attribute.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task With_the_cookie_alone_the_dashboard_its_assets_and_its_data_answer()
    {
        var jar = new CookieContainer();
        using var signIn = await SignInAsync(fixture.Silo.Token(new TokenHolder("drift", Roles.Admin)), jar);
        using var browser = Browser(jar);

        using var page = await browser.GetAsync("/dashboard/");
        using var script = await browser.GetAsync("/dashboard/index.min.js");
        using var counters = await browser.GetAsync("/dashboard/DashboardCounters");
        using var stats = await browser.GetAsync("/dashboard/ClusterStats");
        var json = JsonNode.Parse(await counters.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Orleans Dashboard</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
        Assert.NotNull(json["hosts"]);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
    }

    [Fact]
    public async Task The_cookie_opens_nothing_outside_the_dashboard()
    {
        var jar = new CookieContainer();
        using var signIn = await SignInAsync(fixture.Silo.Token(new TokenHolder("drift", Roles.Admin)), jar);
        using var browser = Browser(jar);

        // A change that needs a token: the cookie is not sent there, and would not count if it were.
        var put = await browser.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" });

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Empty(jar.GetCookies(new Uri(fixture.Silo.HttpAddress, "/api/municipalities/5001")));
        Assert.Equal(HttpStatusCode.Unauthorized, put.Status);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.Officer)]
    public async Task A_caller_who_is_not_an_admin_gets_no_cookie(string role)
    {
        var jar = new CookieContainer();
        using var response = await SignInAsync(fixture.Silo.Token(new TokenHolder("not-admin", role, Municipality: "5001", Forum: ApiFixture.Council)), jar);
        using var browser = Browser(jar);
        using var page = await browser.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_there_is_no_sign_in()
    {
        var jar = new CookieContainer();
        using var response = await SignInAsync(null, jar);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_cookie_ends_with_the_token_that_bought_it()
    {
        // A token with two minutes left may sign in, but the cookie may not outlive it (30 minutes by default).
        var jar = new CookieContainer();
        using var response = await SignInAsync(fixture.Silo.Token(new TokenHolder("drift", Roles.Admin), TimeSpan.FromMinutes(2)), jar);
        var cookie = jar.GetCookies(new Uri(fixture.Silo.HttpAddress, "/dashboard/")).Single();

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.InRange(cookie.Expires.ToUniversalTime(), DateTime.UtcNow, DateTime.UtcNow.AddMinutes(3));
    }

    [Fact]
    public async Task Signing_out_removes_the_cookie()
    {
        var jar = new CookieContainer();
        using var signIn = await SignInAsync(fixture.Silo.Token(new TokenHolder("drift", Roles.Admin)), jar);
        using var browser = Browser(jar);

        using var before = await browser.GetAsync("/dashboard/");
        using var signOut = await browser.PostAsync("/dashboard/sign-out", null);
        using var after = await browser.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private async Task<HttpResponseMessage> SignInAsync(string? token, CookieContainer jar)
    {
        using var http = Browser(jar);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dashboard/sign-in");
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }

    // Sends the cookies it holds, and never an Authorization header.
    private HttpClient Browser(CookieContainer jar) =>
        new(new SocketsHttpHandler { CookieContainer = jar, UseCookies = true }) { BaseAddress = fixture.Silo.HttpAddress };
}
