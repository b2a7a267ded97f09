using Nomadic.Hcl.Internal;
using System.Numerics;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The number functions of cty's stdlib: abs, ceil, floor, log, pow, signum, max, min, parseint.</summary>
internal static class NumberFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        functions["abs"] = HclFunction.Create("abs", [P("num", HclType.Number, allowDynamic: true)], HclType.Number,
            a => HclValue.Number(HclNumber.Abs(a[0].AsNumber())), description: "Returns the absolute value of the given number.");
        functions["ceil"] = HclFunction.Create("ceil", [P("num", HclType.Number)], HclType.Number,
            a => HclValue.Number(HclNumber.Ceiling(a[0].AsNumber())), description: "Returns the smallest whole number that is greater than or equal to the given value.");
        functions["floor"] = HclFunction.Create("floor", [P("num", HclType.Number)], HclType.Number,
            a => HclValue.Number(HclNumber.Floor(a[0].AsNumber())), description: "Returns the greatest whole number that is less than or equal to the given value.");
        functions["log"] = HclFunction.Create("log", [P("num", HclType.Number), P("base", HclType.Number)], HclType.Number,
            a => FloatResult(Math.Log(a[0].AsDouble()) / Math.Log(a[1].AsDouble())), description: "Returns the logarithm of the given number in the given base.");
        functions["pow"] = HclFunction.Create("pow", [P("num", HclType.Number), P("power", HclType.Number)], HclType.Number,
            a => FloatResult(Math.Pow(a[0].AsDouble(), a[1].AsDouble())), description: "Returns the given number raised to the given power (exponentiation).");
        functions["signum"] = HclFunction.Create("signum", [P("num", HclType.Number)], HclType.Number,
            a => HclValue.Number(Math.Sign(Int(a[0]))), description: "Returns 0 if the given number is zero, 1 if the given number is positive, or -1 if the given number is negative.");
        functions["max"] = HclFunction.Create("max", [], HclType.Number, a => Extreme(a, max: true),
            P("numbers", HclType.Number, allowDynamic: true), "Returns the numerically greatest of all of the given numbers.");
        functions["min"] = HclFunction.Create("min", [], HclType.Number, a => Extreme(a, max: false),
            P("numbers", HclType.Number, allowDynamic: true), "Returns the numerically smallest of all of the given numbers.");
        functions["parseint"] = new HclFunction(
            "parseint",
            [P("number", HclType.Dynamic), P("base", HclType.Number)],
            null,
            a => a[0].Type.Kind == HclTypeKind.String
                ? HclType.Number
                : throw new HclFunctionException(0, $"first argument must be a string, not {a[0].Type.FriendlyName}"),
            (a, _) => ParseInt(a[0].AsString(), a[1]),
            "Parses the given string as a number of the given base, or raises an error if the string contains invalid characters.");
    }

    /// <summary>Parses an integer as Go's <c>big.Int.SetString</c> does for an explicit base.</summary>
    /// <param name="text">The digits, with an optional sign.</param>
    /// <param name="radix">The base, 2 to 62.</param>
    /// <param name="result">The integer.</param>
    /// <returns>Whether the text is a valid integer.</returns>
    public static bool TryParseBigInteger(string text, int radix, out BigInteger result)
    {
        result = BigInteger.Zero;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        if (i >= text.Length)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => radix <= 36 ? c - 'A' + 10 : c - 'A' + 36,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                return false;
            }

            result = (result * radix) + digit;
        }

        if (negative)
        {
            result = -result;
        }

        return true;
    }

    private static HclValue ParseInt(string text, HclValue baseValue)
    {
        var radix = Int(baseValue, 1);
        if (radix is < 2 or > 62)
        {
            throw new HclFunctionException(1, "base must be a whole number between 2 and 62 inclusive");
        }

        if (!TryParseBigInteger(text, (int)radix, out var result))
        {
            throw new HclFunctionException(0, $"cannot parse {GoText.Quote(text)} as a base {radix} integer");
        }

        return HclValue.Number(HclNumber.FromBigInteger(result));
    }

    private static HclValue Extreme(IReadOnlyList<HclValue> args, bool max)
    {
        if (args.Count == 0)
        {
            throw new HclFunctionException("must pass at least one number");
        }

        var best = args[0];
        for (var i = 1; i < args.Count; i++)
        {
            var c = args[i].AsNumber().CompareTo(best.AsNumber());
            if (max ? c > 0 : c < 0)
            {
                best = args[i];
            }
        }

        return best;
    }

    private static HclValue FloatResult(double value) =>
        double.IsNaN(value) ? throw new HclFunctionException("the result is not a real number")
        : double.IsInfinity(value) ? throw new HclFunctionException("the result is infinite, which cannot be represented")
        : HclValue.Number(value);
}
