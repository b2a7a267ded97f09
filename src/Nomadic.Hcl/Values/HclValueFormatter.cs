using System.Globalization;
using System.Text;

namespace Nomadic.Hcl.Values;

/// <summary>Renders values and strings in HCL-like syntax for debugging and messages.</summary>
internal static class HclValueFormatter
{
    /// <summary>Renders a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rendering.</returns>
    public static string Format(HclValue value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends a string as an HCL quoted string literal.</summary>
    /// <param name="sb">The builder.</param>
    /// <param name="s">The string.</param>
    public static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '$' or '%' when i + 1 < s.Length && s[i + 1] == '{':
                    sb.Append(c).Append(c);
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    private static void Append(StringBuilder sb, HclValue value)
    {
        if (!value.IsKnown)
        {
            sb.Append("unknown(").Append(value.Type).Append(')');
            return;
        }

        if (value.IsNull)
        {
            sb.Append("null");
            return;
        }

        switch (value.Type.Kind)
        {
            case HclTypeKind.String:
                AppendQuoted(sb, value.AsString());
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
                        sb.Append(", ");
                    }

                    first = false;
                    Append(sb, element);
                }

                sb.Append(']');
                return;
            default:
                sb.Append('{');
                var firstAttribute = true;
                foreach (var (key, element) in value.Attributes)
                {
                    if (!firstAttribute)
                    {
                        sb.Append(", ");
                    }

                    firstAttribute = false;
                    if (IsIdentifier(key))
                    {
                        sb.Append(key);
                    }
                    else
                    {
                        AppendQuoted(sb, key);
                    }

                    sb.Append(" = ");
                    Append(sb, element);
                }

                sb.Append('}');
                return;
        }
    }

    /// <summary>Tests whether a name can be written as a bare HCL identifier.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it is an identifier.</returns>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
