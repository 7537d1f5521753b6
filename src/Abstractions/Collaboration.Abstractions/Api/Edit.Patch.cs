using Collaboration.Versions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Collaboration.Api;

public static partial class Edit
{
    // Concurrent patches without If-Match retry on each other's changes; each round one of them
    // lands, so this bounds how many may queue on one object at once.
    private const int PatchAttempts = 64;

    private static readonly FieldMask.MergeOptions Replace = new()
    {
        ReplaceMessageFields = true,
        ReplaceRepeatedFields = true,
        ReplacePrimitiveFields = true,
    };

    /// <summary>
    /// Changes only the fields a patch names: those of an HTTP merge patch, else the gRPC
    /// update_mask (AIP-134; <c>*</c> for every changeable field), else the fields the patch sets.
    /// The patch is applied to the object as <paramref name="read"/> gives it and the whole result
    /// goes through <paramref name="write"/>, so validation applies to the resulting object. With
    /// an expected version a stale one is refused; without, a patch that meets another's change
    /// is applied again to the newer object, so concurrent patches of different fields all land.
    /// </summary>
    /// <param name="context">The call.</param>
    /// <param name="patch">The fields to set, in the object's own message.</param>
    /// <param name="mask">The gRPC update_mask, if any.</param>
    /// <param name="versionField">The request's version field, if set.</param>
    /// <param name="changeable">The fields a patch may name (proto names); the rest are read-only.</param>
    /// <param name="read">Reads the object as it is now.</param>
    /// <param name="write">Stores the patched object, refusing it when invalid.</param>
    public static async Task<TMessage> PatchAsync<TMessage>(this ServerCallContext context, TMessage? patch, FieldMask? mask, int? versionField,
        IReadOnlySet<string> changeable, Func<Task<TMessage>> read, Func<TMessage, Task<TMessage>> write)
        where TMessage : class, IMessage<TMessage>, new()
    {
        patch ??= new TMessage();
        var paths = PathsOf(context, patch, mask, changeable);
        var expected = context.ExpectedVersion(versionField);
        var fields = new FieldMask { Paths = { paths } };
        for (var attempt = 1; ; attempt++)
        {
            var current = await read();
            if (paths.Count == 0 && (expected is null or Precondition.AnyVersion || expected == VersionOf(current)))
            {
                return current;
            }

            var patched = current.Clone();
            fields.Merge(patch, patched, Replace);
            Precondition.Expect(expected ?? VersionOf(current));
            try
            {
                return await write(patched);
            }
            catch (CollaborationException e) when (e.Kind == ErrorKind.PreconditionFailed)
            {
                if (expected is not null || attempt == PatchAttempts)
                {
                    await AttachCurrentAsync(context, read);
                    throw;
                }
            }
            finally
            {
                Precondition.Clear();
            }

            await Task.Delay(Random.Shared.Next(1 + attempt));
        }
    }

    // "AgendaItem" → "agenda item".
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static int VersionOf(IMessage message) =>
        message.Descriptor.FindFieldByName("version")?.Accessor.GetValue(message) as int? ?? 0;

    private static List<string> PathsOf(ServerCallContext context, IMessage patch, FieldMask? mask, IReadOnlySet<string> changeable)
    {
        var descriptor = patch.Descriptor;
        var paths = MergePatch.PathsOf(context.GetHttpContext()) is { } named
            ? [.. named.Select(p => ProtoPath(descriptor, p))]
            : mask is { Paths.Count: > 0 }
                ? mask.Paths.SelectMany(p => p == "*" ? changeable : (IEnumerable<string>)[p]).ToList()
                : descriptor.Fields.InDeclarationOrder().Where(f => IsSet(f, patch)).Select(f => f.Name).ToList();
        foreach (var path in paths)
        {
            var name = path.Split('.')[0];
            var field = descriptor.FindFieldByName(name)
                ?? throw CollaborationException.Invalid(name, $"{name} is not a field of {descriptor.Name}.");
            if (!changeable.Contains(name))
            {
                throw CollaborationException.Invalid(field.JsonName,
                    $"{field.JsonName} cannot be changed by a patch: it identifies the {Words(descriptor.Name)}, is kept by the system or has its own action.");
            }

            if (path.Contains('.', StringComparison.Ordinal) && !FieldMask.IsValid(descriptor, path))
            {
                throw CollaborationException.Invalid(path, $"{path} is not a field of {descriptor.Name}.");
            }
        }

        return paths;
    }

    // A merge patch names fields by their JSON names; a field mask by the proto names. Inside a
    // list or a plain value the path stops: those are replaced whole.
    private static string ProtoPath(MessageDescriptor message, string jsonPath)
    {
        var names = new List<string>();
        MessageDescriptor? at = message;
        foreach (var segment in jsonPath.Split('.'))
        {
            var field = at?.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == segment || f.Name == segment);
            if (field is null)
            {
                names.Add(segment);
                break;
            }

            names.Add(field.Name);
            at = field.FieldType == FieldType.Message && !field.IsRepeated && !field.IsMap ? field.MessageType : null;
            if (at is null)
            {
                break;
            }
        }

        return string.Join('.', names);
    }

    private static bool IsSet(FieldDescriptor field, IMessage message) =>
        field.IsRepeated || field.IsMap ? ((System.Collections.ICollection)field.Accessor.GetValue(message)).Count > 0
        : field.HasPresence ? field.Accessor.HasValue(message)
        : !Equals(field.Accessor.GetValue(message), Default(field));

    private static object? Default(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.String => "",
        FieldType.Bool => false,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => 0,
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => 0L,
        FieldType.Bytes => ByteString.Empty,
        _ => null,
    };
}
