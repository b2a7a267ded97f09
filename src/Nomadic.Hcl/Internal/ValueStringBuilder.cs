using System.Buffers;
using System.Text;

namespace Nomadic.Hcl.Internal;

/// <summary>A string builder on a caller-provided or pooled buffer: no garbage but the final string.</summary>
internal ref struct ValueStringBuilder
{
    private char[]? _rented;
    private Span<char> _chars;
    private int _length;

    public ValueStringBuilder(Span<char> initialBuffer)
    {
        _rented = null;
        _chars = initialBuffer;
        _length = 0;
    }

    public ValueStringBuilder(int capacity)
    {
        _rented = ArrayPool<char>.Shared.Rent(capacity);
        _chars = _rented;
        _length = 0;
    }

    public readonly int Length => _length;

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    public void AppendUtf8(scoped ReadOnlySpan<byte> utf8)
    {
        var max = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (_length + max > _chars.Length)
        {
            Grow(max);
        }

        _length += Encoding.UTF8.GetChars(utf8, _chars[_length..]);
    }

    public override readonly string ToString() => new(_chars[.._length]);

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void Grow(int additional)
    {
        var next = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + additional));
        _chars[.._length].CopyTo(next);
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }

        _rented = next;
        _chars = next;
    }
}
