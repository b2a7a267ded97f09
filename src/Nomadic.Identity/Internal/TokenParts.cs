using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Nomadic.Identity.Internal;

/// <summary>
/// The decoded parts of a compact JWS and its signing input (<c>header.payload</c> as ASCII), all in one pooled
/// buffer returned on dispose.
/// </summary>
internal sealed class TokenParts : IDisposable
{
    private readonly byte[] _buffer;
    private readonly int _signingInputLength;
    private readonly int _headerLength;
    private readonly int _payloadLength;
    private readonly int _signatureLength;

    private TokenParts(byte[] buffer, int signingInputLength, int headerLength, int payloadLength, int signatureLength)
    {
        _buffer = buffer;
        _signingInputLength = signingInputLength;
        _headerLength = headerLength;
        _payloadLength = payloadLength;
        _signatureLength = signatureLength;
    }

    public ReadOnlyMemory<byte> Header => _buffer.AsMemory(_signingInputLength, _headerLength);

    public ReadOnlyMemory<byte> Payload => _buffer.AsMemory(_signingInputLength + _headerLength, _payloadLength);

    public ReadOnlySpan<byte> Signature => _buffer.AsSpan(_signingInputLength + _headerLength + _payloadLength, _signatureLength);

    public ReadOnlySpan<byte> SigningInput => _buffer.AsSpan(0, _signingInputLength);

    /// <summary>Decodes the three parts split at the dots <paramref name="first"/> and <paramref name="second"/>; <see langword="null"/> when one is not unpadded base64url.</summary>
    public static TokenParts? TryDecode(string token, int first, int second)
    {
        var header = token.AsSpan(0, first);
        var payload = token.AsSpan(first + 1, second - first - 1);
        var signature = token.AsSpan(second + 1);
        if (!IsBase64Url(header) || !IsBase64Url(payload) || !IsBase64Url(signature))
        {
            return null;
        }

        // Each part rounds its decoded length up on its own, so leave a few bytes beyond the whole token's bound.
        var buffer = ArrayPool<byte>.Shared.Rent(second + Base64Url.GetMaxDecodedLength(token.Length) + 8);
        Encoding.ASCII.GetBytes(token.AsSpan(0, second), buffer);
        var offset = second;
        var headerLength = Base64Url.DecodeFromChars(header, buffer.AsSpan(offset));
        offset += headerLength;
        var payloadLength = Base64Url.DecodeFromChars(payload, buffer.AsSpan(offset));
        offset += payloadLength;
        var signatureLength = Base64Url.DecodeFromChars(signature, buffer.AsSpan(offset));
        return new TokenParts(buffer, second, headerLength, payloadLength, signatureLength);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private static bool IsBase64Url(ReadOnlySpan<char> part) => Base64Url.IsValid(part) && !part.Contains('=');
}
