namespace Collaboration.Versions;

/// <summary>
/// The version an edit was based on (HTTP If-Match, or the version field of a gRPC request),
/// carried from the gateway to the grain in Orleans' request context as the actor is. The grain
/// compares it with the object's current version in the same turn as the change, so two editors
/// who read the same version can never both succeed.
/// </summary>
public static class Precondition
{
    /// <summary>If-Match: * — any current version, as long as the object exists.</summary>
    public const int AnyVersion = -1;

    private const string Key = "collaboration.expected-version";

    /// <summary>Makes <paramref name="version"/> the version the next change in this request must find.</summary>
    public static void Expect(int version) => RequestContext.Set(Key, version);

    /// <summary>Forgets the expected version, so later calls of the request carry none.</summary>
    public static void Clear() => RequestContext.Remove(Key);

    /// <summary>
    /// Refuses the change with <see cref="ErrorKind.PreconditionFailed"/> when the caller expected
    /// a version other than <paramref name="current"/> (0 for an object that does not exist yet).
    /// The expectation is used up here, so the grains this one calls next never see it.
    /// </summary>
    /// <param name="current">The object's current version.</param>
    /// <param name="what">The object, as a person names it ("Case KF 23/22").</param>
    public static void Check(int current, string what)
    {
        if (RequestContext.Get(Key) is not int expected)
        {
            return;
        }

        Clear();
        if (expected == AnyVersion ? current > 0 : expected == current)
        {
            return;
        }

        var now = current > 0 ? $"it is now version {current}" : "it does not exist";
        throw new CollaborationException(ErrorKind.PreconditionFailed,
            $"{what} has changed since version {expected}; {now}. Read it again and redo the edit.", "version");
    }
}
