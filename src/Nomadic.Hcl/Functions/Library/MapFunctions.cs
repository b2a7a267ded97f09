using Nomadic.Hcl.Internal;
using System.Globalization;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The map and object functions of cty's stdlib: keys, values, lookup, merge, zipmap.</summary>
internal static class MapFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        functions["keys"] = new HclFunction("keys", [P("inputMap", HclType.Dynamic, allowUnknown: true)], null, KeysType, Keys,
            "Returns a list of the keys of the given map in lexicographical order.");
        functions["values"] = new HclFunction("values", [P("mapping", HclType.Dynamic)], null, ValuesType, Values,
            "Returns the values of elements of a given map, or the values of attributes of a given object, in lexicographic order by key or attribute name.");
        functions["lookup"] = new HclFunction("lookup", [P("inputMap", HclType.Dynamic), P("key", HclType.String), P("default", HclType.Dynamic)], null, LookupType, Lookup,
            "Returns the value of the element with the given key from the given map, or returns the default value if there is no such element.");
        functions["merge"] = new HclFunction("merge", [], P("maps", HclType.Dynamic, allowNull: true, allowDynamic: true), MergeType, Merge,
            "Merges all of the elements from the given maps into a single map, or the attributes from given objects into a single object.");
        functions["zipmap"] = new HclFunction("zipmap", [P("keys", HclType.List(HclType.String)), P("values", HclType.Dynamic)], null, ZipmapType, Zipmap,
            "Constructs a map from a list of keys and a corresponding list of values, which must both be of the same length.");
    }

    private static HclType KeysType(IReadOnlyList<HclValue> args)
    {
        var type = args[0].Type;
        return type.Kind switch
        {
            HclTypeKind.Map => HclType.List(HclType.String),
            HclTypeKind.Object => HclType.Tuple([.. Enumerable.Repeat(HclType.String, type.AttributeTypes.Count)]),
            _ => throw new HclFunctionException(0, "must have map or object type"),
        };
    }

    private static HclValue Keys(IReadOnlyList<HclValue> args, HclType type)
    {
        var map = args[0];
        if (map.Type.Kind == HclTypeKind.Object)
        {
            return HclValue.Tuple(map.Type.AttributeTypes.Keys.Select(HclValue.String));
        }

        if (!map.IsKnown)
        {
            return HclValue.Unknown(type);
        }

        return ListOf(HclType.String, [.. map.Attributes.Keys.Select(HclValue.String)]);
    }

    private static HclType ValuesType(IReadOnlyList<HclValue> args)
    {
        var type = args[0].Type;
        return type.Kind switch
        {
            HclTypeKind.Map => HclType.List(type.ElementType),
            HclTypeKind.Object => HclType.Tuple([.. type.AttributeTypes.Values]),
            _ => throw new HclFunctionException("values() requires a map as the first argument"),
        };
    }

    private static HclValue Values(IReadOnlyList<HclValue> args, HclType type)
    {
        var values = args[0].Attributes.Values.ToList();
        return type.Kind == HclTypeKind.Tuple ? HclValue.Tuple(values) : ListOf(type.ElementType, values);
    }

    private static HclType LookupType(IReadOnlyList<HclValue> args)
    {
        var type = args[0].Type;
        switch (type.Kind)
        {
            case HclTypeKind.Object:
                if (!args[1].IsKnown)
                {
                    return HclType.Dynamic;
                }

                var key = args[1].AsString();
                if (type.AttributeTypes.TryGetValue(key, out var attributeType))
                {
                    return attributeType;
                }

                return args[2].Type;
            case HclTypeKind.Map:
                if (!HclConvert.TryConvert(args[2], type.ElementType, out _, out _))
                {
                    throw new HclFunctionException(2, "the default value must have the same type as the map elements");
                }

                return type.ElementType;
            default:
                throw new HclFunctionException(0, "lookup() requires a map as the first argument");
        }
    }

    private static HclValue Lookup(IReadOnlyList<HclValue> args, HclType type)
    {
        var map = args[0];
        var key = args[1].AsString();
        if (!map.IsWhollyKnown)
        {
            return HclValue.Unknown(type);
        }

        if (map.Type.Kind == HclTypeKind.Object)
        {
            if (map.Type.HasAttribute(key))
            {
                return map.GetAttribute(key);
            }
        }
        else if (map.Attributes.TryGetValue(key, out var element))
        {
            return element;
        }

        return HclConvert.TryConvert(args[2], type, out var converted, out var error) ? converted : throw new HclFunctionException(error);
    }

    private static HclType MergeType(IReadOnlyList<HclValue> args)
    {
        if (args.Count == 0)
        {
            return HclType.EmptyObject;
        }

        var attributes = new Dictionary<string, HclType>(StringComparer.Ordinal);
        HclType? first = null;
        var matching = true;
        var attributesKnown = true;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var type = arg.Type;
            if (type.IsDynamic)
            {
                return HclType.Dynamic;
            }

            if (type.Kind is not (HclTypeKind.Map or HclTypeKind.Object))
            {
                throw new HclFunctionException($"arguments must be maps or objects, got {GoText.Quote(type.FriendlyName)}");
            }

            if (type.Kind == HclTypeKind.Object)
            {
                if (arg.IsNull)
                {
                    type = HclType.EmptyObject;
                }

                foreach (var (name, attributeType) in type.AttributeTypes)
                {
                    attributes[name] = attributeType;
                }
            }
            else if (!arg.IsNull)
            {
                if (arg.IsKnown)
                {
                    foreach (var name in arg.Attributes.Keys)
                    {
                        attributes[name] = type.ElementType;
                    }
                }
                else
                {
                    attributesKnown = false;
                }
            }

            if (i == 0)
            {
                first = type;
            }
            else if (matching && !type.Equals(first))
            {
                matching = false;
            }
        }

        if (matching)
        {
            return first!;
        }

        return attributesKnown ? HclType.Object(attributes) : HclType.Dynamic;
    }

    private static HclValue Merge(IReadOnlyList<HclValue> args, HclType type)
    {
        var output = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            if (arg.IsNull)
            {
                continue;
            }

            foreach (var (key, value) in arg.Attributes)
            {
                output[key] = value;
            }
        }

        if (type.Kind == HclTypeKind.Map)
        {
            return MapOf(type.ElementType, output);
        }

        return HclValue.Object(output);
    }

    private static HclType ZipmapType(IReadOnlyList<HclValue> args)
    {
        var keys = args[0];
        var valuesType = args[1].Type;
        switch (valuesType.Kind)
        {
            case HclTypeKind.List:
                return HclType.Map(valuesType.ElementType);
            case HclTypeKind.Tuple:
                if (!keys.IsWhollyKnown)
                {
                    return HclType.Dynamic;
                }

                var keyValues = keys.Elements;
                var valueTypes = valuesType.TupleElementTypes;
                if (keyValues.Count != valueTypes.Count)
                {
                    throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"number of keys ({keyValues.Count}) does not match number of values ({valueTypes.Count})"));
                }

                var attributes = new Dictionary<string, HclType>(StringComparer.Ordinal);
                for (var i = 0; i < keyValues.Count; i++)
                {
                    if (keyValues[i].IsNull)
                    {
                        throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"keys list has null value at index {i}"));
                    }

                    attributes[keyValues[i].AsString()] = valueTypes[i];
                }

                return HclType.Object(attributes);
            default:
                throw new HclFunctionException("values argument must be a list or tuple value");
        }
    }

    private static HclValue Zipmap(IReadOnlyList<HclValue> args, HclType type)
    {
        var keys = args[0];
        var values = args[1];
        if (!keys.IsWhollyKnown)
        {
            return HclValue.Unknown(type);
        }

        if (keys.Length != values.Length)
        {
            throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"number of keys ({keys.Length}) does not match number of values ({values.Length})"));
        }

        var output = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            output[keys.Elements[i].AsString()] = values.Elements[i];
        }

        if (type.Kind == HclTypeKind.Map)
        {
            return MapOf(type.ElementType, output);
        }

        if (type.Kind == HclTypeKind.Object)
        {
            return HclValue.Object(output);
        }

        throw new HclFunctionException($"internally selected incorrect result type {type.FriendlyName} (this is a bug)");
    }
}
