using Nomadic.Hcl.Values.Collections;

namespace Nomadic.Hcl.Values;

/// <content>HCL's equality operators, with cty's <c>Equals</c> semantics.</content>
public readonly partial struct HclValue
{
    /// <summary>
    /// HCL's <c>==</c> (cty's <c>Equals</c>): values of different types are not equal, nulls of any type are equal to
    /// each other, and the result is an unknown bool when the answer depends on an unknown value.
    /// </summary>
    /// <param name="other">The other value.</param>
    /// <returns>A bool value, possibly unknown.</returns>
    public HclValue EqualTo(HclValue other)
    {
        var unknownResult = Unknown(HclType.Bool);
        var definitelyNotNull = IsKnown && !IsNull;
        var otherDefinitelyNotNull = other.IsKnown && !other.IsNull;
        if ((IsNull && otherDefinitelyNotNull) || (other.IsNull && definitelyNotNull))
        {
            return False;
        }

        if (!IsKnown && !other.IsKnown)
        {
            return unknownResult;
        }

        if (IsKnown != other.IsKnown)
        {
            var known = IsKnown ? this : other;
            var unknown = IsKnown ? other : this;
            if (known.IsNull || unknown.Type.HasDynamicTypes)
            {
                return unknownResult;
            }

            return known.Type.Equals(unknown.Type) ? unknownResult : False;
        }

        if (IsNull && other.IsNull)
        {
            return True;
        }

        if (IsNull || other.IsNull)
        {
            return False;
        }

        if (!HasWhollyKnownType(this) || !HasWhollyKnownType(other))
        {
            if (!Conforms(Type, other.Type) && !Conforms(other.Type, Type))
            {
                return False;
            }

            return unknownResult;
        }

        if (!Type.Equals(other.Type))
        {
            return False;
        }

        switch (Type.Kind)
        {
            case HclTypeKind.String:
                return Bool(string.Equals((string)_ref!, (string)other._ref!, StringComparison.Ordinal));
            case HclTypeKind.Number:
                return Bool(AsNumberUnchecked().Equals(other.AsNumberUnchecked()));
            case HclTypeKind.Bool:
                return Bool(_bits == other._bits);
            case HclTypeKind.Set:
                return SetsEqual((ValueSequence)_ref!, (ValueSequence)other._ref!);
            case HclTypeKind.List or HclTypeKind.Tuple:
                var a = ((ValueSequence)_ref!).Span;
                var b = ((ValueSequence)other._ref!).Span;
                if (a.Length != b.Length)
                {
                    return False;
                }

                for (var i = 0; i < a.Length; i++)
                {
                    var eq = a[i].EqualTo(b[i]);
                    if (!eq.IsKnown)
                    {
                        return unknownResult;
                    }

                    if (eq._bits == 0)
                    {
                        return False;
                    }
                }

                return True;
            default:
                var x = (OrderedStringMap<HclValue>)_ref!;
                var y = (OrderedStringMap<HclValue>)other._ref!;
                if (x.Count != y.Count)
                {
                    return False;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!string.Equals(x.KeyAt(i), y.KeyAt(i), StringComparison.Ordinal))
                    {
                        return False;
                    }

                    var eq = x.ValueAt(i).EqualTo(y.ValueAt(i));
                    if (!eq.IsKnown)
                    {
                        return unknownResult;
                    }

                    if (eq._bits == 0)
                    {
                        return False;
                    }
                }

                return True;
        }
    }

    /// <summary>HCL's <c>!=</c>: the negation of <see cref="EqualTo(HclValue)"/>, unknown when that is unknown.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A bool value, possibly unknown.</returns>
    public HclValue NotEqualTo(HclValue other)
    {
        var eq = EqualTo(other);
        return eq.IsKnown ? Bool(eq._bits == 0) : eq;
    }

    /// <summary>cty's <c>HasWhollyKnownType</c>: false if the value is, or contains, an unknown whose type is not known.</summary>
    private static bool HasWhollyKnownType(HclValue value)
    {
        if (value.IsNull)
        {
            return true;
        }

        if (!value.IsKnown)
        {
            return !value.Type.HasDynamicTypes;
        }

        foreach (var child in value.ChildValues())
        {
            if (!HasWhollyKnownType(child))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>cty's <c>TestConformance</c>: whether <paramref name="given"/> matches <paramref name="want"/>, where dynamic in <paramref name="want"/> matches anything.</summary>
    private static bool Conforms(HclType given, HclType want)
    {
        if (want.IsDynamic || given.Equals(want))
        {
            return true;
        }

        if (given.Kind != want.Kind)
        {
            return false;
        }

        switch (given.Kind)
        {
            case HclTypeKind.List or HclTypeKind.Map or HclTypeKind.Set:
                return Conforms(given.ElementType, want.ElementType);
            case HclTypeKind.Tuple:
                var g = given.TupleElementTypes;
                var w = want.TupleElementTypes;
                if (g.Count != w.Count)
                {
                    return false;
                }

                for (var i = 0; i < g.Count; i++)
                {
                    if (!Conforms(g[i], w[i]))
                    {
                        return false;
                    }
                }

                return true;
            case HclTypeKind.Object:
                var ga = given.AttributeMap;
                var wa = want.AttributeMap;
                if (ga.Count != wa.Count)
                {
                    return false;
                }

                for (var i = 0; i < ga.Count; i++)
                {
                    if (!string.Equals(ga.KeyAt(i), wa.KeyAt(i), StringComparison.Ordinal) || !Conforms(ga.ValueAt(i), wa.ValueAt(i)))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static HclValue SetsEqual(ValueSequence a, ValueSequence b)
    {
        foreach (var item in a)
        {
            if (!item.IsKnown)
            {
                return Unknown(HclType.Bool);
            }
        }

        foreach (var item in b)
        {
            if (!item.IsKnown)
            {
                return Unknown(HclType.Bool);
            }
        }

        return Bool(Contains(a, b) && Contains(b, a));
    }

    private static bool Contains(ValueSequence haystack, ValueSequence needles)
    {
        foreach (var needle in needles)
        {
            var found = false;
            foreach (var candidate in haystack)
            {
                var eq = candidate.EqualTo(needle);
                if (eq.IsKnown && eq._bits != 0)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
