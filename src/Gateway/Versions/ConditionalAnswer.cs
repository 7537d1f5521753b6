namespace Collaboration.Gateway.Versions;

/// <summary>
/// Conditional reads (RFC 9110): a GET or HEAD whose If-None-Match names the answer's ETag is
/// answered 304 Not Modified without a body, so a client that holds the current version fetches
/// nothing again.
/// </summary>
public static class ConditionalAnswer
{
    /// <summary>Turns the answer into 304 when the caller holds its version; whether it did.</summary>
    public static bool NotModified(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Headers.IfNoneMatch.Count == 0 || response.Headers.ETag.Count == 0)
        {
            return false;
        }

        var etag = response.Headers.ETag.ToString();
        var held = request.Headers.IfNoneMatch.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        // If-None-Match compares weakly: W/"7" matches "7".
        if (!held.Any(tag => tag == "*" || tag == etag || tag == "W/" + etag))
        {
            return false;
        }

        response.StatusCode = StatusCodes.Status304NotModified;
        response.ContentLength = null;
        response.ContentType = null;
        return true;
    }
}
