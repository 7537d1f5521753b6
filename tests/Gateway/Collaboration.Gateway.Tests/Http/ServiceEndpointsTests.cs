using System.Net;

namespace Collaboration.Gateway.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class ServiceEndpointsTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer(string path)
    {
        using var response = await fixture.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_transcoded_routes()
    {
        var document = await fixture.Http.ReadAsync("/openapi/v1.json");

        Assert.Equal("3.1.0", (string?)document["openapi"]);
        var paths = document["paths"]!.AsObject();
        Assert.NotNull(paths["/api/municipalities/{kommunenummer}"]?["put"]);
        Assert.NotNull(paths["/api/forums/{id}/follow-ups"]?["get"]);
        Assert.NotNull(paths["/api/forums/{id}/meetings/{meeting_id}/agenda-items"]?["post"]?["requestBody"]);
        Assert.NotNull(paths["/api/organisations/{organisation_number}"]?["patch"]);
        Assert.NotNull(paths["/api/forums/{id}/cases/{year}/{sequence}/forward"]?["post"]?["requestBody"]);
        Assert.NotNull(document["components"]!["schemas"]!["CaseLink"]);
        Assert.NotNull(paths["/api/funding/calls/{id}/statistics"]?["get"]);
        Assert.NotNull(paths["/api/funding/applications/{id}/submission"]?["get"]);
        Assert.NotNull(paths["/api/hearings/{id}/answers/{body_id}"]?["put"]?["requestBody"]);
        Assert.NotNull(document["components"]!["schemas"]!["Municipality"]);
        Assert.NotNull(document["components"]!["schemas"]!["Organisation"]);
    }

    [Fact]
    public async Task Prometheus_metrics_are_served()
    {
        await fixture.Http.GetAsync("/api/municipalities");
        var metrics = await fixture.Http.GetStringAsync("/metrics");
        Assert.Contains("http_server_request_duration_seconds", metrics);
    }
}
