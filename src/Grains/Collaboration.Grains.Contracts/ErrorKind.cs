namespace Collaboration;

/// <summary>The kinds of refusal a request can meet.</summary>
public enum ErrorKind
{
    /// <summary>Malformed input (HTTP 400, gRPC InvalidArgument).</summary>
    Invalid,

    /// <summary>Unknown object (HTTP 404, gRPC NotFound).</summary>
    NotFound,

    /// <summary>Conflicts with current state (HTTP 409, gRPC FailedPrecondition).</summary>
    Conflict,

    /// <summary>An edit made to a version that is no longer current (HTTP 412, gRPC Aborted).</summary>
    PreconditionFailed,
}
