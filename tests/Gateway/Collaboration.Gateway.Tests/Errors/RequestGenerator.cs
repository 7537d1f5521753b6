using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.Errors;

/// <summary>
/// Makes requests for every operation of a served OpenAPI document in turn, from a seed (the same seed, the same requests):
/// path ids that are blank, hold control characters or emoji, or run to 5000 characters, beside normal-looking ones; odd
/// query values; bodies from <see cref="GeneratedBodies"/> under the right or a wrong content type; every other request
/// with an admin token; now and then a method the path does not take.
/// </summary>
public sealed class RequestGenerator
{
    // Percent-encoded as they go on the wire.
    private static readonly string[] OddValues =
    [
        "%20", "%20%20%20", "%00", "a%00b", "%09", "%0A", "%0D%0A", "%7F", "%1B", new string('a', 5000), new string('7', 5000),
        Uri.EscapeDataString("🎉"), Uri.EscapeDataString("id-🎉-x"), Uri.EscapeDataString("\u200B"), Uri.EscapeDataString("\uFEFFid"),
        Uri.EscapeDataString("\u202Eevil"), "%ED%A0%80", "%FF%FE", Uri.EscapeDataString("æøå"), Uri.EscapeDataString("Næring"),
        "..", "%2E%2E", "%2F", "a%2Fb", "-", "%25", "a%20b", "%20id", "id%20", "DROP%20TABLE%20x", "-1", "0", "1.5",
        "2147483648", "99999999999999999999", "%E2%80%A8", "null", "undefined", "%3Cscript%3E",
    ];

    private static readonly string[] NormalValues =
    [
        "trondheimsregionen", "trondheimsregionen/kommunedirektorforum", "naeringsplan", "interkommunal-arealplan",
        "klimasats-2022", "trondheimsregionen-2022-1", "5001", "5028", "942110464", "2022-06-03", "2022", "27", "1", "no-such-id",
        "projects", "forums", "standard",
    ];

    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    private static readonly string?[] WrongContentTypes =
    [
        null, "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=utf-16", "application/grpc", "application/grpc-web+proto", "application/problem+json",
        "application/merge-patch+json", "*/*", "application/json; charset=x-unknown", "application/octet-stream",
    ];

    private readonly Random _random;
    private readonly GeneratedBodies _bodies;
    private readonly IReadOnlyList<ApiOperation> _operations;

    public RequestGenerator(JsonObject document, int seed)
    {
        _random = new Random(seed);
        _bodies = new GeneratedBodies(document, _random);
        _operations = ApiOperation.All(document);
    }

    /// <summary>The operations requests are made for.</summary>
    public IReadOnlyList<ApiOperation> Operations => _operations;

    /// <summary><paramref name="count"/> requests, going round the operations.</summary>
    public IEnumerable<GeneratedRequest> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Make(_operations[i % _operations.Count], asAdmin: i % 2 == 0);
        }
    }

    private GeneratedRequest Make(ApiOperation operation, bool asAdmin)
    {
        var path = operation.Template;
        foreach (var (name, type) in operation.PathParameters)
        {
            path = path.Replace($"{{{name}}}", PathValue(type), StringComparison.Ordinal);
        }

        var query = operation.QueryParameters.Where(_ => _random.Next(3) == 0)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={QueryValue(p.Type)}")
            .ToList();
        if (query.Count > 0)
        {
            path += "?" + string.Join('&', query);
        }

        var method = _random.Next(20) == 0 ? Methods[_random.Next(Methods.Length)] : operation.Method;
        var takesBody = operation.Body is not null || _random.Next(10) == 0;
        var body = takesBody ? _bodies.For(operation.Body) : null;
        return new GeneratedRequest(method, path, body is null ? null : ContentType(method), body, asAdmin, operation.Id);
    }

    private string PathValue(string type) => _random.Next(2) == 0
        ? OddValues[_random.Next(OddValues.Length)]
        : type == "integer" ? _random.Next(-2, 2100).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : NormalValues[_random.Next(NormalValues.Length)];

    private string QueryValue(string type) => _random.Next(3) switch
    {
        0 => OddValues[_random.Next(OddValues.Length)],
        1 when type == "integer" => _random.Next(-5, 5000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 when type == "boolean" => _random.Next(2) == 0 ? "true" : "maybe",
        _ => NormalValues[_random.Next(NormalValues.Length)],
    };

    private string? ContentType(string method) => _random.Next(4) != 0
        ? method == "PATCH" ? "application/merge-patch+json" : "application/json"
        : WrongContentTypes[_random.Next(WrongContentTypes.Length)];
}
