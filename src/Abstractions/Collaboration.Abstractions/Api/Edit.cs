using Collaboration.Versions;
using Google.Protobuf;
using Grpc.Core;

namespace Collaboration.Api;

/// <summary>
/// How a gRPC method (and so its HTTP/JSON route) changes an object safely: the caller's expected
/// version travels to the grain, which refuses a stale one in the same turn as the change; the
/// refusal carries the object as it is now. Creations refuse If-Match, which has nothing to match.
/// </summary>
public static partial class Edit
{
    /// <summary>
    /// The version the caller read: the If-Match header, else the request's version field; null
    /// when it sent neither, and the change then applies to whatever version is current.
    /// </summary>
    public static int? ExpectedVersion(this ServerCallContext context, int? versionField) =>
        EntityTag.Parse(context.GetHttpContext().Request.Headers.IfMatch, "If-Match")
        ?? (versionField is { } version ? Field.Positive(version, "version") : null);

    /// <summary>Refuses If-Match on a request that creates an object: there is no version to match yet.</summary>
    public static void Creating(this ServerCallContext context)
    {
        if (context.GetHttpContext().Request.Headers.IfMatch.Count > 0)
        {
            throw CollaborationException.Invalid("If-Match", "If-Match applies to a change of an existing object; this request creates one.");
        }
    }

    /// <summary>
    /// Makes a change of an existing object under the caller's expected version (see
    /// <see cref="ExpectedVersion"/>). A stale version answers PreconditionFailed (HTTP 412, gRPC
    /// ABORTED) with the object as <paramref name="current"/> reads it now.
    /// </summary>
    public static async Task<TMessage> ChangeAsync<TMessage>(this ServerCallContext context, int? versionField,
        Func<Task<TMessage>> change, Func<Task<TMessage>> current)
        where TMessage : IMessage
    {
        var expected = context.ExpectedVersion(versionField);
        if (expected is null)
        {
            return await change();
        }

        Precondition.Expect(expected.Value);
        try
        {
            return await change();
        }
        catch (CollaborationException e) when (e.Kind == ErrorKind.PreconditionFailed)
        {
            await AttachCurrentAsync(context, current);
            throw;
        }
        finally
        {
            Precondition.Clear();
        }
    }

    /// <summary>
    /// A PUT that creates the object or replaces it: a replacement as <see cref="ChangeAsync"/>,
    /// a creation answered 201 with the object's <paramref name="location"/>.
    /// </summary>
    public static async Task<TMessage> PutAsync<TMessage>(this ServerCallContext context, int? versionField, string location,
        Func<Task<TMessage>> put, Func<Task<TMessage>> current)
        where TMessage : IMessage
    {
        var existed = await ExistsAsync(current);
        var result = await context.ChangeAsync(versionField, put, current);
        if (!existed)
        {
            context.Created(location);
        }

        return result;
    }

    private static async Task<bool> ExistsAsync<TMessage>(Func<Task<TMessage>> read)
    {
        try
        {
            await read();
            return true;
        }
        catch (CollaborationException e) when (e.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }

    private static async Task AttachCurrentAsync<TMessage>(ServerCallContext context, Func<Task<TMessage>> current)
        where TMessage : IMessage
    {
        try
        {
            context.AttachCurrent(await current());
        }
        catch (CollaborationException e) when (e.Kind == ErrorKind.NotFound)
        {
            // Gone since: the refusal says so without an object.
        }
    }
}
