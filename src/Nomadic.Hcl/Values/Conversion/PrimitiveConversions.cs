namespace Nomadic.Hcl.Values.Conversion;

/// <summary>Conversions between string, number and bool (cty's <c>primitiveConversionsSafe</c> and <c>…Unsafe</c>).</summary>
internal static class PrimitiveConversions
{
    private static readonly HclValue StringTrue = HclValue.String("true");
    private static readonly HclValue StringFalse = HclValue.String("false");

    private static readonly Conversion NumberToString = (value, _) => HclValue.String(value.AsNumber().ToString());

    private static readonly Conversion BoolToString = (value, _) => value.AsBool() ? StringTrue : StringFalse;

    private static readonly Conversion StringToNumber = (value, path) =>
        HclNumber.TryParse(value.AsString().AsSpan(), out var n) ? HclValue.Number(n) : throw path.Fail("a number is required");

    private static readonly Conversion StringToBool = (value, path) =>
    {
        var s = value.AsString();
        switch (s)
        {
            case "true" or "1":
                return HclValue.True;
            case "false" or "0":
                return HclValue.False;
            default:
                if (string.Equals(s, "true", StringComparison.OrdinalIgnoreCase))
                {
                    throw path.Fail("a bool is required; to convert from string, use lowercase \"true\"");
                }

                if (string.Equals(s, "false", StringComparison.OrdinalIgnoreCase))
                {
                    throw path.Fail("a bool is required; to convert from string, use lowercase \"false\"");
                }

                throw path.Fail("a bool is required");
        }
    };

    /// <summary>Gets the conversion between two different primitive kinds.</summary>
    /// <param name="input">The source kind.</param>
    /// <param name="output">The target kind.</param>
    /// <param name="unsafeMode">Whether string to number and string to bool are allowed.</param>
    /// <returns>The conversion, or null.</returns>
    public static Conversion? Get(HclTypeKind input, HclTypeKind output, bool unsafeMode) => (input, output) switch
    {
        (HclTypeKind.Number, HclTypeKind.String) => NumberToString,
        (HclTypeKind.Bool, HclTypeKind.String) => BoolToString,
        (HclTypeKind.String, HclTypeKind.Number) when unsafeMode => StringToNumber,
        (HclTypeKind.String, HclTypeKind.Bool) when unsafeMode => StringToBool,
        _ => null,
    };
}
