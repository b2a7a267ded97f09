using System.Text;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The encoding functions of go-cty-funcs: base64decode, base64encode, urlencode.</summary>
internal static class EncodingFunctions
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        functions["base64decode"] = HclFunction.Create("base64decode", [P("str", HclType.String)], HclType.String, a => Base64Decode(a[0].AsString()),
            description: "Decodes a string containing a base64 sequence.");
        functions["base64encode"] = HclFunction.Create("base64encode", [P("str", HclType.String)], HclType.String,
            a => HclValue.String(Convert.ToBase64String(Encoding.UTF8.GetBytes(a[0].AsString()))), description: "Applies Base64 encoding to a string.");
        functions["urlencode"] = HclFunction.Create("urlencode", [P("str", HclType.String)], HclType.String, a => HclValue.String(QueryEscape(a[0].AsString())),
            description: "Applies URL encoding to a given string.");
    }

    /// <summary>Decodes standard padded base64 as Go's <c>base64.StdEncoding</c>, which ignores CR and LF.</summary>
    /// <param name="s">The text.</param>
    /// <param name="bytes">The decoded bytes.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryDecodeStd(string s, out byte[] bytes)
    {
        bytes = [];
        var cleaned = s.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        if (cleaned.Length % 4 != 0)
        {
            return false;
        }

        var padding = cleaned.EndsWith("==", StringComparison.Ordinal) ? 2 : cleaned.EndsWith('=') ? 1 : 0;
        for (var i = 0; i < cleaned.Length - padding; i++)
        {
            var c = cleaned[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c == '+' || c == '/'))
            {
                return false;
            }
        }

        bytes = Convert.FromBase64String(cleaned);
        return true;
    }

    private static HclValue Base64Decode(string s)
    {
        if (!TryDecodeStd(s, out var bytes))
        {
            throw new HclFunctionException($"failed to decode base64 data '{s}'");
        }

        try
        {
            return HclValue.String(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            throw new HclFunctionException("the result of decoding the the provided string is not valid UTF-8");
        }
    }

    private static string QueryEscape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else if (c == ' ')
            {
                sb.Append('+');
            }
            else
            {
                sb.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);
            }
        }

        return sb.ToString();
    }
}
