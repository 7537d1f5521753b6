using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Collaboration.Access;
using Collaboration.Gateway.Access;

namespace Collaboration.Gateway.Tests.Dashboard;

/// <summary>Orleans' dashboard at /dashboard, on the co-hosted gateway: admins only, by bearer token.</summary>
[Collection(ApiCollection.Name)]
public sealed class DashboardAccessTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/index.min.js")]
    [InlineData("/dashboard/DashboardCounters")]
    public async Task Without_credentials_the_dashboard_is_401(string path)
    {
        using var response = await fixture.Silo.Anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, challenge => challenge.Scheme == "Bearer");
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Peer)]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.Officer)]
    public async Task A_signed_in_caller_who_is_not_an_admin_is_403(string role)
    {
        using var http = fixture.Silo.Client(fixture.Silo.Token(new TokenHolder("not-admin", role, Municipality: "5001", Forum: ApiFixture.Council)));

        using var page = await http.GetAsync("/dashboard/");
        using var data = await http.GetAsync("/dashboard/ClusterStats");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, data.StatusCode);
    }

    [Fact]
    public async Task An_admins_bearer_token_opens_the_dashboard_and_its_data()
    {
        using var page = await fixture.Http.GetAsync("/dashboard/");
        var html = await page.Content.ReadAsStringAsync();
        using var counters = await fixture.Http.GetAsync("/dashboard/DashboardCounters");
        var json = JsonNode.Parse(await counters.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Orleans Dashboard</title>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
        Assert.NotNull(json["totalActiveHostCount"]);
        Assert.NotNull(json["hosts"]);
    }

    [Fact]
    public async Task The_dashboard_without_a_slash_redirects_to_it_with_one()
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Silo.HttpAddress };
        http.DefaultRequestHeaders.Authorization = fixture.Http.DefaultRequestHeaders.Authorization;

        using var response = await http.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/dashboard/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_browser_refused_is_told_where_to_sign_in()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await fixture.Silo.Anonymous.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("href=\"/dashboard/sign-in\"", body, StringComparison.Ordinal);
    }
}
