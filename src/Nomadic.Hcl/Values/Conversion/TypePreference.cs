namespace Nomadic.Hcl.Values.Conversion;

/// <summary>cty's <c>sortTypes</c> and <c>compareTypes</c>: the preference order of candidate unification results.</summary>
internal static class TypePreference
{
    /// <summary>Orders type indexes so that more general types come first (a topological sort, stable otherwise).</summary>
    /// <param name="types">The types.</param>
    /// <returns>The indexes, most preferred first.</returns>
    public static int[] Sort(IReadOnlyList<HclType> types)
    {
        var n = types.Count;
        var edges = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            edges[i] = [];
        }

        for (var i = 0; i < n - 1; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var cmp = Compare(types[i], types[j]);
                if (cmp < 0)
                {
                    edges[i].Add(j);
                }
                else if (cmp > 0)
                {
                    edges[j].Add(i);
                }
            }
        }

        var inDegree = new int[n];
        foreach (var outs in edges)
        {
            foreach (var j in outs)
            {
                inDegree[j]++;
            }
        }

        var result = new int[n];
        var head = 0;
        var tail = 0;
        for (var i = 0; i < n; i++)
        {
            if (inDegree[i] == 0)
            {
                result[tail++] = i;
            }
        }

        while (head < tail)
        {
            var i = result[head++];
            foreach (var j in edges[i])
            {
                if (--inDegree[j] == 0)
                {
                    result[tail++] = j;
                }
            }
        }

        // Cycles cannot occur with cty's rules, but never return a short result.
        return tail == n ? result : [.. result[..tail], .. Enumerable.Range(0, n).Except(result[..tail])];
    }

    /// <summary>Negative when <paramref name="a"/> is preferred (more general), positive when <paramref name="b"/> is.</summary>
    /// <param name="a">The first type.</param>
    /// <param name="b">The second type.</param>
    /// <returns>The preference.</returns>
    public static int Compare(HclType a, HclType b)
    {
        if (a.IsDynamic || b.IsDynamic)
        {
            return a.IsDynamic == b.IsDynamic ? 0 : (a.IsDynamic ? 1 : -1);
        }

        if (a.IsPrimitive && b.IsPrimitive && (a.Kind == HclTypeKind.String || b.Kind == HclTypeKind.String))
        {
            return a.Kind == b.Kind ? 0 : (a.Kind == HclTypeKind.String ? -1 : 1);
        }

        if (a.Kind == b.Kind && a.IsCollection)
        {
            return Compare(a.ElementType, b.ElementType);
        }

        var swap = 1;
        if ((a.Kind == HclTypeKind.Tuple && b.Kind == HclTypeKind.List)
            || (a.Kind == HclTypeKind.Object && b.Kind == HclTypeKind.Map)
            || (a.Kind == HclTypeKind.Set && b.Kind == HclTypeKind.Tuple)
            || (a.Kind == HclTypeKind.Set && b.Kind == HclTypeKind.List))
        {
            (a, b) = (b, a);
            swap = -1;
        }

        if (b.Kind == HclTypeKind.Set && a.Kind is HclTypeKind.Tuple or HclTypeKind.List)
        {
            return -1 * swap;
        }

        if ((a.Kind == HclTypeKind.List && b.Kind == HclTypeKind.Tuple) || (a.Kind == HclTypeKind.Map && b.Kind == HclTypeKind.Object))
        {
            return -1 * swap;
        }

        if (a.Kind == HclTypeKind.Object && b.Kind == HclTypeKind.Object)
        {
            var atysA = a.AttributeTypes;
            var atysB = b.AttributeTypes;
            if (atysA.Count != atysB.Count)
            {
                return 0;
            }

            bool hasASuper = false, hasBSuper = false;
            foreach (var (name, aty) in atysA)
            {
                if (!atysB.TryGetValue(name, out var bty))
                {
                    return 0;
                }

                var cmp = Compare(aty, bty);
                hasASuper |= cmp < 0;
                hasBSuper |= cmp > 0;
            }

            return Verdict(hasASuper, hasBSuper, swap);
        }

        if (a.Kind == HclTypeKind.Tuple && b.Kind == HclTypeKind.Tuple)
        {
            var etysA = a.TupleElementTypes;
            var etysB = b.TupleElementTypes;
            if (etysA.Count != etysB.Count)
            {
                return 0;
            }

            bool hasASuper = false, hasBSuper = false;
            for (var i = 0; i < etysA.Count; i++)
            {
                var cmp = Compare(etysA[i], etysB[i]);
                hasASuper |= cmp < 0;
                hasBSuper |= cmp > 0;
            }

            return Verdict(hasASuper, hasBSuper, swap);
        }

        return 0;
    }

    private static int Verdict(bool hasASuper, bool hasBSuper, int swap) =>
        hasASuper == hasBSuper ? 0 : (hasASuper ? -1 : 1) * swap;
}
