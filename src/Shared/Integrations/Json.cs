using System.Text.Json;

namespace Nomadic.Integrations.Http;

/// <summary>Small readers over Vault's and Consul's JSON answers.</summary>
internal static class Json
{
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static long Number(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var n) ? n : 0;

    public static bool Bool(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.True };

    public static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } value
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];

    public static IReadOnlyDictionary<string, string> StringMap(JsonElement element, string name)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Property(element, name) is { ValueKind: JsonValueKind.Object } value)
        {
            foreach (var p in value.EnumerateObject())
            {
                result[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
            }
        }

        return result;
    }
}
