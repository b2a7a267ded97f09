using System.Globalization;
using System.Text;

namespace Nomadic.Hcl.Values.Conversion;

/// <summary>A mutable stack of traversal steps (cty's <c>Path</c>), formatted only when a conversion fails.</summary>
internal sealed class ConversionPath
{
    private readonly List<(int Index, string? Key, bool IsAttribute)> _steps = [];

    /// <summary>Enters a list, set or tuple element.</summary>
    /// <param name="index">The element index.</param>
    public void PushIndex(int index) => _steps.Add((index, null, false));

    /// <summary>Enters a map element.</summary>
    /// <param name="key">The key.</param>
    public void PushKey(string key) => _steps.Add((0, key, false));

    /// <summary>Enters an object attribute.</summary>
    /// <param name="name">The attribute name.</param>
    public void PushAttribute(string name) => _steps.Add((0, name, true));

    /// <summary>Leaves the innermost step.</summary>
    public void Pop() => _steps.RemoveAt(_steps.Count - 1);

    /// <summary>Creates the failure for the current position.</summary>
    /// <param name="message">cty's message.</param>
    /// <returns>The exception to throw.</returns>
    public ConversionFailure Fail(string message) => new(message, ToString());

    /// <summary>Formats the path in HCL traversal syntax, e.g. <c>[0].name["key"]</c>.</summary>
    /// <returns>The path; empty at the root.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (index, key, isAttribute) in _steps)
        {
            if (isAttribute)
            {
                sb.Append('.').Append(key);
            }
            else if (key is not null)
            {
                sb.Append('[');
                HclValueFormatter.AppendQuoted(sb, key);
                sb.Append(']');
            }
            else
            {
                sb.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return sb.ToString();
    }
}
