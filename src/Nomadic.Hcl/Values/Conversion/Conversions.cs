namespace Nomadic.Hcl.Values.Conversion;

/// <summary>Finds conversions between types: cty's <c>getConversion</c> and <c>getConversionKnown</c>.</summary>
internal static class Conversions
{
    private static readonly Conversion Passthrough = (value, _) => value;

    /// <summary>Gets a conversion, wrapped with cty's standard handling of unknown and null values.</summary>
    /// <param name="input">The source type.</param>
    /// <param name="output">The target type.</param>
    /// <param name="unsafeMode">Whether conversions that can fail for some values (e.g. string to number) are allowed.</param>
    /// <returns>The conversion, or null when none exists.</returns>
    public static Conversion? Get(HclType input, HclType output, bool unsafeMode)
    {
        var known = GetKnown(input, output, unsafeMode);
        if (known is null)
        {
            return null;
        }

        if (output.IsDynamic)
        {
            return Passthrough;
        }

        return (value, path) =>
        {
            if (!value.IsKnown || value.IsNull)
            {
                var target = DynamicReplace(value.Type, output.WithoutOptionalAttributesDeep());
                return value.IsKnown ? HclValue.Null(target) : HclValue.Unknown(target);
            }

            return known(value, path);
        };
    }

    /// <summary>Converts a value as cty's <c>convert.Convert</c> does, reporting failures at <paramref name="path"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="want">The target type.</param>
    /// <param name="path">The current path.</param>
    /// <returns>The converted value.</returns>
    /// <exception cref="ConversionFailure">The value cannot be converted.</exception>
    public static HclValue Convert(HclValue value, HclType want, ConversionPath path)
    {
        if (value.Type.Equals(want.WithoutOptionalAttributesDeep()))
        {
            return value;
        }

        var conversion = Get(value.Type, want, unsafeMode: true) ?? throw path.Fail(MismatchMessages.For(value.Type, want));
        return conversion(value, path);
    }

    /// <summary>
    /// Replaces dynamic types in <paramref name="output"/> with the corresponding parts of <paramref name="input"/>
    /// (cty's <c>dynamicReplace</c>), giving the type of a converted null or unknown.
    /// </summary>
    /// <param name="input">The source type.</param>
    /// <param name="output">The target type.</param>
    /// <returns>The type.</returns>
    public static HclType DynamicReplace(HclType input, HclType output)
    {
        if (input.IsDynamic)
        {
            return output;
        }

        switch (output.Kind)
        {
            case HclTypeKind.Dynamic:
                return input;
            case HclTypeKind.String or HclTypeKind.Number or HclTypeKind.Bool:
                return output;
            case HclTypeKind.Map:
                if (input.Kind == HclTypeKind.Map)
                {
                    return HclType.Map(DynamicReplace(input.ElementType, output.ElementType));
                }

                if (input.Kind == HclTypeKind.Object)
                {
                    var unified = Unification.Unify([.. input.AttributeTypes.Values], unsafeMode: true).Type;
                    return HclType.Map(DynamicReplace(unified ?? HclType.Dynamic, output.ElementType));
                }

                return output;
            case HclTypeKind.Object:
                var attributes = new Dictionary<string, HclType>(StringComparer.Ordinal);
                if (input.Kind == HclTypeKind.Map)
                {
                    foreach (var (name, type) in output.AttributeTypes)
                    {
                        attributes[name] = DynamicReplace(input.ElementType, type);
                    }
                }
                else if (input.Kind == HclTypeKind.Object)
                {
                    foreach (var (name, type) in output.AttributeTypes)
                    {
                        attributes[name] = input.AttributeTypes.TryGetValue(name, out var inType) ? DynamicReplace(inType, type) : type;
                    }
                }

                return HclType.Object(attributes);
            case HclTypeKind.Set or HclTypeKind.List:
                HclType element;
                if (input.Kind is HclTypeKind.Set or HclTypeKind.List)
                {
                    element = DynamicReplace(input.ElementType, output.ElementType);
                }
                else if (input.Kind == HclTypeKind.Tuple)
                {
                    var unified = Unification.Unify(input.TupleElementTypes, unsafeMode: true).Type;
                    element = DynamicReplace(unified ?? HclType.Dynamic, output.ElementType);
                }
                else
                {
                    return output;
                }

                return output.Kind == HclTypeKind.Set ? HclType.Set(element) : HclType.List(element);
            default:
                var outElements = output.TupleElementTypes;
                if (input.Kind != HclTypeKind.Tuple || input.TupleElementTypes.Count != outElements.Count)
                {
                    return output;
                }

                var types = new HclType[outElements.Count];
                for (var i = 0; i < types.Length; i++)
                {
                    types[i] = DynamicReplace(input.TupleElementTypes[i], outElements[i]);
                }

                return HclType.Tuple(types);
        }
    }

    private static Conversion? GetKnown(HclType input, HclType output, bool unsafeMode)
    {
        if (output.IsDynamic)
        {
            return Passthrough;
        }

        if (unsafeMode && input.IsDynamic)
        {
            return (value, path) => Convert(value, output, path);
        }

        if (input.Equals(output))
        {
            return Passthrough;
        }

        if (input.IsPrimitive && output.IsPrimitive)
        {
            return PrimitiveConversions.Get(input.Kind, output.Kind, unsafeMode);
        }

        switch (output.Kind)
        {
            case HclTypeKind.Object when input.Kind == HclTypeKind.Object:
                return StructuralConversions.ObjectToObject(input, output, unsafeMode);
            case HclTypeKind.Tuple when input.Kind == HclTypeKind.Tuple:
                return StructuralConversions.TupleToTuple(input, output, unsafeMode);
            case HclTypeKind.List when input.Kind is HclTypeKind.List or HclTypeKind.Set:
            {
                var inEty = input.ElementType;
                var outEty = output.ElementType;
                if (inEty.Equals(outEty))
                {
                    return CollectionConversions.ToList(outEty, inEty, null);
                }

                var element = Get(inEty, outEty, unsafeMode);
                return element is null ? null : CollectionConversions.ToList(outEty, inEty, element);
            }

            case HclTypeKind.Set when input.Kind is HclTypeKind.List or HclTypeKind.Set:
            {
                if (input.Kind == HclTypeKind.List && !unsafeMode)
                {
                    return null;
                }

                var inEty = input.ElementType;
                var outEty = output.ElementType;
                if (inEty.Equals(outEty))
                {
                    return CollectionConversions.ToSet(outEty, null);
                }

                var element = Get(inEty, outEty, unsafeMode);
                return element is null ? null : CollectionConversions.ToSet(outEty, element);
            }

            case HclTypeKind.Map when input.Kind == HclTypeKind.Map:
            {
                var element = input.ElementType.Equals(output.ElementType) ? Passthrough : Get(input.ElementType, output.ElementType, unsafeMode);
                return element is null ? null : CollectionConversions.ToMap(output.ElementType, element);
            }

            case HclTypeKind.List when input.Kind == HclTypeKind.Tuple:
                return StructuralConversions.TupleToList(input, output.ElementType, unsafeMode);
            case HclTypeKind.Set when input.Kind == HclTypeKind.Tuple:
                return StructuralConversions.TupleToSet(input, output.ElementType, unsafeMode);
            case HclTypeKind.Map when input.Kind == HclTypeKind.Object:
                return StructuralConversions.ObjectToMap(input, output.ElementType, unsafeMode);
            case HclTypeKind.Object when input.Kind == HclTypeKind.Map:
                return unsafeMode ? StructuralConversions.MapToObject(input, output, unsafeMode) : null;
            default:
                return null;
        }
    }
}
