using System.Globalization;
using System.Text;

namespace Nomadic.Hcl.Values.Conversion;

/// <summary>cty's <c>convert.MismatchMessage</c>: why a value of one type cannot be converted to another.</summary>
internal static class MismatchMessages
{
    /// <summary>Describes why <paramref name="got"/> does not convert to <paramref name="want"/>.</summary>
    /// <param name="got">The given type.</param>
    /// <param name="want">The wanted type.</param>
    /// <returns>The message, e.g. <c>string required</c> or <c>attribute "x" is required</c>.</returns>
    public static string For(HclType got, HclType want)
    {
        if (got.Kind == HclTypeKind.Object && want.Kind == HclTypeKind.Object)
        {
            return ForObjects(got, want);
        }

        if (got.Kind == HclTypeKind.Tuple && want.Kind == HclTypeKind.List && want.ElementType.IsDynamic)
        {
            return "all list elements must have the same type";
        }

        if (got.Kind == HclTypeKind.Tuple && want.Kind == HclTypeKind.Set && want.ElementType.IsDynamic)
        {
            return "all set elements must have the same type";
        }

        if (got.Kind == HclTypeKind.Object && want.Kind == HclTypeKind.Map && want.ElementType.IsDynamic)
        {
            return "all map elements must have the same type";
        }

        if (got.IsStructural && want.IsCollection)
        {
            return ForCollectionFromStructural(got, want);
        }

        if (got.IsCollection && want.IsCollection)
        {
            return ForCollections(got, want);
        }

        if (!LikelyToConfuse(got, want))
        {
            return $"{want.FriendlyName} required, but have {got.FriendlyName}";
        }

        return want.FriendlyNameForConstraint + " required";
    }

    private static string ForObjects(HclType got, HclType want)
    {
        var gotAtys = got.AttributeTypes;
        var missing = new List<string>();
        string? unsafeMismatch = null;
        string? safeMismatch = null;
        foreach (var (name, wantAty) in want.AttributeTypes)
        {
            if (!gotAtys.TryGetValue(name, out var gotAty))
            {
                if (!want.IsOptionalAttribute(name))
                {
                    missing.Add(name);
                }

                continue;
            }

            if (gotAty.Equals(wantAty) || unsafeMismatch is not null)
            {
                continue;
            }

            if (Conversions.Get(gotAty, wantAty, unsafeMode: true) is null)
            {
                unsafeMismatch = $"attribute \"{name}\": {For(gotAty, wantAty)}";
            }

            if (safeMismatch is null && Conversions.Get(gotAty, wantAty, unsafeMode: false) is null)
            {
                safeMismatch = $"attribute \"{name}\": {For(gotAty, wantAty)}";
            }
        }

        if (missing.Count > 0)
        {
            missing.Sort(StringComparer.Ordinal);
            switch (missing.Count)
            {
                case 1:
                    return $"attribute \"{missing[0]}\" is required";
                case 2:
                    return $"attributes \"{missing[0]}\" and \"{missing[1]}\" are required";
                default:
                    var sb = new StringBuilder();
                    for (var i = 0; i < missing.Count - 1; i++)
                    {
                        sb.Append('"').Append(missing[i]).Append("\", ");
                    }

                    sb.Append("and \"").Append(missing[^1]).Append('"');
                    return $"attributes {sb} are required";
            }
        }

        return unsafeMismatch ?? safeMismatch ?? "incorrect object attributes";
    }

    private static string ForCollectionFromStructural(HclType got, HclType want)
    {
        if ((want.Kind is HclTypeKind.List or HclTypeKind.Set && got.Kind != HclTypeKind.Tuple)
            || (want.Kind == HclTypeKind.Map && got.Kind != HclTypeKind.Object))
        {
            return want.FriendlyNameForConstraint + " required";
        }

        var wantEty = want.ElementType;
        if (got.Kind == HclTypeKind.Tuple)
        {
            var etys = got.TupleElementTypes;
            for (var i = 0; i < etys.Count; i++)
            {
                if (etys[i].Equals(wantEty) || Conversions.Get(etys[i], wantEty, unsafeMode: true) is not null)
                {
                    continue;
                }

                return $"element {i.ToString(CultureInfo.InvariantCulture)}: {For(etys[i], wantEty)}";
            }
        }
        else
        {
            foreach (var (name, aty) in got.AttributeTypes)
            {
                if (aty.Equals(wantEty) || Conversions.Get(aty, wantEty, unsafeMode: true) is not null)
                {
                    continue;
                }

                return $"element \"{name}\": {For(aty, wantEty)}";
            }
        }

        return "all elements must be " + wantEty.FriendlyNameForConstraint;
    }

    private static string ForCollections(HclType got, HclType want)
    {
        if ((want.Kind is HclTypeKind.List or HclTypeKind.Set && got.Kind is not (HclTypeKind.List or HclTypeKind.Set))
            || (want.Kind == HclTypeKind.Map && got.Kind != HclTypeKind.Map))
        {
            return want.FriendlyNameForConstraint + " required";
        }

        var noun = want.Kind switch
        {
            HclTypeKind.List => "list element type",
            HclTypeKind.Set => "set element type",
            _ => "map element type",
        };
        return $"incorrect {noun}: {For(got.ElementType, want.ElementType)}";
    }

    private static bool LikelyToConfuse(HclType got, HclType want)
    {
        if (got.IsPrimitive != want.IsPrimitive)
        {
            return false;
        }

        if (want.Kind == HclTypeKind.String)
        {
            return false;
        }

        if ((want.Kind == HclTypeKind.Bool && got.Kind == HclTypeKind.Number) || (got.Kind == HclTypeKind.Bool && want.Kind == HclTypeKind.Number))
        {
            return false;
        }

        if (got.IsCollection && want.IsCollection && !got.ElementType.HasDynamicTypes && want.ElementType.HasDynamicTypes)
        {
            return false;
        }

        return !(got.Kind == HclTypeKind.Tuple && want.Kind == HclTypeKind.Object);
    }
}
