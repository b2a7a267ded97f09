using System.Globalization;
using System.Text;

namespace Nomadic.Hcl.Json;

/// <summary>
/// Splits HCL JSON source into tokens with exact positions, as hcl's JSON scanner does: leniently, so that a
/// misspelt keyword, a malformed number or a bad string arrives at the parser whole and can be reported well.
/// Columns count grapheme clusters; a tab counts as two columns and a carriage return as none.
/// </summary>
internal static class JsonScanner
{
    /// <summary>Scans a whole buffer. The last token is always <see cref="JsonTokenType.Eof"/>.</summary>
    /// <param name="buffer">The UTF-8 source.</param>
    /// <param name="start">The position of the buffer's first byte.</param>
    /// <returns>The tokens.</returns>
    public static List<JsonToken> Scan(ReadOnlySpan<byte> buffer, SourcePos start)
    {
        var tokens = new List<JsonToken>();
        var line = start.Line;
        var column = start.Column;
        var i = 0;
        while (true)
        {
            i = SkipWhitespace(buffer, i, ref line, ref column);
            var startPos = new SourcePos(line, column, start.Byte + i);
            if (i >= buffer.Length)
            {
                tokens.Add(new JsonToken(JsonTokenType.Eof, i, i, startPos, startPos));
                return tokens;
            }

            var first = buffer[i];
            var type = SingleByteToken(first);
            int end;
            if (type != JsonTokenType.Invalid)
            {
                end = i + 1;
                column++;
            }
            else if (first == '"')
            {
                type = JsonTokenType.String;
                end = ScanString(buffer, i, ref column);
            }
            else if (CanStartNumber(first))
            {
                type = JsonTokenType.Number;
                end = ScanWhile(buffer, i, IsNumberByte);
                column += end - i;
            }
            else if (IsLetter(first))
            {
                type = JsonTokenType.Keyword;
                end = ScanWhile(buffer, i, static b => IsLetter(b) || b == '_');
                column += end - i;
            }
            else
            {
                // Nothing can follow an invalid byte: the parser cannot get past it.
                var after = new SourcePos(line, column + 1, start.Byte + i + 1);
                tokens.Add(new JsonToken(JsonTokenType.Invalid, i, i + 1, startPos, after));
                tokens.Add(new JsonToken(JsonTokenType.Eof, i + 1, i + 1, after, after));
                return tokens;
            }

            tokens.Add(new JsonToken(type, i, end, startPos, new SourcePos(line, column, start.Byte + end)));
            i = end;
        }
    }

    /// <summary>Counts the columns (grapheme clusters) of a run of string content without quotes or backslashes.</summary>
    /// <param name="run">The bytes.</param>
    /// <returns>The number of columns.</returns>
    public static int CountColumns(ReadOnlySpan<byte> run)
    {
        foreach (var b in run)
        {
            if (b >= 0x80)
            {
                return new StringInfo(Encoding.UTF8.GetString(run)).LengthInTextElements;
            }
        }

        return run.Length;
    }

    private static JsonTokenType SingleByteToken(byte b) => b switch
    {
        (byte)'{' => JsonTokenType.BraceOpen,
        (byte)'}' => JsonTokenType.BraceClose,
        (byte)'[' => JsonTokenType.BracketOpen,
        (byte)']' => JsonTokenType.BracketClose,
        (byte)',' => JsonTokenType.Comma,
        (byte)':' => JsonTokenType.Colon,
        (byte)'=' => JsonTokenType.Equals,
        _ => JsonTokenType.Invalid,
    };

    private static int SkipWhitespace(ReadOnlySpan<byte> buffer, int i, ref int line, ref int column)
    {
        for (; i < buffer.Length; i++)
        {
            switch (buffer[i])
            {
                case (byte)' ':
                    column++;
                    break;
                case (byte)'\n':
                    line++;
                    column = 1;
                    break;
                case (byte)'\r':
                    // Takes no column: it is presumably followed by a newline that accounts for both.
                    break;
                case (byte)'\t':
                    // Some width must be chosen; hcl renders a tab as two columns.
                    column += 2;
                    break;
                default:
                    return i;
            }
        }

        return i;
    }

    /// <summary>
    /// Finds the end of a string token: just after the closing quote, or at a control byte or the end of the input
    /// when the string is unterminated. Escapes are only skipped here; the parser validates them.
    /// </summary>
    private static int ScanString(ReadOnlySpan<byte> buffer, int i, ref int column)
    {
        i++;
        column++;
        var escaping = false;
        while (i < buffer.Length)
        {
            var b = buffer[i];
            if (b == '\\')
            {
                escaping = !escaping;
                i++;
                column++;
            }
            else if (b == '"')
            {
                i++;
                column++;
                if (!escaping)
                {
                    break;
                }

                escaping = false;
            }
            else if (b < 0x20)
            {
                break;
            }
            else
            {
                var end = i + 1;
                while (end < buffer.Length && buffer[end] >= 0x20 && buffer[end] != '"' && buffer[end] != '\\')
                {
                    end++;
                }

                column += CountColumns(buffer[i..end]);
                i = end;
                escaping = false;
            }
        }

        return i;
    }

    private static int ScanWhile(ReadOnlySpan<byte> buffer, int i, Func<byte, bool> predicate)
    {
        while (i < buffer.Length && predicate(buffer[i]))
        {
            i++;
        }

        return i;
    }

    // 'e' and 'E' cannot start a number, so that "e5" is reported as a bad keyword rather than a bad number.
    private static bool CanStartNumber(byte b) => b is (byte)'-' or (byte)'+' or (byte)'.' or (>= (byte)'0' and <= (byte)'9');

    private static bool IsNumberByte(byte b) => CanStartNumber(b) || b is (byte)'e' or (byte)'E';

    private static bool IsLetter(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z');
}
