using System.Globalization;
using System.Text;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Functions.Library.Yaml;

/// <summary>
/// Writes a value as YAML the way go-cty-yaml drives libyaml: block collections (sequences inside mappings not
/// indented), strings double-quoted (literal style when multi-line), long double-quoted strings folded at 80 columns,
/// empty collections in flow style, and "..." after a plain scalar document.
/// </summary>
internal sealed class YamlEmitter
{
    private const int BestIndent = 2;
    private const int BestWidth = 80;
    private readonly StringBuilder _sb = new();
    private int _column;
    private bool _openEnded;

    /// <summary>Serializes a wholly known value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The YAML text.</returns>
    public static string Serialize(HclValue value)
    {
        var emitter = new YamlEmitter();
        emitter.Node(value, indent: -1, root: true);
        emitter.NewLineIfNeeded();
        if (emitter._openEnded)
        {
            emitter.Write("...");
            emitter.NewLineIfNeeded();
        }

        return emitter._sb.ToString();
    }

    private void Node(HclValue value, int indent, bool root)
    {
        if (!value.IsKnown)
        {
            throw new HclFunctionException("cannot serialize unknown value as YAML");
        }

        if (value.IsNull || value.Type.IsPrimitive)
        {
            Scalar(value, indent, root);
            return;
        }

        if (value.Type.Kind is HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple)
        {
            var items = value.Elements;
            if (items.Count == 0)
            {
                Separate();
                Write("[]");
                return;
            }

            // Sequences directly inside a mapping are not indented further (libyaml's indentless sequences).
            var sequenceIndent = indent < 0 ? 0 : indent;
            foreach (var item in items)
            {
                Indent(sequenceIndent);
                Write("- ");
                Node(item, sequenceIndent + BestIndent - (item.Type.Kind is HclTypeKind.Map or HclTypeKind.Object ? 0 : 0), root: false);
            }

            return;
        }

        var attributes = value.Attributes;
        if (attributes.Count == 0)
        {
            Separate();
            Write("{}");
            return;
        }

        var mapIndent = indent < 0 ? 0 : indent;
        foreach (var (key, element) in attributes)
        {
            Indent(mapIndent);
            DoubleQuoted(key, mapIndent, allowBreaks: false);
            Write(":");
            if (IsBlockCollection(element))
            {
                var childIndent = element.Type.Kind is HclTypeKind.Map or HclTypeKind.Object ? mapIndent + BestIndent : mapIndent;
                _sb.Append('\n');
                _column = 0;
                Node(element, childIndent, root: false);
            }
            else
            {
                Write(" ");
                Node(element, mapIndent + BestIndent, root: false);
            }
        }
    }

    private static bool IsBlockCollection(HclValue value) =>
        value.IsKnown && !value.IsNull && !value.Type.IsPrimitive && value.Length > 0;

    private void Scalar(HclValue value, int indent, bool root)
    {
        var scalarIndent = indent < 0 ? BestIndent : indent;
        if (value.IsNull)
        {
            Plain("null", root);
            return;
        }

        switch (value.Type.Kind)
        {
            case HclTypeKind.Bool:
                Plain(value.AsBool() ? "true" : "false", root);
                return;
            case HclTypeKind.Number:
                Plain(value.AsNumber().ToString(), root);
                return;
            default:
                var s = value.AsString();
                if (s.Contains('\n', StringComparison.Ordinal) && LiteralAllowed(s))
                {
                    Literal(s, scalarIndent);
                }
                else
                {
                    DoubleQuoted(s, scalarIndent, allowBreaks: true);
                }

                return;
        }
    }

    private void Plain(string text, bool root)
    {
        Write(text);
        if (root)
        {
            _openEnded = true;
        }
    }

    private static bool LiteralAllowed(string s)
    {
        if (s.EndsWith(' '))
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!IsPrintable(s, i))
            {
                return false;
            }

            if (c == ' ' && i + 1 < s.Length && IsBreak(s[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private void Literal(string s, int indent)
    {
        Write("|");
        if (s.Length > 0 && (s[0] == ' ' || IsBreak(s[0])))
        {
            Write(BestIndent.ToString(CultureInfo.InvariantCulture));
        }

        var trailingBreaks = 0;
        for (var i = s.Length - 1; i >= 0 && IsBreak(s[i]); i--)
        {
            trailingBreaks++;
        }

        if (trailingBreaks == 0)
        {
            Write("-");
        }
        else if (trailingBreaks > 1 || s.Length == 1)
        {
            Write("+");
            _openEnded = true;
        }

        var breaks = true;
        _sb.Append('\n');
        _column = 0;
        foreach (var c in s)
        {
            if (IsBreak(c))
            {
                _sb.Append(c == '\n' ? "\n" : c.ToString());
                _column = 0;
                breaks = true;
                continue;
            }

            if (breaks)
            {
                _sb.Append(' ', indent);
                _column = indent;
                breaks = false;
            }

            _sb.Append(c);
            _column++;
        }
    }

    private void DoubleQuoted(string s, int indent, bool allowBreaks)
    {
        Write("\"");
        var spaces = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!IsPrintable(s, i) || c == '\uFEFF' || IsBreak(c) || c == '"' || c == '\\')
            {
                var code = char.IsHighSurrogate(c) && i + 1 < s.Length ? char.ConvertToUtf32(c, s[++i]) : c;
                Write(Escape(code));
                spaces = false;
            }
            else if (c == ' ')
            {
                if (allowBreaks && !spaces && _column > BestWidth && i != 0 && i != s.Length - 1)
                {
                    _sb.Append('\n').Append(' ', indent);
                    _column = indent;
                    if (i + 1 < s.Length && s[i + 1] == ' ')
                    {
                        Write("\\");
                    }
                }
                else
                {
                    Write(" ");
                }

                spaces = true;
            }
            else
            {
                _sb.Append(c);
                if (!char.IsLowSurrogate(c))
                {
                    _column++;
                }

                spaces = false;
            }
        }

        Write("\"");
    }

    private static string Escape(int code) => code switch
    {
        0 => "\\0",
        7 => "\\a",
        8 => "\\b",
        9 => "\\t",
        10 => "\\n",
        11 => "\\v",
        12 => "\\f",
        13 => "\\r",
        0x1B => "\\e",
        '"' => "\\\"",
        '\\' => "\\\\",
        0x85 => "\\N",
        0xA0 => "\\_",
        0x2028 => "\\L",
        0x2029 => "\\P",
        <= 0xFF => string.Create(CultureInfo.InvariantCulture, $"\\x{code:X2}"),
        <= 0xFFFF => string.Create(CultureInfo.InvariantCulture, $"\\u{code:X4}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"\\U{code:X8}"),
    };

    private static bool IsBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsPrintable(string s, int i)
    {
        var c = s[i];
        if (char.IsSurrogate(c))
        {
            return char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) || char.IsLowSurrogate(c);
        }

        return c == '\n' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    private void Indent(int indent)
    {
        if (_column > indent || (_column == indent && _column > 0 && _sb.Length > 0 && _sb[^1] != ' '))
        {
            _sb.Append('\n');
            _column = 0;
        }

        if (_column < indent)
        {
            _sb.Append(' ', indent - _column);
            _column = indent;
        }
    }

    private void Separate()
    {
        if (_column > 0 && _sb[^1] != ' ')
        {
            Write(" ");
        }
    }

    private void NewLineIfNeeded()
    {
        if (_column > 0)
        {
            _sb.Append('\n');
            _column = 0;
        }
    }

    private void Write(string text)
    {
        _sb.Append(text);
        _column += text.Length;
    }
}
