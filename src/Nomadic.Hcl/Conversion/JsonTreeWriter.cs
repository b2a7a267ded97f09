using System.Text.Json;

namespace Nomadic.Hcl.Conversion;

/// <summary>Writes the converter's intermediate tree: sorted objects, lists, strings and raw JSON literals.</summary>
internal static class JsonTreeWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case JsonLiteral literal:
                writer.WriteRawValue(literal.RawJson, skipInputValidation: true);
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case SortedDictionary<string, object?> obj:
                writer.WriteStartObject();
                foreach (var (key, item) in obj)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"Unexpected value of type {value.GetType()} in the JSON tree.");
        }
    }
}
