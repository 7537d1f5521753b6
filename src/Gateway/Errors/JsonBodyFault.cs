using System.Globalization;
using System.Text.Json;
using Google.Protobuf.Reflection;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// Checks a JSON request body against its request message before the transcoder reads it: a
/// syntax error, a field the message does not have (a misspelt "untill" would otherwise be dropped
/// without a word), or a value of the wrong JSON type. The transcoder itself would only say the
/// payload is malformed; this names the field.
/// </summary>
public static class JsonBodyFault
{
    public static ApiProblem? Find(ReadOnlySpan<byte> body, MessageDescriptor message)
    {
        try
        {
            using var json = JsonDocument.Parse(body.ToArray());
            return json.RootElement.ValueKind == JsonValueKind.Object
                ? InMessage(json.RootElement, message, "")
                : new ApiProblem(StatusCodes.Status400BadRequest, "The request body must be a JSON object.", null);
        }
        catch (JsonException e)
        {
            return new ApiProblem(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message}", null);
        }
    }

    private static ApiProblem? InMessage(JsonElement element, MessageDescriptor message, string path)
    {
        foreach (var property in element.EnumerateObject())
        {
            var field = message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == property.Name || f.Name == property.Name);
            if (field is null)
            {
                var unknown = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                return new ApiProblem(StatusCodes.Status400BadRequest, $"{unknown} is not a field of this request.", unknown);
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var at = path.Length == 0 ? field.JsonName : $"{path}.{field.JsonName}";
            var fault = !field.IsRepeated ? InValue(property.Value, field, at)
                : property.Value.ValueKind != JsonValueKind.Array ? Wrong(at, "a list")
                : property.Value.EnumerateArray().Select((item, i) => InValue(item, field, $"{at}[{i}]")).FirstOrDefault(f => f is not null);
            if (fault is not null)
            {
                return fault;
            }
        }

        return null;
    }

    private static ApiProblem? InValue(JsonElement value, FieldDescriptor field, string at) => field.FieldType switch
    {
        FieldType.Message => value.ValueKind == JsonValueKind.Object ? InMessage(value, field.MessageType, at) : Wrong(at, "an object"),
        FieldType.String => value.ValueKind == JsonValueKind.String ? null
            // Amounts are text so they stay exact; a JSON number there is the likely slip.
            : value.ValueKind == JsonValueKind.Number ? Wrong(at, "a string; amounts are written as text, such as \"1234.50\"")
            : Wrong(at, "a string"),
        FieldType.Bool => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : Wrong(at, "true or false"),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 =>
            IsInteger(value, out var n) && n is >= int.MinValue and <= int.MaxValue ? null : Wrong(at, "a whole number"),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => IsInteger(value, out _) ? null : Wrong(at, "a whole number"),
        FieldType.Double or FieldType.Float => value.ValueKind == JsonValueKind.Number
            || (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            ? null : Wrong(at, "a number"),
        _ => null,
    };

    private static bool IsInteger(JsonElement value, out long number)
    {
        number = 0;
        return (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out number))
            || (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), out number));
    }

    private static ApiProblem Wrong(string at, string expected) =>
        new(StatusCodes.Status400BadRequest, $"{at} must be {expected}.", at);
}
