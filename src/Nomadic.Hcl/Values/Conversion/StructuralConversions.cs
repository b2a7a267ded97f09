namespace Nomadic.Hcl.Values.Conversion;

/// <summary>Conversions involving tuples and objects (cty's <c>conversion_object.go</c>, <c>conversion_tuple.go</c> and the structural parts of <c>conversion_collection.go</c>).</summary>
internal static class StructuralConversions
{
    /// <summary>Converts an object to an object type with a subset of its attributes (plus optional ones).</summary>
    /// <param name="input">The source type.</param>
    /// <param name="output">The target type.</param>
    /// <param name="unsafeMode">Whether unsafe conversions may be used for attributes.</param>
    /// <returns>The conversion, or null.</returns>
    public static Conversion? ObjectToObject(HclType input, HclType output, bool unsafeMode)
    {
        var inAtys = input.AttributeTypes;
        var outAtys = output.AttributeTypes;
        var optional = output.OptionalAttributes;
        var attributeConversions = new Dictionary<string, Conversion?>(StringComparer.Ordinal);
        foreach (var (name, outAty) in outAtys)
        {
            if (!inAtys.TryGetValue(name, out var inAty))
            {
                if (optional.Contains(name))
                {
                    continue;
                }

                return null;
            }

            if (inAty.Equals(outAty))
            {
                attributeConversions[name] = null;
                continue;
            }

            var conversion = Conversions.Get(inAty, outAty, unsafeMode);
            if (conversion is null)
            {
                return null;
            }

            attributeConversions[name] = conversion;
        }

        return (value, path) =>
        {
            var result = new List<KeyValuePair<string, HclValue>>(outAtys.Count);
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, attribute) in value.Attributes)
            {
                if (!attributeConversions.TryGetValue(name, out var conversion))
                {
                    continue;
                }

                var converted = attribute;
                if (conversion is not null)
                {
                    path.PushAttribute(name);
                    converted = conversion(attribute, path);
                    path.Pop();
                }

                if (converted.IsNull && converted.IsKnown)
                {
                    converted = HclValue.Null(converted.Type.WithoutOptionalAttributesDeep());
                }

                result.Add(new(name, converted));
                present.Add(name);
            }

            foreach (var name in optional)
            {
                if (!present.Contains(name))
                {
                    result.Add(new(name, HclValue.Null(outAtys[name].WithoutOptionalAttributesDeep())));
                }
            }

            return HclValue.Object(result);
        };
    }

    /// <summary>Converts a tuple to a tuple type of the same length, element by element.</summary>
    /// <param name="input">The source type.</param>
    /// <param name="output">The target type.</param>
    /// <param name="unsafeMode">Whether unsafe conversions may be used for elements.</param>
    /// <returns>The conversion, or null.</returns>
    public static Conversion? TupleToTuple(HclType input, HclType output, bool unsafeMode)
    {
        var inEtys = input.TupleElementTypes;
        var outEtys = output.TupleElementTypes;
        if (inEtys.Count != outEtys.Count)
        {
            return null;
        }

        var conversions = new Conversion?[inEtys.Count];
        for (var i = 0; i < conversions.Length; i++)
        {
            if (inEtys[i].Equals(outEtys[i]))
            {
                continue;
            }

            conversions[i] = Conversions.Get(inEtys[i], outEtys[i], unsafeMode);
            if (conversions[i] is null)
            {
                return null;
            }
        }

        return (value, path) => HclValue.Tuple(ConvertEach(value.Elements, conversions, path, normalizeNulls: false));
    }

    /// <summary>Converts a tuple to a list, unifying the element types when the target element type is dynamic.</summary>
    /// <param name="tupleType">The source type.</param>
    /// <param name="listEty">The target element type.</param>
    /// <param name="unsafeMode">Whether unsafe conversions may be used.</param>
    /// <returns>The conversion, or null.</returns>
    public static Conversion? TupleToList(HclType tupleType, HclType listEty, bool unsafeMode)
    {
        var etys = tupleType.TupleElementTypes;
        if (etys.Count == 0)
        {
            var empty = HclValue.ListEmpty(listEty.WithoutOptionalAttributesDeep());
            return (_, _) => empty;
        }

        var conversions = ElementConversions(etys, ref listEty, unsafeMode);
        if (conversions is null)
        {
            return null;
        }

        return (value, path) =>
        {
            var elements = ConvertEach(value.Elements, conversions, path, normalizeNulls: false);
            elements = CollectionConversions.UnifyListElements(elements, path, unsafeMode);
            if (!CollectionConversions.AllSameType(elements))
            {
                throw path.Fail("element types must all match for conversion to list");
            }

            return HclValue.List(elements);
        };
    }

    /// <summary>Converts a tuple to a set, unifying the element types when the target element type is dynamic.</summary>
    /// <param name="tupleType">The source type.</param>
    /// <param name="setEty">The target element type.</param>
    /// <param name="unsafeMode">Whether unsafe conversions may be used.</param>
    /// <returns>The conversion, or null.</returns>
    public static Conversion? TupleToSet(HclType tupleType, HclType setEty, bool unsafeMode)
    {
        var etys = tupleType.TupleElementTypes;
        if (etys.Count == 0)
        {
            var empty = HclValue.SetEmpty(setEty.WithoutOptionalAttributesDeep());
            return (_, _) => empty;
        }

        var conversions = ElementConversions(etys, ref setEty, unsafeMode);
        if (conversions is null)
        {
            return null;
        }

        return (value, path) =>
        {
            var elements = ConvertEach(value.Elements, conversions, path, normalizeNulls: true);
            if (!CollectionConversions.AllSameType(elements))
            {
                throw path.Fail("element types must all match for conversion to set");
            }

            return HclValue.Set(elements);
        };
    }

    /// <summary>Converts an object to a map, unifying the attribute types when the target element type is dynamic.</summary>
    /// <param name="objectType">The source type.</param>
    /// <param name="mapEty">The target element type.</param>
    /// <param name="unsafeMode">Whether unsafe conversions may be used.</param>
    /// <returns>The conversion, or null.</returns>
    public static Conversion? ObjectToMap(HclType objectType, HclType mapEty, bool unsafeMode)
    {
        var atys = objectType.AttributeTypes;
        if (atys.Count == 0)
        {
            var empty = HclValue.MapEmpty(mapEty.WithoutOptionalAttributesDeep());
            return (_, _) => empty;
        }

        if (mapEty.IsDynamic)
        {
            var unified = Unification.Unify([.. atys.Values], unsafeMode).Type;
            if (unified is null)
            {
                return null;
            }

            mapEty = unified;
        }

        var conversions = new Dictionary<string, Conversion>(StringComparer.Ordinal);
        foreach (var (name, aty) in atys)
        {
            if (aty.Equals(mapEty))
            {
                continue;
            }

            var conversion = Conversions.Get(aty, mapEty, unsafeMode);
            if (conversion is null)
            {
                return null;
            }

            conversions[name] = conversion;
        }

        var elementType = mapEty;
        return (value, path) =>
        {
            var elements = new List<KeyValuePair<string, HclValue>>(atys.Count);
            foreach (var (name, attribute) in value.Attributes)
            {
                var converted = attribute;
                if (conversions.TryGetValue(name, out var conversion))
                {
                    path.PushKey(name);
                    converted = conversion(attribute, path);
                    path.Pop();
                }

                elements.Add(new(name, converted));
            }

            if (elementType.IsCollection || elementType.Kind == HclTypeKind.Object)
            {
                elements = CollectionConversions.UnifyMapElements(elements, path, unsafeMode);
            }

            if (!CollectionConversions.AllSameType(elements))
            {
                throw path.Fail("attribute types must all match for conversion to map");
            }

            return HclValue.Map(elements);
        };
    }

    /// <summary>Converts a map to an object type: keys must cover the required attributes; extra keys are dropped.</summary>
    /// <param name="mapType">The source type.</param>
    /// <param name="objectType">The target type.</param>
    /// <param name="unsafeMode">Whether unsafe conversions may be used.</param>
    /// <returns>The conversion, or null.</returns>
    public static Conversion? MapToObject(HclType mapType, HclType objectType, bool unsafeMode)
    {
        var atys = objectType.AttributeTypes;
        var mapEty = mapType.ElementType;
        var conversions = new Dictionary<string, Conversion?>(StringComparer.Ordinal);
        foreach (var (name, aty) in atys)
        {
            if (aty.Equals(mapEty))
            {
                continue;
            }

            var conversion = Conversions.Get(mapEty, aty, unsafeMode);
            if (conversion is null)
            {
                if (objectType.IsOptionalAttribute(name) && unsafeMode)
                {
                    // Possible only as long as the map does not have this key.
                    conversions[name] = null;
                    continue;
                }

                return null;
            }

            conversions[name] = conversion;
        }

        return (value, path) =>
        {
            var elements = new Dictionary<string, HclValue>(StringComparer.Ordinal);
            foreach (var (key, element) in value.Attributes)
            {
                if (!atys.ContainsKey(key))
                {
                    continue;
                }

                var converted = element;
                path.PushKey(key);
                if (conversions.TryGetValue(key, out var conversion))
                {
                    converted = conversion is not null
                        ? conversion(element, path)
                        : throw path.Fail($"map element type is incompatible with attribute \"{key}\": {MismatchMessages.For(element.Type, atys[key])}");
                }

                path.Pop();
                if (converted.IsNull && converted.IsKnown)
                {
                    converted = HclValue.Null(converted.Type.WithoutOptionalAttributesDeep());
                }

                elements[key] = converted;
            }

            foreach (var (name, aty) in atys)
            {
                if (elements.ContainsKey(name))
                {
                    continue;
                }

                elements[name] = objectType.IsOptionalAttribute(name)
                    ? HclValue.Null(aty)
                    : throw path.Fail($"map has no element for required attribute \"{name}\"");
            }

            return HclValue.Object(elements);
        };
    }

    private static Conversion?[]? ElementConversions(IReadOnlyList<HclType> etys, ref HclType targetEty, bool unsafeMode)
    {
        if (targetEty.IsDynamic)
        {
            var unified = Unification.Unify(etys, unsafeMode).Type;
            if (unified is null)
            {
                return null;
            }

            if (unified.IsDynamic)
            {
                foreach (var ety in etys)
                {
                    if (!ety.IsDynamic)
                    {
                        return null;
                    }
                }
            }

            targetEty = unified;
        }

        var conversions = new Conversion?[etys.Count];
        for (var i = 0; i < conversions.Length; i++)
        {
            if (etys[i].Equals(targetEty))
            {
                continue;
            }

            conversions[i] = Conversions.Get(etys[i], targetEty, unsafeMode);
            if (conversions[i] is null)
            {
                return null;
            }
        }

        return conversions;
    }

    private static HclValue[] ConvertEach(IReadOnlyList<HclValue> items, Conversion?[] conversions, ConversionPath path, bool normalizeNulls)
    {
        var result = new HclValue[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var item = items[i];
            if (conversions[i] is { } conversion)
            {
                path.PushIndex(i);
                item = conversion(item, path);
                path.Pop();
            }

            if (normalizeNulls && item.IsNull && item.IsKnown)
            {
                item = HclValue.Null(item.Type.WithoutOptionalAttributesDeep());
            }

            result[i] = item;
        }

        return result;
    }
}
