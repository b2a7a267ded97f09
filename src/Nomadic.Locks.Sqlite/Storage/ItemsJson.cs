using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Nomadic.Locks.Storage;

/// <summary>
/// Variable items as the JSON object stored in the <c>items</c> column. Keys are written in ordinal order, so two
/// equal dictionaries always give the same text and an identical write is detected by comparing strings.
/// </summary>
internal static class ItemsJson
{
    public const string Empty = "{}";

    private static readonly IReadOnlyDictionary<string, string> EmptyItems =
        new Dictionary<string, string>(StringComparer.Ordinal).AsReadOnly();

    public static string Write(IReadOnlyDictionary<string, string> items)
    {
        if (items.Count == 0)
        {
            return Empty;
        }

        var keys = items.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var key in keys)
            {
                writer.WriteString(key, items[key] ?? "");
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyDictionary<string, string> Read(string json)
    {
        if (json == Empty)
        {
            return EmptyItems;
        }

        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            items[key] = reader.GetString() ?? "";
        }

        return items.AsReadOnly();
    }
}
