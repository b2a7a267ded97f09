using System.Diagnostics.CodeAnalysis;
using Nomadic.Hcl.Values.Conversion;

namespace Nomadic.Hcl.Values;

/// <summary>Type conversion and unification with the exact rules of cty's <c>convert</c> package, as HCL uses them.</summary>
public static class HclConvert
{
    /// <summary>
    /// Converts a value to a type, allowing the conversions cty calls unsafe (string to number or bool, list to set,
    /// map to object): cty's <c>convert.Convert</c>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="target">The wanted type; may contain dynamic parts and optional object attributes.</param>
    /// <param name="result">The converted value, on success.</param>
    /// <param name="error">cty's message explaining the failure, e.g. <c>a number is required</c>; null on success.</param>
    /// <returns>Whether the conversion succeeded.</returns>
    public static bool TryConvert(HclValue value, HclType target, out HclValue result, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (IsAlready(value, target))
        {
            result = value;
            error = null;
            return true;
        }

        try
        {
            result = Conversions.Convert(value, target, new ConversionPath());
            error = null;
            return true;
        }
        catch (ConversionFailure failure)
        {
            result = default;
            error = failure.Message;
            return false;
        }
    }

    /// <summary>Converts a value to a type; see <see cref="TryConvert(HclValue, HclType, out HclValue, out string?)"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="target">The wanted type.</param>
    /// <returns>The converted value.</returns>
    /// <exception cref="HclConversionException">The value cannot be converted; the message is cty's.</exception>
    public static HclValue Convert(HclValue value, HclType target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (IsAlready(value, target))
        {
            return value;
        }

        try
        {
            return Conversions.Convert(value, target, new ConversionPath());
        }
        catch (ConversionFailure failure)
        {
            throw new HclConversionException(failure.Message, failure.PathText);
        }
    }

    /// <summary>
    /// Whether converting <paramref name="value"/> to <paramref name="target"/> returns it unchanged (the target is
    /// <c>any</c> or already its type), the common case, which then needs no conversion path.
    /// </summary>
    private static bool IsAlready(HclValue value, HclType target) =>
        target.IsDynamic || value.Type.Equals(target.WithoutOptionalAttributesDeep());

    /// <summary>Tests whether any value of one type could convert to another, using only safe conversions (cty's <c>GetConversion</c> is not nil).</summary>
    /// <param name="from">The source type.</param>
    /// <param name="to">The target type.</param>
    /// <returns>Whether a safe conversion exists.</returns>
    public static bool CanConvertSafely(HclType from, HclType to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return from.Equals(to) || Conversions.Get(from, to, unsafeMode: false) is not null;
    }

    /// <summary>Tests whether values of one type may convert to another, allowing unsafe conversions (cty's <c>GetConversionUnsafe</c> is not nil).</summary>
    /// <param name="from">The source type.</param>
    /// <param name="to">The target type.</param>
    /// <returns>Whether a conversion exists (it may still fail for particular values).</returns>
    public static bool CanConvert(HclType from, HclType to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return from.Equals(to) || Conversions.Get(from, to, unsafeMode: true) is not null;
    }

    /// <summary>Explains why values of <paramref name="got"/> cannot convert to <paramref name="want"/> (cty's <c>MismatchMessage</c>).</summary>
    /// <param name="got">The given type.</param>
    /// <param name="want">The wanted type.</param>
    /// <returns>The message, e.g. <c>list of string required</c>.</returns>
    public static string MismatchMessage(HclType got, HclType want)
    {
        ArgumentNullException.ThrowIfNull(got);
        ArgumentNullException.ThrowIfNull(want);
        return MismatchMessages.For(got, want);
    }

    /// <summary>
    /// Finds the most general type all the given types convert to safely (cty's <c>convert.Unify</c>): number and
    /// bool unify with string as string; number and bool do not unify; collections unify element types; objects with
    /// the same attribute names and tuples of the same length unify member-wise (else as maps and lists); any dynamic
    /// type inside collections or structures gives dynamic.
    /// </summary>
    /// <param name="types">The types.</param>
    /// <returns>The unified type, or null when there is none (or the list is empty).</returns>
    public static HclType? UnifyTypes(IReadOnlyList<HclType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        return Unification.Unify(types, unsafeMode: false).Type;
    }

    /// <summary>As <see cref="UnifyTypes(IReadOnlyList{HclType})"/>, but allowing unsafe conversions (cty's <c>UnifyUnsafe</c>, used by HCL's conditional expression).</summary>
    /// <param name="types">The types.</param>
    /// <returns>The unified type, or null.</returns>
    public static HclType? UnifyTypesUnsafe(IReadOnlyList<HclType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        return Unification.Unify(types, unsafeMode: true).Type;
    }

    /// <summary>
    /// Unifies the types of the values (safely) and converts every value to the unified type. As in cty, when the
    /// unified type is dynamic because of nested dynamic types, the values become <see cref="HclValue.DynamicUnknown"/>.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <param name="unified">The unified type, or null when there is none.</param>
    /// <returns>The converted values, or null when the types do not unify.</returns>
    /// <exception cref="HclConversionException">A value could not be converted to the unified type.</exception>
    public static HclValue[]? UnifyValues(IReadOnlyList<HclValue> values, out HclType? unified) => UnifyValues(values, unsafeMode: false, out unified);

    /// <summary>As <see cref="UnifyValues(IReadOnlyList{HclValue}, out HclType?)"/>, but allowing unsafe conversions (cty's <c>UnifyUnsafe</c>).</summary>
    /// <param name="values">The values.</param>
    /// <param name="unified">The unified type, or null when there is none.</param>
    /// <returns>The converted values, or null when the types do not unify.</returns>
    /// <exception cref="HclConversionException">A value could not be converted to the unified type.</exception>
    public static HclValue[]? UnifyValuesUnsafe(IReadOnlyList<HclValue> values, out HclType? unified) => UnifyValues(values, unsafeMode: true, out unified);

    private static HclValue[]? UnifyValues(IReadOnlyList<HclValue> values, bool unsafeMode, out HclType? unified)
    {
        ArgumentNullException.ThrowIfNull(values);
        var types = new HclType[values.Count];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = values[i].Type;
        }

        var (type, conversions) = Unification.Unify(types, unsafeMode);
        unified = type;
        if (type is null || conversions is null)
        {
            return null;
        }

        var result = new HclValue[values.Count];
        try
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = conversions[i] is { } conversion ? conversion(values[i], new ConversionPath()) : values[i];
            }
        }
        catch (ConversionFailure failure)
        {
            throw new HclConversionException(failure.Message, failure.PathText);
        }

        return result;
    }
}
