using System.Buffers;
using System.Runtime.CompilerServices;

namespace Nomadic.Hcl.Internal;

/// <summary>A growable list over arrays rented from <see cref="ArrayPool{T}"/>: scratch space that costs no garbage.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal struct PooledList<T> : IDisposable
{
    private T[] _items;
    private int _count;

    public PooledList(int capacity)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));
        _count = 0;
    }

    public readonly int Count => _count;

    public readonly Span<T> Span => _items.AsSpan(0, _count);

    public readonly ref T this[int index] => ref _items[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }

        _items[_count++] = item;
    }

    /// <summary>Adds an item and returns its index.</summary>
    public int Add2(T item)
    {
        Add(item);
        return _count - 1;
    }

    /// <summary>Inserts <paramref name="count"/> default slots at <paramref name="index"/>, shifting the tail.</summary>
    public void InsertSlots(int index, int count)
    {
        if (_count + count > _items.Length)
        {
            Grow(_count + count);
        }

        Array.Copy(_items, index, _items, index + count, _count - index);
        _count += count;
    }

    public void RemoveLast() => _count--;

    public void Truncate(int count) => _count = count;

    public readonly T[] ToArray()
    {
        var result = GC.AllocateUninitializedArray<T>(_count);
        _items.AsSpan(0, _count).CopyTo(result);
        return result;
    }

    public void Dispose()
    {
        if (_items is { Length: > 0 })
        {
            ArrayPool<T>.Shared.Return(_items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        _items = [];
        _count = 0;
    }

    private void Grow(int min)
    {
        var next = ArrayPool<T>.Shared.Rent(Math.Max(min, _items.Length * 2));
        Array.Copy(_items, next, _count);
        ArrayPool<T>.Shared.Return(_items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _items = next;
    }
}
