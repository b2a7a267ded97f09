using System.Text;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl;

/// <summary>One step of a <see cref="HclTraversal"/>: an attribute name or a literal index key.</summary>
/// <param name="AttributeName">The attribute name, or null for an index step.</param>
/// <param name="Key">The index key, for an index step.</param>
/// <param name="Range">The step's source range.</param>
public sealed record TraversalStep(string? AttributeName, HclValue Key, SourceRange Range)
{
    /// <summary>Gets a value indicating whether this is an attribute step (<c>.name</c>).</summary>
    public bool IsAttribute => AttributeName is not null;
}

/// <summary>
/// A static reference: a root variable name followed by attribute and literal index steps, such as
/// <c>var.region</c> or <c>local.ports[0]</c>, as HCL's <c>hcl.Traversal</c>.
/// </summary>
/// <param name="RootName">The variable name the traversal starts from.</param>
/// <param name="Steps">The steps after the root.</param>
/// <param name="Range">The source range of the whole traversal.</param>
/// <param name="SourceText">The traversal as written in the source.</param>
public sealed record HclTraversal(string RootName, IReadOnlyList<TraversalStep> Steps, SourceRange Range, string SourceText)
{
    /// <summary>Formats the traversal canonically, e.g. <c>attr.kernel.name</c> or <c>local.ports[0]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(RootName);
        foreach (var step in Steps)
        {
            if (step.IsAttribute)
            {
                sb.Append('.').Append(step.AttributeName);
            }
            else
            {
                sb.Append('[').Append(step.Key.ToString()).Append(']');
            }
        }

        return sb.ToString();
    }
}
