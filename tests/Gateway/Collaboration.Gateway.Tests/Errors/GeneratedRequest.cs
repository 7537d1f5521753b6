namespace Collaboration.Gateway.Tests.Errors;

/// <summary>A request made by <see cref="RequestGenerator"/>: what is sent, and with which token.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path and query, already percent-encoded as sent.</param>
/// <param name="ContentType">The Content-Type header of the body, or none.</param>
/// <param name="Body">The body's bytes, or none.</param>
/// <param name="AsAdmin">True when the request carries an admin token.</param>
/// <param name="Operation">The OpenAPI operation it was made from.</param>
public sealed record GeneratedRequest(string Method, string Path, string? ContentType, byte[]? Body, bool AsAdmin, string Operation)
{
    /// <summary>A line to find the request by in a failure message.</summary>
    public override string ToString()
    {
        var path = Path.Length > 160 ? $"{Path[..160]}…({Path.Length} characters)" : Path;
        var body = Body is null ? "no body" : Body.Length > 160 ? $"{Body.Length} bytes" : System.Text.Encoding.UTF8.GetString(Body);
        return $"{Method} {path} [{Operation}, {(AsAdmin ? "admin" : "no token")}, {ContentType ?? "no content type"}] {body}";
    }
}
