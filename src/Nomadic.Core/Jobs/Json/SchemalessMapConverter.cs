using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nomadic.Core.Jobs.Json;

/// <summary>
/// Schemaless maps such as a task's <c>config</c>, Go's <c>map[string]interface{}</c>. Reading gives nested
/// <see cref="Dictionary{TKey, TValue}"/> (string to object), <see cref="List{T}"/> of object, <see cref="string"/>,
/// <see cref="bool"/>, <see langword="null"/>, and numbers as <see cref="long"/> when whole and in range, else
/// <see cref="double"/>. Writing accepts those and any other .NET integer, <see cref="float"/>, <see cref="decimal"/>,
/// <see cref="BigInteger"/>, dictionaries with string keys, sequences and <see cref="JsonElement"/>; keys are written in
/// ordinal order as Go does. Nesting deeper than the options' <see cref="JsonSerializerOptions.MaxDepth"/> is an error.
/// </summary>
internal sealed class SchemalessMapConverter : JsonConverter<IDictionary<string, object?>>
{
    public override bool HandleNull => false;

    public override IDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a JSON object (a schemaless map) or null.");
        }

        return ReadObject(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, IDictionary<string, object?> value, JsonSerializerOptions options)
    {
        WriteObject(writer, value, MaxDepth(options));
    }

    private static int MaxDepth(JsonSerializerOptions options) => options.MaxDepth == 0 ? 64 : options.MaxDepth;

    private static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            result[key] = ReadValue(ref reader);
        }

        return result;
    }

    private static List<object?> ReadArray(ref Utf8JsonReader reader)
    {
        var result = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            result.Add(ReadValue(ref reader));
        }

        return result;
    }

    private static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.TryGetInt64(out var whole) ? (object)whole : reader.GetDouble(),
        _ => throw new JsonException($"Unexpected JSON token {reader.TokenType} in a schemaless map."),
    };

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> entries, int maxDepth)
    {
        CheckDepth(writer, maxDepth);
        var sorted = entries.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        writer.WriteStartObject();
        foreach (var (key, item) in sorted)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item, maxDepth);
        }

        writer.WriteEndObject();
    }

    private static void CheckDepth(Utf8JsonWriter writer, int maxDepth)
    {
        if (writer.CurrentDepth >= maxDepth)
        {
            throw new JsonException($"A schemaless map is nested deeper than {maxDepth} levels (or contains itself).");
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, int maxDepth)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case char single: writer.WriteStringValue(single.ToString()); break;
            case sbyte or byte or short or ushort or int or uint or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ulong large: writer.WriteNumberValue(large); break;
            case float single: WriteFloat(writer, single); break;
            case double real: WriteFloat(writer, real); break;
            case decimal exact: writer.WriteNumberValue(exact); break;
            case BigInteger big: writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture)); break;
            case JsonElement element: CheckDepth(writer, maxDepth); element.WriteTo(writer); break;
            case IEnumerable<KeyValuePair<string, object?>> map: WriteObject(writer, map, maxDepth); break;
            case IDictionary legacy: WriteObject(writer, ToEntries(legacy), maxDepth); break;
            case IEnumerable sequence: WriteArray(writer, sequence, maxDepth); break;
            default:
                throw new JsonException($"A schemaless map holds a {value.GetType().Name}; only strings, numbers, booleans, null, lists and maps with string keys can be written.");
        }
    }

    private static void WriteFloat(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new JsonException($"A schemaless map holds the number {value.ToString(CultureInfo.InvariantCulture)}, which JSON cannot represent.");
        }

        writer.WriteNumberValue(value);
    }

    private static void WriteArray(Utf8JsonWriter writer, IEnumerable sequence, int maxDepth)
    {
        CheckDepth(writer, maxDepth);
        writer.WriteStartArray();
        foreach (var item in sequence)
        {
            WriteValue(writer, item, maxDepth);
        }

        writer.WriteEndArray();
    }

    private static IEnumerable<KeyValuePair<string, object?>> ToEntries(IDictionary legacy)
    {
        foreach (DictionaryEntry entry in legacy)
        {
            if (entry.Key is not string key)
            {
                throw new JsonException($"A schemaless map has a key of type {entry.Key.GetType().Name}; keys must be strings.");
            }

            yield return new KeyValuePair<string, object?>(key, entry.Value);
        }
    }
}
