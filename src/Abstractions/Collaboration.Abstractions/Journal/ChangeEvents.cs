using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Collaboration.Api;

namespace Collaboration.Journal;

/// <summary>
/// Journal records as CloudEvents 1.0: id the change's stable id, source this installation, type
/// per kind and action, subject the object's path, and a "cursor" extension to resume from. The
/// data is thin: the object's id, version and what changed; a follower reads the object for the rest.
/// </summary>
public sealed class ChangeEvents(ObjectKinds kinds, Uri source)
{
    /// <summary>The extension attribute that carries a change's cursor.</summary>
    public static readonly CloudEventAttribute Cursor = CloudEventAttribute.CreateExtension("cursor", CloudEventAttributeType.String);

    // Texts stay readable ("Frøya", not "Fr\u00F8ya"): events are JSON data, never markup.
    private static readonly JsonEventFormatter Formatter = new(
        new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }, default);

    /// <summary>The event for a record; who made the change and the private fields of a public kind only for a signed-in reader.</summary>
    public CloudEvent ToCloudEvent(JournalRecord record, bool signedIn)
    {
        var kind = kinds.ByStateName(record.Kind)
            ?? throw new InvalidOperationException($"The journal kind '{record.Kind}' is not registered.");
        var changes = JsonNode.Parse(record.Changes)!.AsArray();
        if (!signedIn)
        {
            foreach (var hidden in changes.Where(op => Hidden(kind, (string?)op!["path"])).ToList())
            {
                changes.Remove(hidden);
            }
        }

        var data = new JsonObject
        {
            ["kind"] = kind.Kind,
            ["id"] = record.ObjectId,
            ["version"] = record.Version,
            ["operation"] = record.Operation,
            ["changes"] = changes,
        };
        if (signedIn)
        {
            data["actor"] = new JsonObject
            {
                ["subject"] = record.Subject,
                ["role"] = record.Role,
                ["municipality"] = record.Municipality,
                ["requestId"] = record.RequestId,
            };
        }

        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0, [Cursor])
        {
            Id = record.EventId,
            Source = source,
            Type = kind.EventType(record.Version),
            Subject = kind.PathOf(record.ObjectId),
            Time = record.At,
            DataContentType = "application/json",
            Data = data,
        };
        cloudEvent[Cursor] = Field.Cursor(record.Position);
        return cloudEvent;
    }

    /// <summary>The event in the CloudEvents JSON format (structured mode).</summary>
    public static ReadOnlyMemory<byte> Encode(CloudEvent cloudEvent) => Formatter.EncodeStructuredModeMessage(cloudEvent, out _);

    private static bool Hidden(ObjectKind kind, string? path) => path is not null && kind.PrivateFields.Any(field =>
        path.StartsWith(field, StringComparison.Ordinal) && (path.Length == field.Length || path[field.Length] == '/'));
}
