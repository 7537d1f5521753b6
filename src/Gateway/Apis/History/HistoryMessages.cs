using Collaboration.Api;
using Collaboration.Journal;
using Google.Protobuf;
using ListValue = Google.Protobuf.WellKnownTypes.ListValue;

namespace Collaboration.Gateway.Apis.History;

/// <summary>Journal records as the History API shows them.</summary>
public static class HistoryMessages
{
    public static Api.V1.AuditEntry ToMessage(JournalRecord record)
    {
        var message = new Api.V1.AuditEntry
        {
            At = Wire.OsloInstant(record.At),
            Subject = record.Subject,
            Role = record.Role,
            Operation = record.Operation,
            Position = Field.Cursor(record.Position),
            Version = record.Version,
            EventId = record.EventId,
            Changes = JsonParser.Default.Parse<ListValue>(record.Changes),
        };
        if (record.Municipality is { } municipality)
        {
            message.Municipality = municipality;
        }

        if (record.RequestId is { } requestId)
        {
            message.RequestId = requestId;
        }

        return message;
    }
}
