using System.Globalization;
using System.Text;

namespace Nomadic.Hcl.Internal;

/// <summary>Quotes text as Go's <c>%q</c> verb does, for messages that must read exactly as HCL's.</summary>
internal static class GoQuote
{
    /// <summary>Returns the text in double quotes, with quotes, backslashes and control characters escaped.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quoted text.</returns>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\a' => sb.Append("\\a"),
                '\b' => sb.Append("\\b"),
                '\f' => sb.Append("\\f"),
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                '\v' => sb.Append("\\v"),
                < ' ' or '\x7F' => sb.Append(string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}")),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}
