namespace Nomadic.Hcl.Values.Text;

/// <summary>
/// Orders strings by Unicode code point, which is the byte order of their UTF-8 encodings and
/// therefore the order Go's <c>sort.Strings</c> gives cty's map keys, object attributes and string sets.
/// </summary>
/// <remarks>It differs from <see cref="StringComparer.Ordinal"/> only for code points above U+FFFF.</remarks>
internal sealed class CodePointComparer : IComparer<string>
{
    /// <summary>Gets the single instance.</summary>
    public static CodePointComparer Instance { get; } = new();

    private CodePointComparer()
    {
    }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var n = Math.Min(x.Length, y.Length);
        for (var i = 0; i < n; i++)
        {
            var a = x[i];
            var b = y[i];
            if (a == b)
            {
                continue;
            }

            // Surrogates (supplementary code points) sort after every BMP character in UTF-8 order.
            var sa = char.IsSurrogate(a);
            var sb = char.IsSurrogate(b);
            if (sa != sb)
            {
                return sa ? 1 : -1;
            }

            return a < b ? -1 : 1;
        }

        return x.Length.CompareTo(y.Length);
    }
}
