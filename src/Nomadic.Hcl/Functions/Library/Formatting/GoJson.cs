using System.Globalization;
using System.Text;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Functions.Library.Formatting;

/// <summary>Serializes values to JSON exactly as cty's <c>json.Marshal</c> does through Go's <c>encoding/json</c>.</summary>
internal static class GoJson
{
    private const string Hex = "0123456789abcdef";

    /// <summary>Serializes a wholly known value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The compact JSON text.</returns>
    /// <exception cref="HclFunctionException">The value is or contains an unknown value.</exception>
    public static string Serialize(HclValue value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends a string as a Go-escaped JSON string literal (HTML-sensitive characters as <c>\u003c</c> and so on).</summary>
    /// <param name="sb">The buffer.</param>
    /// <param name="s">The string.</param>
    public static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029' or < ' ':
                    sb.Append("\\u").Append(Hex[c >> 12]).Append(Hex[(c >> 8) & 0xF]).Append(Hex[(c >> 4) & 0xF]).Append(Hex[c & 0xF]);
                    break;
                default: sb.Append(c); break;
            }
        }

        sb.Append('"');
    }

    private static void Write(StringBuilder sb, HclValue value)
    {
        if (!value.IsKnown)
        {
            throw new HclFunctionException("value is not known");
        }

        if (value.IsNull)
        {
            sb.Append("null");
            return;
        }

        switch (value.Type.Kind)
        {
            case HclTypeKind.String:
                WriteString(sb, value.AsString());
                return;
            case HclTypeKind.Number:
                sb.Append(value.AsNumber().ToString());
                return;
            case HclTypeKind.Bool:
                sb.Append(value.AsBool() ? "true" : "false");
                return;
            case HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple:
                sb.Append('[');
                var first = true;
                foreach (var element in value.Elements)
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    Write(sb, element);
                }

                sb.Append(']');
                return;
            case HclTypeKind.Map or HclTypeKind.Object:
                sb.Append('{');
                var firstAttribute = true;
                foreach (var (name, element) in value.Attributes)
                {
                    if (!firstAttribute)
                    {
                        sb.Append(',');
                    }

                    firstAttribute = false;
                    WriteString(sb, name);
                    sb.Append(':');
                    Write(sb, element);
                }

                sb.Append('}');
                return;
            default:
                throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"cannot JSON-serialize {value.Type.FriendlyName}"));
        }
    }
}
