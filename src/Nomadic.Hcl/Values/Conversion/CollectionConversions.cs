namespace Nomadic.Hcl.Values.Conversion;

/// <summary>Conversions from collections (cty's <c>conversionCollectionToList</c>, <c>…ToSet</c> and <c>…ToMap</c>).</summary>
internal static class CollectionConversions
{
    /// <summary>Converts a list or set to a list of <paramref name="ety"/>.</summary>
    /// <param name="ety">The target element type.</param>
    /// <param name="inEty">The source element type.</param>
    /// <param name="element">The element conversion, or null when the element types are equal.</param>
    /// <returns>The conversion.</returns>
    public static Conversion ToList(HclType ety, HclType inEty, Conversion? element) => (value, path) =>
    {
        var items = value.Elements;
        if (value.Type.Kind == HclTypeKind.Set && items.Count > 1 && !value.IsWhollyKnown)
        {
            // The set's length is not known (unknown elements may coalesce), so the list's is not either.
            return HclValue.Unknown(HclType.List(Conversions.DynamicReplace(inEty, ety.WithoutOptionalAttributesDeep())));
        }

        var result = ConvertElements(items, element, path, normalizeNulls: true);
        if (result.Length == 0)
        {
            return HclValue.ListEmpty(ety.IsDynamic ? value.Type.ElementType : ety.WithoutOptionalAttributesDeep());
        }

        if (!AllSameType(result))
        {
            throw path.Fail("element types must all match for conversion to list");
        }

        return HclValue.List(result);
    };

    /// <summary>Converts a list or set to a set of <paramref name="ety"/>.</summary>
    /// <param name="ety">The target element type.</param>
    /// <param name="element">The element conversion, or null when the element types are equal.</param>
    /// <returns>The conversion.</returns>
    public static Conversion ToSet(HclType ety, Conversion? element) => (value, path) =>
    {
        var result = ConvertElements(value.Elements, element, path, normalizeNulls: true);
        if (result.Length == 0)
        {
            return HclValue.SetEmpty(ety.IsDynamic ? value.Type.ElementType : ety.WithoutOptionalAttributesDeep());
        }

        if (!AllSameType(result))
        {
            throw path.Fail("element types must all match for conversion to set");
        }

        return HclValue.Set(result);
    };

    /// <summary>Converts a map to a map of <paramref name="ety"/>.</summary>
    /// <param name="ety">The target element type.</param>
    /// <param name="element">The element conversion.</param>
    /// <returns>The conversion.</returns>
    public static Conversion ToMap(HclType ety, Conversion element) => (value, path) =>
    {
        var source = value.Attributes;
        if (source.Count == 0)
        {
            return HclValue.MapEmpty(ety.IsDynamic ? value.Type.ElementType : ety.WithoutOptionalAttributesDeep());
        }

        var elements = new List<KeyValuePair<string, HclValue>>(source.Count);
        foreach (var (key, item) in source)
        {
            path.PushKey(key);
            elements.Add(new(key, element(item, path)));
            path.Pop();
        }

        if (ety.IsCollection || ety.Kind == HclTypeKind.Object)
        {
            elements = UnifyMapElements(elements, path, unsafeMode: false);
        }

        if (!AllSameType(elements))
        {
            throw path.Fail("element types must all match for conversion to map");
        }

        return HclValue.Map(elements);
    };

    /// <summary>Converts every element of a sequence, reporting failures with the element index.</summary>
    /// <param name="items">The elements.</param>
    /// <param name="element">The element conversion, or null for none.</param>
    /// <param name="path">The current path.</param>
    /// <param name="normalizeNulls">Whether to strip optional attributes from the types of null results.</param>
    /// <returns>The converted elements.</returns>
    public static HclValue[] ConvertElements(IReadOnlyList<HclValue> items, Conversion? element, ConversionPath path, bool normalizeNulls)
    {
        var result = new HclValue[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var item = items[i];
            if (element is not null)
            {
                path.PushIndex(i);
                item = element(item, path);
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

    /// <summary>Tests whether all values have the same type (cty's <c>CanListVal</c>/<c>CanSetVal</c>).</summary>
    /// <param name="items">The values.</param>
    /// <returns>Whether the types all match.</returns>
    public static bool AllSameType(IReadOnlyList<HclValue> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (!items[i].Type.Equals(items[0].Type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tests whether all map elements have the same type (cty's <c>CanMapVal</c>).</summary>
    /// <param name="items">The entries.</param>
    /// <returns>Whether the types all match.</returns>
    public static bool AllSameType(List<KeyValuePair<string, HclValue>> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (!items[i].Value.Type.Equals(items[0].Value.Type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Converts map elements to their unified type (cty's <c>conversionUnifyCollectionElements</c>).</summary>
    /// <param name="elements">The entries.</param>
    /// <param name="path">The current path.</param>
    /// <param name="unsafeMode">Whether unsafe conversions may be used.</param>
    /// <returns>The converted entries.</returns>
    public static List<KeyValuePair<string, HclValue>> UnifyMapElements(List<KeyValuePair<string, HclValue>> elements, ConversionPath path, bool unsafeMode)
    {
        var types = new HclType[elements.Count];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = elements[i].Value.Type;
        }

        var unified = Unification.Unify(types, unsafeMode).Type ?? throw path.Fail("cannot find a common base type for all elements");
        var result = new List<KeyValuePair<string, HclValue>>(elements.Count);
        foreach (var (key, item) in elements)
        {
            if (item.Type.Equals(unified))
            {
                result.Add(new(key, item));
                continue;
            }

            path.PushKey(key);
            var conversion = Conversions.Get(item.Type, unified, unsafeMode) ?? throw path.Fail("cannot find a common base type for all elements");
            result.Add(new(key, conversion(item, path)));
            path.Pop();
        }

        return result;
    }

    /// <summary>Converts list elements to their unified type (cty's <c>conversionUnifyListElements</c>).</summary>
    /// <param name="elements">The elements.</param>
    /// <param name="path">The current path.</param>
    /// <param name="unsafeMode">Whether unsafe conversions may be used.</param>
    /// <returns>The converted elements.</returns>
    public static HclValue[] UnifyListElements(HclValue[] elements, ConversionPath path, bool unsafeMode)
    {
        var types = new HclType[elements.Length];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = elements[i].Type;
        }

        var unified = Unification.Unify(types, unsafeMode).Type ?? throw path.Fail("cannot find a common base type for all elements");
        var result = new HclValue[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            if (elements[i].Type.Equals(unified))
            {
                result[i] = elements[i];
                continue;
            }

            path.PushIndex(i);
            var conversion = Conversions.Get(elements[i].Type, unified, unsafeMode) ?? throw path.Fail("cannot find a common base type for all elements");
            result[i] = conversion(elements[i], path);
            path.Pop();
        }

        return result;
    }
}
