using System.Globalization;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>Shorthands for declaring parameters and reading arguments the way cty's <c>gocty</c> does.</summary>
internal static class Params
{
    /// <summary>Declares a parameter.</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type.</param>
    /// <param name="allowNull">Whether null is passed through.</param>
    /// <param name="allowUnknown">Whether unknown values are passed through.</param>
    /// <param name="allowDynamic">Whether values of unknown type are passed through.</param>
    /// <returns>The parameter.</returns>
    public static FunctionParameter P(string name, HclType type, bool allowNull = false, bool allowUnknown = false, bool allowDynamic = false) =>
        new(name, type) { AllowNull = allowNull, AllowUnknown = allowUnknown, AllowDynamicType = allowDynamic };

    /// <summary>Reads a whole number as gocty reads a Go <c>int</c>.</summary>
    /// <param name="value">A known number.</param>
    /// <param name="result">The integer.</param>
    /// <returns>Null on success, else gocty's error text.</returns>
    public static string? TryInt(HclValue value, out long result)
    {
        if (value.AsNumber().TryToInt64(out result))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"value must be a whole number, between {long.MinValue} and {long.MaxValue}");
    }

    /// <summary>Reads a whole number as gocty reads a Go <c>int</c>, or throws cty's error.</summary>
    /// <param name="value">A known number.</param>
    /// <param name="argumentIndex">The argument index for the error, or null for a call-level error.</param>
    /// <param name="prefix">Text put before gocty's error message.</param>
    /// <returns>The integer.</returns>
    public static long Int(HclValue value, int? argumentIndex = null, string prefix = "")
    {
        var error = TryInt(value, out var result);
        if (error is null)
        {
            return result;
        }

        throw argumentIndex is { } i ? new HclFunctionException(i, prefix + error) : new HclFunctionException(prefix + error);
    }

    /// <summary>Creates a list, or an empty list of <paramref name="elementType"/> when there are no elements.</summary>
    /// <param name="elementType">The element type.</param>
    /// <param name="items">The elements, all of <paramref name="elementType"/>.</param>
    /// <returns>The list.</returns>
    public static HclValue ListOf(HclType elementType, IReadOnlyCollection<HclValue> items) =>
        items.Count == 0 ? HclValue.ListEmpty(elementType) : HclValue.List(items);

    /// <summary>Creates a set, or an empty set of <paramref name="elementType"/> when there are no elements.</summary>
    /// <param name="elementType">The element type.</param>
    /// <param name="items">The elements, all of <paramref name="elementType"/>.</param>
    /// <returns>The set.</returns>
    public static HclValue SetOf(HclType elementType, IReadOnlyCollection<HclValue> items) =>
        items.Count == 0 ? HclValue.SetEmpty(elementType) : HclValue.Set(items);

    /// <summary>Creates a map, or an empty map of <paramref name="elementType"/> when there are no elements.</summary>
    /// <param name="elementType">The element type.</param>
    /// <param name="items">The entries, all of <paramref name="elementType"/>.</param>
    /// <returns>The map.</returns>
    public static HclValue MapOf(HclType elementType, IReadOnlyCollection<KeyValuePair<string, HclValue>> items) =>
        items.Count == 0 ? HclValue.MapEmpty(elementType) : HclValue.Map(items);

    /// <summary>Gets the cty friendly name of a type, for messages.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The name.</returns>
    public static string Friendly(HclType type) => type.FriendlyName;
}
