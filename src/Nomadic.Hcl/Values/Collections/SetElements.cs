using Nomadic.Hcl.Internal;
using System.Text;
using Nomadic.Hcl.Values.Text;

namespace Nomadic.Hcl.Values.Collections;

/// <summary>Deduplicates and orders set elements as cty's set rules do.</summary>
internal static class SetElements
{
    /// <summary>Returns the distinct elements in cty's iteration order.</summary>
    /// <param name="elementType">The element type.</param>
    /// <param name="items">The elements, all of <paramref name="elementType"/>; the array may be reordered.</param>
    /// <returns>The set's elements.</returns>
    public static HclValue[] Build(HclType elementType, HclValue[] items)
    {
        if (items.Length <= 1)
        {
            return items;
        }

        var keys = elementType.IsPrimitive ? null : new string[items.Length];
        if (keys is not null)
        {
            for (var i = 0; i < items.Length; i++)
            {
                keys[i] = HashKey(items[i]);
            }
        }

        var order = new int[items.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            var c = Compare(items[x], items[y], keys?[x], keys?[y]);
            return c != 0 ? c : x.CompareTo(y);
        });

        var result = new List<HclValue>(items.Length);
        var runStart = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var candidate = items[order[i]];
            if (i > 0 && Compare(items[order[i - 1]], candidate, keys?[order[i - 1]], keys?[order[i]]) != 0)
            {
                runStart = result.Count;
            }

            var duplicate = false;
            for (var j = runStart; j < result.Count; j++)
            {
                var eq = result[j].EqualTo(candidate);
                if (eq.IsKnown && !eq.IsNull && eq.AsBool())
                {
                    duplicate = true;
                    break;
                }
            }

            if (!duplicate)
            {
                result.Add(candidate);
            }
        }

        return [.. result];
    }

    /// <summary>Compares two elements of a set with cty's <c>Less</c> rules.</summary>
    /// <param name="a">The first element.</param>
    /// <param name="b">The second element.</param>
    /// <param name="keyA">The hash key of <paramref name="a"/> for non-primitive types.</param>
    /// <param name="keyB">The hash key of <paramref name="b"/> for non-primitive types.</param>
    /// <returns>The order.</returns>
    private static int Compare(HclValue a, HclValue b, string? keyA, string? keyB)
    {
        if (a.IsNull != b.IsNull)
        {
            return a.IsNull ? 1 : -1;
        }

        if (a.IsNull)
        {
            return 0;
        }

        if (a.IsKnown != b.IsKnown)
        {
            return a.IsKnown ? -1 : 1;
        }

        if (!a.IsKnown)
        {
            return 0;
        }

        return a.Type.Kind switch
        {
            HclTypeKind.String => CodePointComparer.Instance.Compare(a.AsString(), b.AsString()),
            HclTypeKind.Number => a.AsNumber().CompareTo(b.AsNumber()),
            HclTypeKind.Bool => a.AsBool().CompareTo(b.AsBool()),
            _ => CodePointComparer.Instance.Compare(keyA, keyB),
        };
    }

    /// <summary>Builds the text cty hashes a value by (its <c>appendSetHashBytes</c>), which orders non-primitive sets.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The key.</returns>
    private static string HashKey(HclValue value)
    {
        var sb = new StringBuilder();
        AppendHashKey(sb, value);
        return sb.ToString();
    }

    private static void AppendHashKey(StringBuilder sb, HclValue value)
    {
        if (!value.IsKnown)
        {
            sb.Append('?');
            return;
        }

        if (value.IsNull)
        {
            sb.Append('~');
            return;
        }

        switch (value.Type.Kind)
        {
            case HclTypeKind.Number:
                sb.Append(value.AsNumber().ToGoGeneral10());
                return;
            case HclTypeKind.Bool:
                sb.Append(value.AsBool() ? 'T' : 'F');
                return;
            case HclTypeKind.String:
                sb.Append(GoText.Quote(value.AsString()));
                return;
            case HclTypeKind.Map:
                sb.Append('{');
                foreach (var (key, element) in value.Attributes)
                {
                    sb.Append(GoText.Quote(key));
                    sb.Append(':');
                    AppendHashKey(sb, element);
                    sb.Append(';');
                }

                sb.Append('}');
                return;
            case HclTypeKind.List or HclTypeKind.Set:
                sb.Append('[');
                foreach (var element in value.Elements)
                {
                    AppendHashKey(sb, element);
                    sb.Append(';');
                }

                sb.Append(']');
                return;
            case HclTypeKind.Object:
                sb.Append('<');
                foreach (var attribute in value.Attributes.Values)
                {
                    AppendHashKey(sb, attribute);
                    sb.Append(';');
                }

                sb.Append('>');
                return;
            default:
                sb.Append('<');
                foreach (var element in value.Elements)
                {
                    AppendHashKey(sb, element);
                    sb.Append(';');
                }

                sb.Append('>');
                return;
        }
    }

}
