using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The set functions of cty's stdlib: setintersection, setunion, setproduct, and (as an extension) setsubtract.</summary>
internal static class SetFunctions
{
    /// <summary>A bound on setproduct's result, so that a few small lists cannot exhaust memory or time.</summary>
    private const long MaxProduct = 1_000_000;

    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    /// <param name="includeExtensions">Whether to add setsubtract, which Nomad does not register.</param>
    public static void Register(IDictionary<string, HclFunction> functions, bool includeExtensions)
    {
        var set = HclType.Set(HclType.Dynamic);
        functions["setunion"] = new HclFunction("setunion", [P("first_set", set, allowDynamic: true)], P("other_sets", set, allowDynamic: true),
            OperationType, (a, t) => Operate(a, t, (x, y) => [.. x, .. y], allowUnknowns: true),
            "Returns the union of all given sets.");
        functions["setintersection"] = new HclFunction("setintersection", [P("first_set", set, allowDynamic: true)], P("other_sets", set, allowDynamic: true),
            OperationType, (a, t) => Operate(a, t, (x, y) => [.. x.Where(v => y.Any(v.RawEquals))], allowUnknowns: false),
            "Returns the intersection of all given sets.");
        functions["setproduct"] = new HclFunction("setproduct", [], P("sets", HclType.Dynamic, allowUnknown: true), ProductType, Product,
            "Calculates the cartesian product of two or more sets.");
        if (includeExtensions)
        {
            functions["setsubtract"] = new HclFunction("setsubtract", [P("a", set, allowDynamic: true), P("b", set, allowDynamic: true)], null,
                OperationType, (a, t) => Operate(a, t, (x, y) => [.. x.Where(v => !y.Any(v.RawEquals))], allowUnknowns: false),
                "Returns the relative complement of the two given sets.");
        }
    }

    private static HclType OperationType(IReadOnlyList<HclValue> args)
    {
        var types = new List<HclType>();
        foreach (var arg in args)
        {
            var elementType = arg.Type.IsDynamic ? HclType.Dynamic : arg.Type.ElementType;
            if (arg.IsKnown && !arg.Type.IsDynamic && arg.Length == 0 && elementType.IsDynamic)
            {
                continue;
            }

            types.Add(elementType);
        }

        if (types.Count == 0)
        {
            return HclType.Set(HclType.Dynamic);
        }

        var unified = HclConvert.UnifyTypesUnsafe(types) ?? throw new HclFunctionException("given sets must all have compatible element types");
        return HclType.Set(unified);
    }

    private static HclValue Operate(IReadOnlyList<HclValue> args, HclType type, Func<List<HclValue>, List<HclValue>, List<HclValue>> operation, bool allowUnknowns)
    {
        List<HclValue>? result = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (!HclConvert.TryConvert(args[i], type, out var converted, out var error))
            {
                throw new HclFunctionException(i, error);
            }

            if (!allowUnknowns && !converted.IsWhollyKnown)
            {
                return HclValue.Unknown(type);
            }

            var elements = converted.Elements.ToList();
            result = result is null ? elements : operation(result, elements);
        }

        return SetOf(type.ElementType, result!);
    }

    private static HclType ProductType(IReadOnlyList<HclValue> args)
    {
        if (args.Count < 2)
        {
            throw new HclFunctionException("at least two arguments are required");
        }

        var listCount = 0;
        var elementTypes = new HclType[args.Count];
        for (var i = 0; i < args.Count; i++)
        {
            var type = args[i].Type;
            switch (type.Kind)
            {
                case HclTypeKind.Set:
                    elementTypes[i] = type.ElementType;
                    break;
                case HclTypeKind.List:
                    elementTypes[i] = type.ElementType;
                    listCount++;
                    break;
                case HclTypeKind.Tuple:
                    listCount++;
                    if (type.TupleElementTypes.Count == 0)
                    {
                        elementTypes[i] = HclType.Dynamic;
                        break;
                    }

                    elementTypes[i] = HclConvert.UnifyTypesUnsafe(type.TupleElementTypes) ?? throw new HclFunctionException(i, "all elements must be of the same type");
                    break;
                default:
                    throw new HclFunctionException(i, "a set or a list is required");
            }
        }

        var tuple = HclType.Tuple(elementTypes);
        return listCount == args.Count ? HclType.List(tuple) : HclType.Set(tuple);
    }

    private static HclValue Product(IReadOnlyList<HclValue> args, HclType type)
    {
        if (args.Any(a => !a.IsKnown))
        {
            return HclValue.Unknown(type);
        }

        var elementType = type.ElementType;
        var subTypes = elementType.TupleElementTypes;
        var lists = args.Select(a => a.Elements).ToArray();
        var total = lists.Aggregate(1L, (count, list) => Math.Min(count * list.Count, MaxProduct + 1));
        if (total > MaxProduct)
        {
            throw new HclFunctionException($"the product would have more than {MaxProduct} elements");
        }

        var products = new List<HclValue>();
        if (lists.All(l => l.Count > 0))
        {
            var n = new int[lists.Length];
            while (true)
            {
                var tuple = new HclValue[lists.Length];
                for (var j = 0; j < lists.Length; j++)
                {
                    var value = lists[j][n[j]];
                    tuple[j] = value.Type.Equals(subTypes[j]) ? value : HclConvert.Convert(value, subTypes[j]);
                }

                products.Add(HclValue.Tuple(tuple));
                var k = lists.Length - 1;
                while (k >= 0)
                {
                    n[k]++;
                    if (n[k] < lists[k].Count)
                    {
                        break;
                    }

                    n[k] = 0;
                    k--;
                }

                if (k < 0)
                {
                    break;
                }
            }
        }

        return type.Kind == HclTypeKind.List ? ListOf(elementType, products) : SetOf(elementType, products);
    }
}
