using System.Globalization;
using Nomadic.Hcl.Functions.Library.Formatting;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The formatting functions of cty's stdlib: format and formatlist.</summary>
internal static class FormatFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        var args = P("args", HclType.Dynamic, allowNull: true, allowUnknown: true, allowDynamic: true);
        functions["format"] = HclFunction.Create("format", [P("format", HclType.String)], HclType.String, Format, args,
            "Constructs a string by applying formatting verbs to a series of arguments, using a similar syntax to the C function \"printf\".");
        functions["formatlist"] = HclFunction.Create("formatlist", [P("format", HclType.String)], HclType.List(HclType.String), FormatList, args,
            "Constructs a list of strings by applying formatting verbs to a series of arguments, using a similar syntax to the C function \"printf\".");
    }

    private static HclValue Format(IReadOnlyList<HclValue> args)
    {
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].IsWhollyKnown)
            {
                return HclValue.Unknown(HclType.String);
            }
        }

        return HclValue.String(FormatEngine.Format(args[0].AsString(), [.. args.Skip(1)]));
    }

    private static HclValue FormatList(IReadOnlyList<HclValue> all)
    {
        var format = all[0].AsString();
        var args = all.Skip(1).ToArray();
        var listType = HclType.List(HclType.String);
        if (args.Length == 0)
        {
            return HclValue.List([Format(all)]);
        }

        var iterLength = -1;
        var lengthChooser = -1;
        var sequences = new IReadOnlyList<HclValue>?[args.Length];
        var unknown = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var kind = arg.Type.Kind;
            if (kind is HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple && !arg.IsNull)
            {
                if (kind != HclTypeKind.Tuple && !arg.IsKnown)
                {
                    unknown = true;
                    continue;
                }

                var length = arg.Length;
                if (iterLength == -1)
                {
                    iterLength = length;
                    lengthChooser = i;
                }
                else if (length != iterLength)
                {
                    throw new HclFunctionException(i + 1, string.Create(CultureInfo.InvariantCulture,
                        $"argument {i + 1} has length {length}, which is inconsistent with argument {lengthChooser + 1} of length {iterLength}"));
                }

                if (!arg.IsKnown)
                {
                    unknown = true;
                    continue;
                }

                sequences[i] = arg.Elements;
            }
            else if (arg.Type.IsDynamic && !arg.IsKnown)
            {
                unknown = true;
            }
        }

        if (unknown)
        {
            return HclValue.Unknown(listType);
        }

        if (iterLength == 0)
        {
            return HclValue.ListEmpty(HclType.String);
        }

        iterLength = Math.Max(iterLength, 1);
        var results = new List<HclValue>(iterLength);
        for (var iteration = 0; iteration < iterLength; iteration++)
        {
            var formatArgs = new HclValue[args.Length];
            var known = true;
            for (var i = 0; i < args.Length; i++)
            {
                formatArgs[i] = sequences[i] is { } seq ? seq[iteration] : args[i];
                known &= formatArgs[i].IsWhollyKnown;
            }

            if (!known)
            {
                results.Add(HclValue.Unknown(HclType.String));
                continue;
            }

            try
            {
                results.Add(HclValue.String(FormatEngine.Format(format, formatArgs)));
            }
            catch (HclFunctionException e)
            {
                throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"error on format iteration {iteration}: {e.Message}"), e);
            }
        }

        return HclValue.List(results);
    }
}
