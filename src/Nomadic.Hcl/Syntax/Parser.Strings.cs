using System.Globalization;
using System.Text;
using Nomadic.Hcl.Internal;

namespace Nomadic.Hcl.Syntax;

/// <summary>Resolving escapes in string and template literal tokens, and reporting tokens the language does not use.</summary>
internal ref partial struct Parser
{
    /// <summary>
    /// Resolves the escapes of a literal token: backslash escapes when quoted, and <c>$${</c> / <c>%%{</c> always.
    /// Returns null when the value is exactly the token's source text, so no string needs to be made.
    /// </summary>
    private string? DecodeStringToken(Token tok, bool quoted)
    {
        var text = _src[tok.Start..tok.End];
        var first = FirstEscape(text, quoted);
        if (first < 0)
        {
            return null;
        }

        var sb = new ValueStringBuilder(text.Length + 16);
        try
        {
            sb.AppendUtf8(text[..first]);
            var literalFrom = first;
            var i = first;
            while (i < text.Length)
            {
                var c = text[i];
                if (quoted && c == '\\')
                {
                    sb.AppendUtf8(text[literalFrom..i]);
                    i = DecodeEscape(tok.Start, text, i, ref sb);
                    literalFrom = i;
                    continue;
                }

                if (IsTemplateEscape(text, i))
                {
                    sb.AppendUtf8(text[literalFrom..i]);
                    sb.Append((char)c);
                    sb.Append('{');
                    i += 3;
                    literalFrom = i;
                    continue;
                }

                i++;
            }

            sb.AppendUtf8(text[literalFrom..]);
            return sb.ToString();
        }
        finally
        {
            sb.Dispose();
        }
    }

    /// <summary>The offset of the first escape that changes the text, or -1 when the token's value is its source.</summary>
    private static int FirstEscape(ReadOnlySpan<byte> text, bool quoted)
    {
        var i = 0;
        while (true)
        {
            var next = quoted ? text[i..].IndexOfAny((byte)'\\', (byte)'$', (byte)'%') : text[i..].IndexOfAny((byte)'$', (byte)'%');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (text[i] == '\\' || IsTemplateEscape(text, i))
            {
                return i;
            }

            i++;
        }
    }

    private static bool IsTemplateEscape(ReadOnlySpan<byte> text, int i) =>
        text[i] is (byte)'$' or (byte)'%' && i + 2 < text.Length && text[i + 1] == text[i] && text[i + 2] == '{';

    /// <summary>Decodes one backslash escape starting at <paramref name="i"/>, returning the index after it.</summary>
    private int DecodeEscape(int tokenStart, scoped ReadOnlySpan<byte> text, int i, ref ValueStringBuilder sb)
    {
        if (i + 1 >= text.Length)
        {
            Error(RangeOf(tokenStart + i, tokenStart + i + 1), "Invalid escape sequence", "Backslash must be followed by an escape sequence selector character.");
            sb.Append('\\');
            return i + 1;
        }

        var selector = text[i + 1];
        switch (selector)
        {
            case (byte)'n': sb.Append('\n'); return i + 2;
            case (byte)'r': sb.Append('\r'); return i + 2;
            case (byte)'t': sb.Append('\t'); return i + 2;
            case (byte)'"': sb.Append('"'); return i + 2;
            case (byte)'\\': sb.Append('\\'); return i + 2;
            case (byte)'u' or (byte)'U':
                var want = selector == 'u' ? 4 : 8;
                var end = i + 2;
                while (end < text.Length && end - (i + 2) < want && Uri.IsHexDigit((char)text[end]))
                {
                    end++;
                }

                if (end - (i + 2) != want)
                {
                    Error(RangeOf(tokenStart + i, tokenStart + end), "Invalid escape sequence", selector == 'u'
                        ? "The \\u escape sequence must be followed by four hexadecimal digits."
                        : "The \\U escape sequence must be followed by eight hexadecimal digits.");
                    sb.AppendUtf8(text[i..end]);
                    return end;
                }

                var code = uint.Parse(Encoding.ASCII.GetString(text[(i + 2)..end]), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                {
                    Error(RangeOf(tokenStart + i, tokenStart + end), "Invalid escape sequence", string.Create(CultureInfo.InvariantCulture, $"Cannot encode character U+{code:x4} in UTF-8."));
                    sb.AppendUtf8(text[i..end]);
                    return end;
                }

                Span<char> utf16 = stackalloc char[2];
                var written = new Rune(code).EncodeToUtf16(utf16);
                sb.Append(utf16[..written]);
                return end;
            default:
                var width = selector < 0x80 ? 1 : Math.Max(1, Rune.DecodeFromUtf8(text[(i + 1)..], out _, out var n) == System.Buffers.OperationStatus.Done ? n : 1);
                var symbol = Encoding.UTF8.GetString(text.Slice(i + 1, width));
                Error(RangeOf(tokenStart + i, tokenStart + i + 1 + width), "Invalid escape sequence", $"The symbol {GoText.Quote(symbol)} is not a valid escape sequence selector.");
                sb.Append(symbol);
                return i + 1 + width;
        }
    }

    /// <summary>Reports tokens that the scanner accepts but the language does not, as hclsyntax does before parsing.</summary>
    private void CheckInvalidTokens()
    {
        int bitwise = 0, backtick = 0, apostrophe = 0, semicolon = 0, badUtf8 = 0;
        foreach (var tok in _tokens.Span)
        {
            switch (tok.Type)
            {
                case TokenType.BitwiseAnd or TokenType.BitwiseOr or TokenType.BitwiseXor or TokenType.BitwiseNot:
                    if (bitwise++ < 4)
                    {
                        var suggestion = tok.Type switch
                        {
                            TokenType.BitwiseAnd => " Did you mean boolean AND (\"&&\")?",
                            TokenType.BitwiseOr => " Did you mean boolean OR (\"||\")?",
                            TokenType.BitwiseNot => " Did you mean boolean NOT (\"!\")?",
                            _ => string.Empty,
                        };
                        Error(tok, "Unsupported operator", $"Bitwise operators are not supported.{suggestion}");
                    }

                    break;
                case TokenType.Backtick:
                    if (backtick % 2 == 0)
                    {
                        Error(tok, "Invalid character", "The \"`\" character is not valid. To create a multi-line string, use the \"heredoc\" syntax, like \"<<EOT\".");
                    }

                    if (backtick <= 2)
                    {
                        backtick++;
                    }

                    break;
                case TokenType.Apostrophe:
                    if (apostrophe % 2 == 0)
                    {
                        Error(tok, "Invalid character", "Single quotes are not valid. Use double quotes (\") to enclose strings.");
                    }

                    if (apostrophe <= 2)
                    {
                        apostrophe++;
                    }

                    break;
                case TokenType.Semicolon:
                    if (semicolon++ < 1)
                    {
                        Error(tok, "Invalid character", "The \";\" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.");
                    }

                    break;
                case TokenType.BadUtf8:
                    if (badUtf8++ < 1)
                    {
                        Error(tok, "Invalid character encoding", "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.");
                    }

                    break;
                case TokenType.QuotedNewline:
                    Error(tok, "Invalid multi-line string", "Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the \"heredoc\" multi-line template syntax.");
                    break;
                case TokenType.Invalid:
                    var chars = _src[tok.Start..tok.End];
                    if (chars.SequenceEqual("\u201C"u8) || chars.SequenceEqual("\u201D"u8))
                    {
                        Error(tok, "Invalid character", "\"Curly quotes\" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a \"straight quote\".");
                    }
                    else
                    {
                        Error(tok, "Invalid character", "This character is not used within the language.");
                    }

                    break;
            }
        }
    }
}
