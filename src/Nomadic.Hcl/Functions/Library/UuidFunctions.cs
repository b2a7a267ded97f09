using Nomadic.Hcl.Internal;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The UUID functions of go-cty-funcs: uuidv4 (random) and uuidv5 (SHA-1 name based).</summary>
internal static class UuidFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        functions["uuidv4"] = HclFunction.Create("uuidv4", [], HclType.String, _ => HclValue.String(V4()),
            description: "Generates and returns a new random version 4 UUID.");
        functions["uuidv5"] = HclFunction.Create("uuidv5", [P("namespace", HclType.String), P("name", HclType.String)], HclType.String,
            a => HclValue.String(V5(a[0].AsString(), a[1].AsString())),
            description: "Generates a name-based version 5 UUID from a namespace and a name.");
    }

    /// <summary>Creates a random version 4 UUID in canonical lowercase form.</summary>
    /// <returns>The UUID.</returns>
    public static string V4()
    {
        var bytes = RandomNumberGenerator.GetBytes(16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return Format(bytes);
    }

    /// <summary>Creates a version 5 UUID as Google's <c>uuid.NewSHA1</c>.</summary>
    /// <param name="namespaceText">"dns", "url", "oid", "x500" or a UUID.</param>
    /// <param name="name">The name.</param>
    /// <returns>The UUID.</returns>
    public static string V5(string namespaceText, string name)
    {
        var ns = namespaceText switch
        {
            "dns" => Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
            "url" => Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
            "oid" => Parse("6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
            "x500" => Parse("6ba7b814-9dad-11d1-80b4-00c04fd430c8"),
            _ => TryParse(namespaceText, out var parsed, out var error)
                ? parsed
                : throw new HclFunctionException($"uuidv5() doesn't support namespace {namespaceText} ({error})"),
        };
        var data = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        ns.CopyTo(data, 0);
        Encoding.UTF8.GetBytes(name, 0, name.Length, data, 16);
        var hash = SHA1.HashData(data);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return Format(bytes);
    }

    private static byte[] Parse(string s) => TryParse(s, out var bytes, out _) ? bytes : throw new ArgumentException("invalid UUID", nameof(s));

    private static bool TryParse(string s, out byte[] bytes, out string error)
    {
        bytes = new byte[16];
        error = string.Empty;
        switch (s.Length)
        {
            case 36:
                break;
            case 36 + 9:
                if (!s.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase))
                {
                    error = $"invalid urn prefix: {GoText.Quote(s[..9])}";
                    return false;
                }

                s = s[9..];
                break;
            case 36 + 2:
                s = s[1..^1];
                break;
            case 32:
                return TryHex(s, bytes, out error);
            default:
                error = string.Create(CultureInfo.InvariantCulture, $"invalid UUID length: {s.Length}");
                return false;
        }

        if (s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-')
        {
            error = "invalid UUID format";
            return false;
        }

        return TryHex(s.Replace("-", string.Empty, StringComparison.Ordinal), bytes, out error);
    }

    private static bool TryHex(string hex, byte[] bytes, out string error)
    {
        error = "invalid UUID format";
        if (hex.Length != 32 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        Convert.FromHexString(hex).CopyTo(bytes, 0);
        error = string.Empty;
        return true;
    }

    private static string Format(byte[] b)
    {
        var hex = Convert.ToHexStringLower(b);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
