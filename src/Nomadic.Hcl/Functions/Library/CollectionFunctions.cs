using System.Globalization;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>
/// The sequence functions of cty's stdlib: chunklist, coalesce, coalescelist, compact, concat, contains, distinct,
/// element, flatten, index (cty's element-by-key lookup), length, range, slice.
/// </summary>
internal static class CollectionFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        var anyValue = P("vals", HclType.Dynamic, allowNull: true, allowUnknown: true, allowDynamic: true);
        functions["chunklist"] = new HclFunction("chunklist", [P("list", HclType.List(HclType.Dynamic)), P("size", HclType.Number)], null,
            a => HclType.List(a[0].Type), (a, _) => Chunklist(a), "Splits a single list into multiple lists where each has at most the given number of elements.");
        functions["coalesce"] = new HclFunction("coalesce", [], anyValue, CoalesceType, Coalesce,
            "Returns the first of the given arguments that isn't null, or raises an error if there are no non-null arguments.");
        functions["coalescelist"] = new HclFunction("coalescelist", [], anyValue, CoalesceListType, CoalesceList,
            "Returns the first of the given sequences that has a length greater than zero.");
        functions["compact"] = HclFunction.Create("compact", [P("list", HclType.List(HclType.String))], HclType.List(HclType.String), Compact,
            description: "Removes all empty string elements from the given list of strings.");
        functions["concat"] = new HclFunction("concat", [], P("seqs", HclType.Dynamic), ConcatType, Concat,
            "Concatenates together all of the given lists or tuples into a single sequence, preserving the input order.");
        functions["contains"] = HclFunction.Create("contains", [P("list", HclType.Dynamic), P("value", HclType.Dynamic, allowNull: true)], HclType.Bool, Contains,
            description: "Returns true if the given value is a value in the given list, tuple, or set, or false otherwise.");
        functions["distinct"] = new HclFunction("distinct", [P("list", HclType.List(HclType.Dynamic))], null, a => a[0].Type, (a, t) => Distinct(a[0], t),
            "Removes any duplicate values from the given list, preserving the order of remaining elements.");
        functions["element"] = new HclFunction("element", [P("list", HclType.Dynamic), P("index", HclType.Number)], null, ElementType, Element,
            "Returns the element with the given index from the given list or tuple, applying the modulo operation to the given index if it's greater than the number of elements.");
        functions["flatten"] = new HclFunction("flatten", [P("list", HclType.Dynamic)], null, FlattenType, Flatten,
            "Transforms a list, set, or tuple value into a tuple by replacing any given elements that are themselves sequences with a flattened tuple of all of the nested elements concatenated together.");
        functions["index"] = new HclFunction("index", [P("collection", HclType.Dynamic), P("key", HclType.Dynamic, allowDynamic: true)], null, IndexType, Index,
            "Returns the element with the given key from the given collection.");
        functions["length"] = new HclFunction("length", [P("collection", HclType.Dynamic, allowUnknown: true, allowDynamic: true)], null, LengthType, Length,
            "Returns the number of elements in the given collection.");
        functions["range"] = HclFunction.Create("range", [], HclType.List(HclType.Number), Range, P("params", HclType.Number),
            "Returns a list of numbers spread evenly over a particular range.");
        functions["slice"] = new HclFunction("slice", [P("list", HclType.Dynamic), P("start_index", HclType.Number), P("end_index", HclType.Number)], null, SliceType, Slice,
            "Extracts a subslice of the given list or tuple value.");
    }

    private static HclValue Chunklist(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        var size = Int(args[1], prefix: "invalid size: ");
        if (size < 0)
        {
            throw new HclFunctionException("the size argument must be positive");
        }

        var elements = list.Elements;
        if (elements.Count == 0)
        {
            return HclValue.ListEmpty(list.Type);
        }

        if (size == 0)
        {
            return HclValue.List([list]);
        }

        var chunks = elements.Chunk((int)Math.Min(size, int.MaxValue)).Select(c => HclValue.List(c)).ToList();
        return HclValue.List(chunks);
    }

    private static HclType CoalesceType(IReadOnlyList<HclValue> args) =>
        HclConvert.UnifyTypesUnsafe([.. args.Select(a => a.Type)]) ?? throw new HclFunctionException("all arguments must have the same type");

    private static HclValue Coalesce(IReadOnlyList<HclValue> args, HclType type)
    {
        foreach (var arg in args)
        {
            if (!arg.IsKnown)
            {
                return HclValue.Unknown(type);
            }

            if (arg.IsNull)
            {
                continue;
            }

            return HclConvert.TryConvert(arg, type, out var converted, out var error) ? converted : throw new HclFunctionException(error);
        }

        throw new HclFunctionException("no non-null arguments");
    }

    private static HclType CoalesceListType(IReadOnlyList<HclValue> args)
    {
        if (args.Count == 0)
        {
            throw new HclFunctionException("at least one argument is required");
        }

        foreach (var arg in args)
        {
            if (!arg.IsKnown)
            {
                return HclType.Dynamic;
            }

            if (arg.Type.Kind is not (HclTypeKind.List or HclTypeKind.Tuple))
            {
                throw new HclFunctionException("coalescelist arguments must be lists or tuples");
            }
        }

        return args.All(a => a.Type.Equals(args[0].Type)) ? args[0].Type : HclType.Dynamic;
    }

    private static HclValue CoalesceList(IReadOnlyList<HclValue> args, HclType type)
    {
        foreach (var arg in args)
        {
            if (!arg.IsKnown)
            {
                return HclValue.Unknown(type);
            }

            if (!arg.IsNull && arg.Length > 0)
            {
                return arg;
            }
        }

        throw new HclFunctionException("no non-null arguments");
    }

    private static HclValue Compact(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        if (!list.IsWhollyKnown)
        {
            return HclValue.Unknown(HclType.List(HclType.String));
        }

        return ListOf(HclType.String, [.. list.Elements.Where(v => !v.IsNull && v.AsString().Length > 0)]);
    }

    private static HclType ConcatType(IReadOnlyList<HclValue> args)
    {
        if (args.Count == 0)
        {
            throw new HclFunctionException("at least one argument is required");
        }

        if (args[0].Type.Kind == HclTypeKind.List && args.All(a => a.Type.Kind == HclTypeKind.List))
        {
            if (HclConvert.UnifyTypesUnsafe([.. args.Select(a => a.Type)]) is { } common)
            {
                return common;
            }
        }

        var elementTypes = new List<HclType>();
        for (var i = 0; i < args.Count; i++)
        {
            var type = args[i].Type;
            switch (type.Kind)
            {
                case HclTypeKind.Tuple:
                    elementTypes.AddRange(type.TupleElementTypes);
                    break;
                case HclTypeKind.List:
                    if (!args[i].IsKnown)
                    {
                        return HclType.Dynamic;
                    }

                    elementTypes.AddRange(Enumerable.Repeat(type.ElementType, args[i].Length));
                    break;
                default:
                    throw new HclFunctionException(i, $"all arguments must be lists or tuples; got {type.FriendlyName}");
            }
        }

        return HclType.Tuple(elementTypes);
    }

    private static HclValue Concat(IReadOnlyList<HclValue> args, HclType type)
    {
        var values = new List<HclValue>();
        if (type.Kind == HclTypeKind.List)
        {
            for (var i = 0; i < args.Count; i++)
            {
                if (!HclConvert.TryConvert(args[i], type, out var list, out var error))
                {
                    throw new HclFunctionException(i, error);
                }

                values.AddRange(list.Elements);
            }

            return ListOf(type.ElementType, values);
        }

        foreach (var arg in args)
        {
            values.AddRange(arg.Elements);
        }

        return HclValue.Tuple(values);
    }

    private static HclValue Contains(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        if (list.Type.Kind is not (HclTypeKind.List or HclTypeKind.Tuple or HclTypeKind.Set))
        {
            throw new HclFunctionException("argument must be list, tuple, or set");
        }

        if (list.Type.Kind == HclTypeKind.Tuple ? list.Length == 0 : list.IsKnown && list.Length == 0)
        {
            return HclValue.False;
        }

        if (!list.IsKnown || !args[1].IsKnown)
        {
            return HclValue.Unknown(HclType.Bool);
        }

        var containsUnknown = false;
        foreach (var element in list.Elements)
        {
            var eq = args[1].EqualTo(element);
            if (!eq.IsKnown)
            {
                containsUnknown = true;
                continue;
            }

            if (eq.AsBool())
            {
                return HclValue.True;
            }
        }

        return containsUnknown ? HclValue.Unknown(HclType.Bool) : HclValue.False;
    }

    private static HclValue Distinct(HclValue list, HclType type)
    {
        if (!list.IsWhollyKnown)
        {
            return HclValue.Unknown(type);
        }

        var result = new List<HclValue>();
        foreach (var element in list.Elements)
        {
            if (!result.Any(r => r.EqualTo(element) is { IsKnown: true, IsNull: false } eq && eq.AsBool()))
            {
                result.Add(element);
            }
        }

        return ListOf(type.ElementType, result);
    }

    private static HclType ElementType(IReadOnlyList<HclValue> args)
    {
        var type = args[0].Type;
        switch (type.Kind)
        {
            case HclTypeKind.List:
                return type.ElementType;
            case HclTypeKind.Tuple:
                if (!args[1].IsKnown)
                {
                    return HclType.Dynamic;
                }

                var types = type.TupleElementTypes;
                var index = Int(args[1], prefix: "invalid index: ");
                if (types.Count == 0)
                {
                    throw new HclFunctionException("cannot use element function with an empty list");
                }

                return types[(int)Wrap(index, types.Count)];
            default:
                throw new HclFunctionException($"cannot read elements from {type.FriendlyName}");
        }
    }

    private static HclValue Element(IReadOnlyList<HclValue> args, HclType type)
    {
        var index = Int(args[1], prefix: "invalid index: ");
        var list = args[0];
        var count = list.Length;
        if (count == 0)
        {
            throw new HclFunctionException("cannot use element function with an empty list");
        }

        return list.Elements[(int)Wrap(index, count)];
    }

    private static long Wrap(long index, int count)
    {
        var i = index % count;
        return i < 0 ? i + count : i;
    }

    private static HclType FlattenType(IReadOnlyList<HclValue> args)
    {
        if (!args[0].IsWhollyKnown)
        {
            return HclType.Dynamic;
        }

        if (args[0].Type.Kind is not (HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple))
        {
            throw new HclFunctionException("can only flatten lists, sets and tuples");
        }

        var flattened = Flattener(args[0], out var known);
        return known ? HclType.Tuple([.. flattened.Select(v => v.Type)]) : HclType.Dynamic;
    }

    private static HclValue Flatten(IReadOnlyList<HclValue> args, HclType type)
    {
        if (args[0].Length == 0)
        {
            return HclValue.EmptyTuple;
        }

        var flattened = Flattener(args[0], out var known);
        return known ? HclValue.Tuple(flattened) : HclValue.Unknown(type);
    }

    private static List<HclValue> Flattener(HclValue list, out bool known)
    {
        known = true;
        var result = new List<HclValue>();
        if (!list.IsKnown)
        {
            known = false;
            return result;
        }

        foreach (var value in list.Elements)
        {
            if (value.Type.IsDynamic && !value.IsKnown)
            {
                known = false;
            }

            if (!value.IsNull && value.Type.Kind is HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple)
            {
                if (!value.IsKnown)
                {
                    known = false;
                    continue;
                }

                result.AddRange(Flattener(value, out var innerKnown));
                known &= innerKnown;
            }
            else
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static HclType IndexType(IReadOnlyList<HclValue> args)
    {
        var type = args[0].Type;
        var key = args[1];
        switch (type.Kind)
        {
            case HclTypeKind.Tuple:
                if (key.Type.Kind != HclTypeKind.Number && !key.Type.IsDynamic)
                {
                    throw new HclFunctionException("key for tuple must be number");
                }

                if (!key.IsKnown)
                {
                    return HclType.Dynamic;
                }

                var index = Int(key, prefix: "invalid key for tuple: ");
                var types = type.TupleElementTypes;
                if (index >= types.Count || index < 0)
                {
                    throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"key must be between 0 and {types.Count} inclusive"));
                }

                return types[(int)index];
            case HclTypeKind.List:
                return key.Type.Kind == HclTypeKind.Number || key.Type.IsDynamic ? type.ElementType : throw new HclFunctionException("key for list must be number");
            case HclTypeKind.Map:
                return key.Type.Kind == HclTypeKind.String || key.Type.IsDynamic ? type.ElementType : throw new HclFunctionException("key for map must be string");
            default:
                throw new HclFunctionException("collection must be a list, a map or a tuple");
        }
    }

    private static HclValue Index(IReadOnlyList<HclValue> args, HclType type)
    {
        var has = args[0].HasIndex(args[1]);
        if (!has.IsKnown)
        {
            return HclValue.Unknown(type);
        }

        if (!has.AsBool())
        {
            throw new HclFunctionException("invalid index");
        }

        return args[0].Index(args[1]);
    }

    private static HclType LengthType(IReadOnlyList<HclValue> args) =>
        args[0].Type.Kind is HclTypeKind.Tuple or HclTypeKind.List or HclTypeKind.Map or HclTypeKind.Set or HclTypeKind.Dynamic
            ? HclType.Number
            : throw new HclFunctionException("collection must be a list, a map or a tuple");

    private static HclValue Length(IReadOnlyList<HclValue> args, HclType type)
    {
        var collection = args[0];
        if (collection.Type.Kind == HclTypeKind.Tuple)
        {
            return HclValue.Number(collection.Length);
        }

        return collection.IsKnown && !collection.Type.IsDynamic ? HclValue.Number(collection.Length) : HclValue.Unknown(HclType.Number);
    }

    private static HclValue Range(IReadOnlyList<HclValue> args)
    {
        HclNumber start, end, step;
        switch (args.Count)
        {
            case 1:
                start = HclNumber.Zero;
                end = args[0].AsNumber();
                step = end < HclNumber.Zero ? -1 : 1;
                break;
            case 2:
                start = args[0].AsNumber();
                end = args[1].AsNumber();
                step = end < start ? -1 : 1;
                break;
            case 3:
                start = args[0].AsNumber();
                end = args[1].AsNumber();
                step = args[2].AsNumber();
                break;
            default:
                throw new HclFunctionException("must have one, two, or three arguments");
        }

        if (step == HclNumber.Zero)
        {
            throw new HclFunctionException(2, "step must not be zero");
        }

        var down = step < HclNumber.Zero;
        if (down && end > start)
        {
            throw new HclFunctionException(1, "end must be less than start when step is negative");
        }

        if (!down && end < start)
        {
            throw new HclFunctionException(1, "end must be greater than start when step is positive");
        }

        var values = new List<HclValue>();
        for (var n = start; down ? n > end : n < end; n += step)
        {
            if (values.Count >= 1024)
            {
                throw new HclFunctionException("more than 1024 values were generated; either decrease the difference between start and end or use a smaller step");
            }

            values.Add(HclValue.Number(n));
        }

        return ListOf(HclType.Number, values);
    }

    private static HclType SliceType(IReadOnlyList<HclValue> args)
    {
        var type = args[0].Type;
        if (type.Kind == HclTypeKind.Set)
        {
            throw new HclFunctionException(0, "cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important");
        }

        if (type.Kind is not (HclTypeKind.List or HclTypeKind.Tuple))
        {
            throw new HclFunctionException(0, "must be a list or tuple value");
        }

        var (start, end, known) = SliceIndexes(args);
        if (type.Kind == HclTypeKind.List)
        {
            return type;
        }

        return known ? HclType.Tuple([.. type.TupleElementTypes.Skip(start).Take(end - start)]) : HclType.Dynamic;
    }

    private static HclValue Slice(IReadOnlyList<HclValue> args, HclType type)
    {
        if (type.IsDynamic)
        {
            return HclValue.DynamicUnknown;
        }

        var (start, end, _) = SliceIndexes(args);
        var items = args[0].Elements.Skip(start).Take(end - start).ToList();
        return type.Kind == HclTypeKind.Tuple ? HclValue.Tuple(items) : ListOf(type.ElementType, items);
    }

    private static (int Start, int End, bool Known) SliceIndexes(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        int? length = list.Type.Kind == HclTypeKind.Tuple || list.IsKnown ? list.Length : null;
        long start = 0, end = 0;
        if (args[1].IsKnown)
        {
            start = Int(args[1], 1, "invalid start index: ");
            if (start < 0)
            {
                throw new HclFunctionException(1, "start index must not be less than zero");
            }

            if (start > length)
            {
                throw new HclFunctionException(1, "start index must not be greater than the length of the list");
            }
        }

        if (args[2].IsKnown)
        {
            end = Int(args[2], 2, "invalid end index: ");
            if (end < 0)
            {
                throw new HclFunctionException(2, "end index must not be less than zero");
            }

            if (end > length)
            {
                throw new HclFunctionException(2, "end index must not be greater than the length of the list");
            }
        }

        if (args[1].IsKnown && args[2].IsKnown && start > end)
        {
            throw new HclFunctionException(1, "start index must not be greater than end index");
        }

        return ((int)start, (int)end, args[1].IsKnown && args[2].IsKnown);
    }
}
