namespace Collaboration;

/// <summary>
/// A request broke a rule of the domain. Thrown by grains and by the gateway's edge validation;
/// the gateway turns it into a gRPC status and an RFC 9457 problem.
/// </summary>
[GenerateSerializer]
public sealed class CollaborationException : Exception
{
    /// <summary>Creates an exception of the given kind, naming the field at fault when there is one.</summary>
    public CollaborationException(ErrorKind kind, string message, string? field = null)
        : base(message)
    {
        Kind = kind;
        Field = field;
    }

    /// <summary>What kind of failure this is; decides the status code.</summary>
    [Id(0)]
    public ErrorKind Kind { get; }

    /// <summary>The request field at fault (JSON name, dotted path), if any.</summary>
    [Id(1)]
    public string? Field { get; }

    /// <summary>The input is malformed or refers to something that does not exist.</summary>
    public static CollaborationException Invalid(string field, string message) => new(ErrorKind.Invalid, message, field);

    /// <summary>The addressed object does not exist.</summary>
    public static CollaborationException NotFound(string message) => new(ErrorKind.NotFound, message);

    /// <summary>The request conflicts with the current state of the object.</summary>
    public static CollaborationException Conflict(string message, string? field = null) => new(ErrorKind.Conflict, message, field);
}
