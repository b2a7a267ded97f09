namespace Nomadic.Hcl.Values.Conversion;

/// <summary>cty's <c>convert.Unify</c>: the most general type that all given types convert to.</summary>
internal static class Unification
{
    private static readonly Conversion ToDynamicUnknown = (_, _) => HclValue.DynamicUnknown;

    /// <summary>Unifies types.</summary>
    /// <param name="types">The types.</param>
    /// <param name="unsafeMode">Whether unsafe conversions may be used.</param>
    /// <returns>The unified type and, per input, the conversion to it (null when none is needed); a null type when impossible.</returns>
    public static (HclType? Type, Conversion?[]? Conversions) Unify(IReadOnlyList<HclType> types, bool unsafeMode)
    {
        if (types.Count == 0)
        {
            return (null, null);
        }

        int mapCt = 0, listCt = 0, setCt = 0, objectCt = 0, tupleCt = 0, dynamicCt = 0;
        foreach (var type in types)
        {
            switch (type.Kind)
            {
                case HclTypeKind.Map:
                    mapCt++;
                    break;
                case HclTypeKind.List:
                    listCt++;
                    break;
                case HclTypeKind.Set:
                    setCt++;
                    break;
                case HclTypeKind.Object:
                    objectCt++;
                    break;
                case HclTypeKind.Tuple:
                    tupleCt++;
                    break;
                case HclTypeKind.Dynamic:
                    dynamicCt++;
                    break;
                default:
                    break;
            }
        }

        var n = types.Count;
        var hasDynamic = dynamicCt > 0;
        if (mapCt > 0 && mapCt + dynamicCt == n)
        {
            return UnifyCollections(HclType.Map, types, unsafeMode, hasDynamic);
        }

        if (mapCt > 0 && mapCt + objectCt + dynamicCt == n)
        {
            var asMaps = UnifyStructuralAs(types, HclTypeKind.Object, HclTypeKind.Map, unsafeMode);
            if (asMaps.Type is not null)
            {
                return asMaps;
            }
        }
        else if (listCt > 0 && listCt + dynamicCt == n)
        {
            return UnifyCollections(HclType.List, types, unsafeMode, hasDynamic);
        }
        else if (listCt > 0 && listCt + tupleCt + dynamicCt == n)
        {
            var asLists = UnifyStructuralAs(types, HclTypeKind.Tuple, HclTypeKind.List, unsafeMode);
            if (asLists.Type is not null)
            {
                return asLists;
            }
        }
        else if (setCt > 0 && setCt + dynamicCt == n)
        {
            return UnifyCollections(HclType.Set, types, unsafeMode, hasDynamic);
        }
        else if (objectCt > 0 && objectCt + dynamicCt == n)
        {
            return UnifyObjects(types, unsafeMode, hasDynamic);
        }
        else if (tupleCt > 0 && tupleCt + dynamicCt == n)
        {
            return UnifyTuples(types, unsafeMode, hasDynamic);
        }
        else if (objectCt > 0 && tupleCt > 0)
        {
            return (null, null);
        }

        return UnifyByPreference(types, unsafeMode);
    }

    private static (HclType? Type, Conversion?[]? Conversions) UnifyByPreference(IReadOnlyList<HclType> types, bool unsafeMode)
    {
        var conversions = new Conversion?[types.Count];
        foreach (var wantIndex in TypePreference.Sort(types))
        {
            var want = types[wantIndex];
            var ok = true;
            for (var i = 0; i < types.Count; i++)
            {
                conversions[i] = null;
                if (i == wantIndex || types[i].Equals(want))
                {
                    continue;
                }

                conversions[i] = Conversions.Get(types[i], want, unsafeMode);
                if (conversions[i] is null)
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                return (want, conversions);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// cty's <c>unifyTuplesAsList</c>/<c>unifyObjectsAsMaps</c>: unifies the structural types among <paramref name="types"/>
    /// as a collection first, then unifies everything with that collection type.
    /// </summary>
    private static (HclType? Type, Conversion?[]? Conversions) UnifyStructuralAs(IReadOnlyList<HclType> types, HclTypeKind structural, HclTypeKind collection, bool unsafeMode)
    {
        var structuralTypes = new List<HclType>();
        var indexes = new List<int>();
        for (var i = 0; i < types.Count; i++)
        {
            if (types[i].Kind == structural)
            {
                structuralTypes.Add(types[i]);
                indexes.Add(i);
            }
        }

        var (collectionType, structuralConversions) = structural == HclTypeKind.Tuple
            ? UnifyTuplesToList(structuralTypes, unsafeMode)
            : UnifyObjectsToMap(structuralTypes, unsafeMode);
        if (collectionType is null || collectionType.Kind != collection)
        {
            return (null, null);
        }

        var replaced = types.ToArray();
        foreach (var index in indexes)
        {
            replaced[index] = collectionType;
        }

        var (unified, conversions) = Unify(replaced, unsafeMode);
        if (unified is null || unified.Kind != collection)
        {
            return (null, null);
        }

        for (var k = 0; k < indexes.Count; k++)
        {
            var index = indexes[k];
            var outer = conversions![index];
            var inner = structuralConversions![k];
            if (outer is null)
            {
                conversions[index] = inner;
            }
            else if (inner is not null)
            {
                conversions[index] = (value, path) => outer(inner(value, path), path);
            }
        }

        return (unified, conversions);
    }

    private static (HclType? Type, Conversion?[]? Conversions) UnifyCollections(Func<HclType, HclType> make, IReadOnlyList<HclType> types, bool unsafeMode, bool hasDynamic)
    {
        if (hasDynamic)
        {
            return AllAsDynamic(types.Count);
        }

        var elementTypes = types.Select(t => t.ElementType).ToArray();
        var element = Unify(elementTypes, unsafeMode).Type;
        return element is null ? (null, null) : ConversionsTo(make(element), types, unsafeMode, fallback: null);
    }

    private static (HclType? Type, Conversion?[]? Conversions) UnifyObjects(IReadOnlyList<HclType> types, bool unsafeMode, bool hasDynamic)
    {
        if (hasDynamic)
        {
            return AllAsDynamic(types.Count);
        }

        var first = types[0].AttributeTypes;
        for (var i = 1; i < types.Count; i++)
        {
            var these = types[i].AttributeTypes;
            if (these.Count != first.Count || these.Keys.Any(k => !first.ContainsKey(k)))
            {
                return UnifyObjectsToMap(types, unsafeMode);
            }
        }

        var attributes = new Dictionary<string, HclType>(StringComparer.Ordinal);
        var across = new HclType[types.Count];
        foreach (var name in first.Keys)
        {
            for (var i = 0; i < types.Count; i++)
            {
                across[i] = types[i].AttributeTypes[name];
            }

            var unified = Unify(across, unsafeMode).Type;
            if (unified is null)
            {
                return (null, null);
            }

            attributes[name] = unified;
        }

        return ConversionsTo(HclType.Object(attributes), types, unsafeMode, () => UnifyObjectsToMap(types, unsafeMode));
    }

    private static (HclType? Type, Conversion?[]? Conversions) UnifyObjectsToMap(IReadOnlyList<HclType> types, bool unsafeMode)
    {
        var attributeTypes = types.SelectMany(t => t.AttributeTypes.Values).ToArray();
        var element = Unify(attributeTypes, unsafeMode).Type;
        return element is null ? (null, null) : ConversionsTo(HclType.Map(element), types, unsafeMode, fallback: null);
    }

    private static (HclType? Type, Conversion?[]? Conversions) UnifyTuples(IReadOnlyList<HclType> types, bool unsafeMode, bool hasDynamic)
    {
        if (hasDynamic)
        {
            return AllAsDynamic(types.Count);
        }

        var first = types[0].TupleElementTypes;
        for (var i = 1; i < types.Count; i++)
        {
            if (types[i].TupleElementTypes.Count != first.Count)
            {
                return UnifyTuplesToList(types, unsafeMode);
            }
        }

        var elements = new HclType[first.Count];
        var across = new HclType[types.Count];
        for (var e = 0; e < elements.Length; e++)
        {
            for (var i = 0; i < types.Count; i++)
            {
                across[i] = types[i].TupleElementTypes[e];
            }

            var unified = Unify(across, unsafeMode).Type;
            if (unified is null)
            {
                return (null, null);
            }

            elements[e] = unified;
        }

        return ConversionsTo(HclType.Tuple(elements), types, unsafeMode, () => UnifyTuplesToList(types, unsafeMode));
    }

    private static (HclType? Type, Conversion?[]? Conversions) UnifyTuplesToList(IReadOnlyList<HclType> types, bool unsafeMode)
    {
        var elementTypes = types.SelectMany(t => t.TupleElementTypes).ToArray();
        var element = Unify(elementTypes, unsafeMode).Type;
        return element is null ? (null, null) : ConversionsTo(HclType.List(element), types, unsafeMode, fallback: null);
    }

    private static (HclType? Type, Conversion?[]? Conversions) ConversionsTo(HclType target, IReadOnlyList<HclType> types, bool unsafeMode, Func<(HclType?, Conversion?[]?)>? fallback)
    {
        var conversions = new Conversion?[types.Count];
        for (var i = 0; i < types.Count; i++)
        {
            if (types[i].Equals(target))
            {
                continue;
            }

            conversions[i] = Conversions.Get(types[i], target, unsafeMode);
            if (conversions[i] is null)
            {
                return fallback is null ? (null, null) : fallback();
            }
        }

        return (target, conversions);
    }

    private static (HclType? Type, Conversion?[]? Conversions) AllAsDynamic(int count)
    {
        var conversions = new Conversion?[count];
        Array.Fill(conversions, ToDynamicUnknown);
        return (HclType.Dynamic, conversions);
    }
}
