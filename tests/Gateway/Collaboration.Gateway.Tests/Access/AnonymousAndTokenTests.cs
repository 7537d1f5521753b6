using System.Net;
using System.Security.Cryptography;
using System.Text;
using Collaboration.Access;
using Collaboration.Gateway.Access;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Gateway.Tests.Access;

/// <summary>Callers without a valid token: 401 on every change, public reads still open.</summary>
[Collection(AccessCollection.Name)]
public sealed class AnonymousAndTokenTests(AccessFixture fixture)
{
    [Fact]
    public async Task Every_state_changing_route_called_without_a_token_is_401()
    {
        var routes = WriteRoutes().ToList();
        Assert.True(routes.Count >= 40, $"Only {routes.Count} state-changing routes were found.");

        foreach (var (method, path) in routes)
        {
            var answer = await fixture.Silo.Anonymous.SendJsonAsync(method, path, "{}");
            Assert.True(answer.Status == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)answer.Status} {answer.Body}");
            Assert.Equal("application/problem+json", answer.ContentType);
        }
    }

    [Fact]
    public async Task The_public_record_reads_without_a_token_and_the_rest_needs_one()
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.Silo.Anonymous.ApiGetAsync($"/api/forums/{AccessFixture.Directors}/cases/2026/1")).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Silo.Anonymous.ApiGetAsync($"/api/projects/{AccessFixture.Project}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Silo.Anonymous.ApiGetAsync("/api/portfolio")).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Silo.Anonymous.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Silo.Anonymous.ApiGetAsync("/api/funding/calls")).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Silo.Anonymous.ApiGetAsync($"/api/funding/calls/{AccessFixture.Call}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Silo.Anonymous.ApiGetAsync($"/api/funding/calls/{AccessFixture.Call}/statistics")).Status);

        using var unauthorized = await fixture.Silo.Anonymous.GetAsync($"/api/funding/applications/{AccessFixture.Application}");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal("Bearer", unauthorized.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.OK, (await fixture.As("viewer").ApiGetAsync($"/api/funding/applications/{AccessFixture.Application}")).Status);
    }

    [Fact]
    public async Task The_OpenAPI_document_says_which_operations_take_a_bearer_token()
    {
        var document = await fixture.Silo.Anonymous.ReadAsync("/openapi/v1.json");

        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["bearer"]!["scheme"]);
        Assert.Equal("bearer", document["paths"]!["/api/municipalities/{kommunenummer}"]!["put"]!["security"]![0]!.AsObject().Single().Key);
        Assert.Empty(document["paths"]!["/api/municipalities/{kommunenummer}"]!["get"]!["security"]!.AsArray());
        Assert.Empty(document["paths"]!["/api/funding/calls/{id}/statistics"]!["get"]!["security"]!.AsArray());
        Assert.Equal("bearer", document["paths"]!["/api/funding/calls/{id}"]!["put"]!["security"]![0]!.AsObject().Single().Key);
        Assert.Equal("bearer", document["paths"]!["/api/funding/applications/{id}/submission"]!["get"]!["security"]![0]!.AsObject().Single().Key);
        Assert.Empty(document["paths"]!["/api/hearings/{id}"]!["get"]!["security"]!.AsArray());
        Assert.Equal("bearer", document["paths"]!["/api/hearings/{id}/answers/{body_id}"]!["put"]!["security"]![0]!.AsObject().Single().Key);
    }

    [Fact]
    public async Task A_refused_change_changes_nothing()
    {
        var answer = await fixture.As("officer 5028").ApiPutAsync("/api/municipalities/5001", new { name = "Ikke Trondheim", county = "Trøndelag" });

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("Trondheim", (string?)(await fixture.Silo.Http.ReadAsync("/api/municipalities/5001"))["name"]);
    }

    public static TheoryData<string> BadTokens() => ["expired", "not yet valid", "another key", "another audience", "another issuer", "alg none", "garbage"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_401(string kind)
    {
        using var client = fixture.Silo.Client(BadToken(kind));

        var answer = await client.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" });

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
    }

    private string BadToken(string kind)
    {
        var key = fixture.Silo.Services.GetRequiredService<LocalSigningKey>().SecurityKey;
        var now = DateTime.UtcNow;
        var (issued, expires, audience, issuer, signing) = kind switch
        {
            "expired" => (now.AddHours(-2), now.AddHours(-1), "collaboration", LocalTokens.Issuer, key),
            "not yet valid" => (now.AddHours(1), now.AddHours(2), "collaboration", LocalTokens.Issuer, key),
            "another key" => (now, now.AddHours(1), "collaboration", LocalTokens.Issuer, new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256))),
            "another audience" => (now, now.AddHours(1), "other-system", LocalTokens.Issuer, key),
            "another issuer" => (now, now.AddHours(1), "collaboration", "someone-else", key),
            "alg none" => (now, now.AddHours(1), "collaboration", LocalTokens.Issuer, null),
            _ => (now, now, "", "", null),
        };
        if (kind == "garbage")
        {
            return "not.a.token";
        }

        var claims = new Dictionary<string, object> { [CollaborationClaims.Subject] = "x", [CollaborationClaims.Role] = Roles.Admin };
        if (signing is null)
        {
            // An unsigned token: header {"alg":"none"}, no signature.
            var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
            var payload = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(
                $$"""{"sub":"x","role":"admin","iss":"{{issuer}}","aud":"{{audience}}","nbf":{{EpochTime.GetIntDate(issued)}},"exp":{{EpochTime.GetIntDate(expires)}}}"""));
            return $"{header}.{payload}.";
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = issued,
            NotBefore = issued,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signing, SecurityAlgorithms.EcdsaSha256),
        });
    }

    // Every HTTP route whose method changes state, with its parameters filled in.
    private IEnumerable<(HttpMethod Method, string Path)> WriteRoutes()
    {
        var rules = fixture.Silo.Services.GetRequiredService<AccessRuleSet>();
        foreach (var endpoint in fixture.Silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is null || rules.RuleFor(endpoint) is not { IsWrite: true })
            {
                continue;
            }

            var path = string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment =>
                string.Concat(segment.Parts.Select(part => part is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal ? literal.Content : "x"))));
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                yield return (new HttpMethod(method), "/" + path);
            }
        }
    }
}
