namespace Nomadic.Hcl.Syntax;

/// <summary>A run of source bytes, used as a dictionary key without making a string.</summary>
internal readonly record struct SourceSlice(int Start, int Length);

/// <summary>Compares <see cref="SourceSlice"/>s by the bytes they cover.</summary>
internal sealed class SourceSliceComparer(ReadOnlyMemory<byte> source) : IEqualityComparer<SourceSlice>
{
    public bool Equals(SourceSlice x, SourceSlice y) =>
        source.Span.Slice(x.Start, x.Length).SequenceEqual(source.Span.Slice(y.Start, y.Length));

    public int GetHashCode(SourceSlice obj)
    {
        var hash = default(HashCode);
        hash.AddBytes(source.Span.Slice(obj.Start, obj.Length));
        return hash.ToHashCode();
    }
}
