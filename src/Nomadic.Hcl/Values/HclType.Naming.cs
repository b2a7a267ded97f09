using System.Text;

namespace Nomadic.Hcl.Values;

/// <content>Names and type-expression syntax.</content>
public sealed partial class HclType
{
    /// <summary>Gets the English name cty's <c>FriendlyName</c> gives: <c>string</c>, <c>list of number</c>, <c>object</c>, <c>dynamic</c>…</summary>
    public string FriendlyName => Name(forConstraint: false);

    /// <summary>
    /// Gets the name cty's <c>FriendlyNameForConstraint</c> gives, used when the type is a requirement:
    /// <c>any type</c> for dynamic, <c>list of any single type</c> for a list of dynamic.
    /// </summary>
    public string FriendlyNameForConstraint => Name(forConstraint: true);

    /// <summary>Writes the type in HCL type-expression syntax: <c>string</c>, <c>list(string)</c>, <c>object({a=string, b=number})</c>, <c>any</c>.</summary>
    /// <returns>The type expression.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        Append(sb);
        return sb.ToString();
    }

    private string Name(bool forConstraint)
    {
        switch (Kind)
        {
            case HclTypeKind.String:
                return "string";
            case HclTypeKind.Number:
                return "number";
            case HclTypeKind.Bool:
                return "bool";
            case HclTypeKind.Tuple:
                return "tuple";
            case HclTypeKind.Object:
                return "object";
            case HclTypeKind.Dynamic:
                return forConstraint ? "any type" : "dynamic";
            default:
                var prefix = Kind switch
                {
                    HclTypeKind.List => "list of ",
                    HclTypeKind.Map => "map of ",
                    _ => "set of ",
                };
                var element = forConstraint && _element!.IsDynamic ? "any single type" : _element!.Name(forConstraint);
                return prefix + element;
        }
    }

    private void Append(StringBuilder sb)
    {
        switch (Kind)
        {
            case HclTypeKind.String:
                sb.Append("string");
                break;
            case HclTypeKind.Number:
                sb.Append("number");
                break;
            case HclTypeKind.Bool:
                sb.Append("bool");
                break;
            case HclTypeKind.Dynamic:
                sb.Append("any");
                break;
            case HclTypeKind.List or HclTypeKind.Map or HclTypeKind.Set:
                sb.Append(Kind switch { HclTypeKind.List => "list(", HclTypeKind.Map => "map(", _ => "set(" });
                _element!.Append(sb);
                sb.Append(')');
                break;
            case HclTypeKind.Tuple:
                sb.Append("tuple([");
                for (var i = 0; i < _tupleElements!.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    _tupleElements[i].Append(sb);
                }

                sb.Append("])");
                break;
            default:
                sb.Append("object({");
                var first = true;
                foreach (var (name, type) in _attributes!)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    if (HclValueFormatter.IsIdentifier(name))
                    {
                        sb.Append(name);
                    }
                    else
                    {
                        HclValueFormatter.AppendQuoted(sb, name);
                    }

                    sb.Append('=');
                    if (_optional.Contains(name))
                    {
                        sb.Append("optional(");
                        type.Append(sb);
                        sb.Append(')');
                    }
                    else
                    {
                        type.Append(sb);
                    }
                }

                sb.Append("})");
                break;
        }
    }
}
