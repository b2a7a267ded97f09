using System.Buffers;
using System.Text;

namespace Nomadic.Hcl.Json;

/// <summary>
/// Decodes a JSON string token as RFC 8259 and Go's <c>encoding/json</c> do: the standard escapes, <c>\uXXXX</c> with
/// surrogate pairs, a lone surrogate or invalid UTF-8 becoming U+FFFD.
/// </summary>
internal static class JsonStringDecoder
{
    /// <summary>Decodes a string token, quotes included.</summary>
    /// <param name="token">The token's bytes.</param>
    /// <param name="value">The decoded string, on success.</param>
    /// <param name="errorStart">On failure, the offset of the first bad byte; the token's length when it is unterminated.</param>
    /// <param name="errorEnd">On failure, the offset just after the bad bytes.</param>
    /// <returns>Whether the token is a valid string.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> token, out string value, out int errorStart, out int errorEnd)
    {
        value = string.Empty;
        errorStart = errorEnd = token.Length;
        var content = token.Length >= 2 && token[^1] == '"' ? token[1..^1] : token[1..];
        if (content.IndexOfAny((byte)'\\', (byte)'"') < 0 && content.Length == token.Length - 2)
        {
            value = Encoding.UTF8.GetString(content);
            return true;
        }

        var output = new ArrayBufferWriter<byte>(token.Length);
        Span<byte> encoded = stackalloc byte[4];
        var i = 1;
        while (true)
        {
            if (i >= token.Length)
            {
                return false;
            }

            var b = token[i];
            if (b == '"')
            {
                value = Encoding.UTF8.GetString(output.WrittenSpan);
                return true;
            }

            if (b < 0x20)
            {
                (errorStart, errorEnd) = (i, i + 1);
                return false;
            }

            if (b != '\\')
            {
                output.Write(token.Slice(i, 1));
                i++;
                continue;
            }

            if (i + 1 >= token.Length)
            {
                return false;
            }

            var escaped = Simple(token[i + 1]);
            if (escaped != 0)
            {
                output.Write([escaped]);
                i += 2;
                continue;
            }

            if (token[i + 1] != 'u')
            {
                (errorStart, errorEnd) = (i, Math.Min(token.Length, i + 1 + Utf8Length(token[i + 1])));
                return false;
            }

            if (!TryHex4(token, i + 2, out var unit, out var bad))
            {
                if (bad < token.Length)
                {
                    (errorStart, errorEnd) = (i, bad + 1);
                }

                return false;
            }

            i += 6;
            var rune = Rune.ReplacementChar;
            if (char.IsHighSurrogate((char)unit)
                && i + 1 < token.Length && token[i] == '\\' && token[i + 1] == 'u'
                && TryHex4(token, i + 2, out var low, out _) && char.IsLowSurrogate((char)low))
            {
                rune = new Rune((char)unit, (char)low);
                i += 6;
            }
            else if (!char.IsSurrogate((char)unit))
            {
                rune = new Rune(unit);
            }

            output.Write(encoded[..rune.EncodeToUtf8(encoded)]);
        }
    }

    private static byte Simple(byte selector) => selector switch
    {
        (byte)'"' => (byte)'"',
        (byte)'\\' => (byte)'\\',
        (byte)'/' => (byte)'/',
        (byte)'b' => (byte)'\b',
        (byte)'f' => (byte)'\f',
        (byte)'n' => (byte)'\n',
        (byte)'r' => (byte)'\r',
        (byte)'t' => (byte)'\t',
        _ => 0,
    };

    private static bool TryHex4(ReadOnlySpan<byte> token, int start, out int unit, out int bad)
    {
        unit = 0;
        for (var j = start; j < start + 4; j++)
        {
            var digit = j < token.Length ? HexDigit(token[j]) : -1;
            if (digit < 0)
            {
                bad = j;
                return false;
            }

            unit = (unit << 4) | digit;
        }

        bad = -1;
        return true;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static int Utf8Length(byte lead) => lead switch
    {
        >= 0xF0 and < 0xF8 => 4,
        >= 0xE0 and < 0xF0 => 3,
        >= 0xC0 and < 0xE0 => 2,
        _ => 1,
    };
}
