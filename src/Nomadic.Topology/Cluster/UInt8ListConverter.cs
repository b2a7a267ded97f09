using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nomadic.Topology.Cluster;

/// <summary>
/// Reads a Go <c>[]uint8</c> written either as a JSON array of numbers or, as Go's encoders write byte slices, as a
/// base64 string; writes an array of numbers.
/// </summary>
internal sealed class UInt8ListConverter : JsonConverter<List<int>>
{
    public override List<int>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadList(ref reader);

    public override void Write(Utf8JsonWriter writer, List<int> value, JsonSerializerOptions options) =>
        WriteList(writer, value);

    internal static List<int>? ReadList(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                try
                {
                    return [.. Convert.FromBase64String(reader.GetString()!).Select(b => (int)b)];
                }
                catch (FormatException)
                {
                    throw new JsonException("expected an array of numbers from 0 to 255 or a base64 string.");
                }

            case JsonTokenType.StartArray:
                var list = new List<int>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value) || value is < 0 or > 255)
                    {
                        throw new JsonException("expected a number from 0 to 255.");
                    }

                    list.Add(value);
                }

                return list;
            default:
                throw new JsonException("expected an array of numbers from 0 to 255 or a base64 string.");
        }
    }

    internal static void WriteList(Utf8JsonWriter writer, List<int> value)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteNumberValue(item);
        }

        writer.WriteEndArray();
    }
}
