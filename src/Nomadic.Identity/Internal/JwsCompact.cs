using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Nomadic.Identity.Internal;

/// <summary>
/// Assembles <c>header.payload.signature</c> in one pooled buffer: the cached header segment, the claims encoded
/// straight from the JSON writer's buffer, and the signature encoded from the buffer's tail, so that the token string
/// is the only allocation.
/// </summary>
internal readonly struct JwsCompact : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _signingInputLength;
    private readonly int _signatureOffset;
    private readonly int _maxSignatureLength;

    public JwsCompact(ReadOnlySpan<byte> headerSegment, ReadOnlySpan<byte> claimsJson, int maxSignatureLength)
    {
        _signingInputLength = headerSegment.Length + 1 + Base64Url.GetEncodedLength(claimsJson.Length);
        _signatureOffset = _signingInputLength + 1 + Base64Url.GetEncodedLength(maxSignatureLength);
        _maxSignatureLength = maxSignatureLength;
        _buffer = ArrayPool<byte>.Shared.Rent(_signatureOffset + maxSignatureLength);
        headerSegment.CopyTo(_buffer);
        _buffer[headerSegment.Length] = (byte)'.';
        Base64Url.EncodeToUtf8(claimsJson, _buffer.AsSpan(headerSegment.Length + 1));
    }

    /// <summary>The bytes to sign: <c>header.payload</c>.</summary>
    public ReadOnlyMemory<byte> SigningInput => _buffer.AsMemory(0, _signingInputLength);

    /// <summary>Where the signer writes the raw signature, past the room its encoding needs.</summary>
    public Memory<byte> SignatureDestination => _buffer.AsMemory(_signatureOffset, _maxSignatureLength);

    /// <summary>The token, with the first <paramref name="signatureLength"/> bytes of <see cref="SignatureDestination"/> as its signature.</summary>
    public string ToToken(int signatureLength) => Encoding.ASCII.GetString(_buffer, 0, Complete(signatureLength));

    /// <summary>Writes the token's UTF-8 (ASCII) bytes to <paramref name="destination"/>; returns how many.</summary>
    public int WriteToken(int signatureLength, IBufferWriter<byte> destination)
    {
        var length = Complete(signatureLength);
        _buffer.AsSpan(0, length).CopyTo(destination.GetSpan(length));
        destination.Advance(length);
        return length;
    }

    /// <summary>Encodes the signature after the signing input and its dot; returns the token's length.</summary>
    private int Complete(int signatureLength)
    {
        _buffer[_signingInputLength] = (byte)'.';
        var encoded = Base64Url.EncodeToUtf8(
            _buffer.AsSpan(_signatureOffset, signatureLength),
            _buffer.AsSpan(_signingInputLength + 1));
        return _signingInputLength + 1 + encoded;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
