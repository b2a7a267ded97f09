using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Nomadic.Core.Jobs.Json;

/// <summary>
/// A JSON object with string keys, written with its keys in ordinal order as Go's <c>encoding/json</c> writes a map, so
/// output is stable and matches Nomad's. Read into a <see cref="Dictionary{TKey, TValue}"/>; a repeated key keeps the
/// last value, as in Go.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SortedMapConverter<TValue> : JsonConverter<IDictionary<string, TValue>>
{
    public override bool HandleNull => false;

    public override IDictionary<string, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object (a map of string to {typeof(TValue).Name}) or null.");
        }

        var valueInfo = (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));
        var result = new Dictionary<string, TValue>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            var value = JsonSerializer.Deserialize(ref reader, valueInfo);
            if (value is null && !typeof(TValue).IsValueType)
            {
                throw new JsonException($"The map entry \"{key}\" is null; Nomad expects a {typeof(TValue).Name}.");
            }

            result[key] = value!;
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, IDictionary<string, TValue> value, JsonSerializerOptions options)
    {
        var valueInfo = (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));
        var keys = value.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        writer.WriteStartObject();
        foreach (var key in keys)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, value[key], valueInfo);
        }

        writer.WriteEndObject();
    }
}
