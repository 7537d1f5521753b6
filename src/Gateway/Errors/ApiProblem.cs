namespace Collaboration.Gateway.Errors;

/// <summary>
/// A refusal recorded on the HTTP context by <see cref="ErrorInterceptor"/>, so that the HTTP/JSON
/// answer can name the field at fault (a gRPC status alone has no place for it).
/// </summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Detail">What was wrong, for a person to read.</param>
/// <param name="Field">JSON name of the field at fault, if any.</param>
public sealed record ApiProblem(int Status, string Detail, string? Field);
