using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nomadic.Topology.Cluster;

/// <summary>Reads and writes the SLIT (<c>[][]uint8</c>): an array whose rows are arrays of numbers or base64 strings.</summary>
internal sealed class UInt8MatrixConverter : JsonConverter<List<List<int>>>
{
    public override List<List<int>>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("expected an array of distance rows.");
        }

        var rows = new List<List<int>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            rows.Add(UInt8ListConverter.ReadList(ref reader) ?? throw new JsonException("a distance row cannot be null."));
        }

        return rows;
    }

    public override void Write(Utf8JsonWriter writer, List<List<int>> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var row in value)
        {
            UInt8ListConverter.WriteList(writer, row);
        }

        writer.WriteEndArray();
    }
}
