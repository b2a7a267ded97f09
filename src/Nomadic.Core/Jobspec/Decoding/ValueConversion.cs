using System.Numerics;
using Nomadic.Hcl;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>Turns evaluated HCL values into the .NET values of the job model, reporting mismatches as diagnostics.</summary>
internal static class ValueConversion
{
    /// <summary>Converts <paramref name="value"/> to <paramref name="target"/>; on failure reports why at <paramref name="source"/>'s range.</summary>
    public static bool TryConvert(HclValue value, HclType target, string name, IHclExpression source, DiagnosticBag diagnostics, out HclValue result)
    {
        if (!value.IsWhollyKnown)
        {
            diagnostics.Error(source.Range, "Unknown value", $"The value of \"{name}\" is not known while the jobspec is decoded; it must not depend on values only known at runtime.");
            result = default;
            return false;
        }

        if (HclConvert.TryConvert(value, target, out result, out var error))
        {
            return true;
        }

        diagnostics.Error(source.Range, "Incorrect attribute value type", $"Inappropriate value for attribute \"{name}\": {error}.");
        return false;
    }

    /// <summary>A whole number within <paramref name="min"/>..<paramref name="max"/>, or an error at <paramref name="source"/>'s range naming the limits.</summary>
    public static BigInteger? WholeNumber(HclValue value, BigInteger min, BigInteger max, string name, IHclExpression source, DiagnosticBag diagnostics)
    {
        var number = value.AsNumber();
        var real = number.ToDouble();
        if (double.IsNaN(real) || double.IsInfinity(real) || Math.Floor(real) != real)
        {
            diagnostics.Error(source.Range, "Incorrect attribute value type", $"Inappropriate value for attribute \"{name}\": a whole number is required, not {value}.");
            return null;
        }

        var whole = number.ToBigInteger();
        if (whole < min || whole > max)
        {
            diagnostics.Error(source.Range, "Value out of range", $"The value {whole} of \"{name}\" is out of range: it must be between {min} and {max}.");
            return null;
        }

        return whole;
    }

    /// <summary>A schemaless value as Go's <c>interface{}</c>: string, bool, long/double, list of object, string-keyed dictionary.</summary>
    public static object? ToSchemaless(HclValue value, int depth = 0)
    {
        if (value.IsNull || depth > 64)
        {
            return null;
        }

        var type = value.Type;
        switch (type.Kind)
        {
            case HclTypeKind.String:
                return value.AsString();
            case HclTypeKind.Bool:
                return value.AsBool();
            case HclTypeKind.Number:
                var real = value.AsDouble();
                if (Math.Floor(real) == real && Math.Abs(real) < 9e18)
                {
                    return value.AsInt64();
                }

                return real;
            case HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple:
                return value.Elements.Select(e => ToSchemaless(e, depth + 1)).ToList();
            case HclTypeKind.Map or HclTypeKind.Object:
                return ToSchemalessMap(value, depth);
            default:
                return value.ToString();
        }
    }

    /// <summary>An object or map value as a string-keyed dictionary of schemaless values.</summary>
    public static Dictionary<string, object?> ToSchemalessMap(HclValue value, int depth = 0)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (value.IsNull)
        {
            return result;
        }

        foreach (var (key, item) in value.Attributes)
        {
            result[key] = ToSchemaless(item, depth + 1);
        }

        return result;
    }
}
