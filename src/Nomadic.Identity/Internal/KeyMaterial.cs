using System.Buffers.Text;
using System.Security.Cryptography;
using NSec.Cryptography;

namespace Nomadic.Identity.Internal;

/// <summary>
/// The private part of one signing key: PKCS#1 DER for RSA (as Nomad stores it), the 32-byte seed for Ed25519.
/// It never leaves a key store; the store signs with it.
/// </summary>
internal sealed class KeyMaterial : IDisposable
{
    public const int RsaKeySizeBits = 2048;

    private readonly object _gate = new();
    private readonly RSA? _rsa;
    private readonly Key? _ed25519;

    private KeyMaterial(SigningAlgorithm algorithm, RSA? rsa, Key? ed25519)
    {
        Algorithm = algorithm;
        _rsa = rsa;
        _ed25519 = ed25519;
    }

    public SigningAlgorithm Algorithm { get; }

    /// <summary>The size of a signature in bytes: 256 for RSA-2048, 64 for Ed25519.</summary>
    public int SignatureSize => Algorithm == SigningAlgorithm.RS256 ? RsaKeySizeBits / 8 : 64;

    public static KeyMaterial Generate(SigningAlgorithm algorithm) => algorithm switch
    {
        SigningAlgorithm.RS256 => new KeyMaterial(algorithm, RSA.Create(RsaKeySizeBits), null),
        SigningAlgorithm.EdDsa => new KeyMaterial(algorithm, null, Key.Create(SignatureAlgorithm.Ed25519, Exportable())),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signing algorithm."),
    };

    public static KeyMaterial Import(SigningAlgorithm algorithm, ReadOnlySpan<byte> privateKey)
    {
        switch (algorithm)
        {
            case SigningAlgorithm.RS256:
                var rsa = RSA.Create();
                rsa.ImportRSAPrivateKey(privateKey, out _);
                return new KeyMaterial(algorithm, rsa, null);
            case SigningAlgorithm.EdDsa:
                return new KeyMaterial(algorithm, null, Key.Import(SignatureAlgorithm.Ed25519, privateKey, KeyBlobFormat.RawPrivateKey, Exportable()));
            default:
                throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signing algorithm.");
        }
    }

    /// <summary>The private key bytes, for a store that persists them encrypted.</summary>
    public byte[] ExportPrivate() => _rsa is not null ? _rsa.ExportRSAPrivateKey() : _ed25519!.Export(KeyBlobFormat.RawPrivateKey);

    public PublicJwk ToPublicJwk(string keyId)
    {
        if (_rsa is not null)
        {
            var parameters = _rsa.ExportParameters(includePrivateParameters: false);
            return new PublicJwk(keyId, Algorithm, Base64Url.EncodeToString(parameters.Modulus), Base64Url.EncodeToString(parameters.Exponent), null);
        }

        return new PublicJwk(keyId, Algorithm, null, null, Base64Url.EncodeToString(_ed25519!.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
    }

    public int Sign(ReadOnlySpan<byte> data, Span<byte> signature)
    {
        if (signature.Length < SignatureSize)
        {
            throw new ArgumentException($"The signature buffer needs {SignatureSize} bytes.", nameof(signature));
        }

        if (_ed25519 is not null)
        {
            SignatureAlgorithm.Ed25519.Sign(_ed25519, data, signature[..64]);
            return 64;
        }

        lock (_gate)
        {
            return _rsa!.TrySignData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, out var written)
                ? written
                : throw new CryptographicException("RSA signing failed.");
        }
    }

    public void Dispose()
    {
        _rsa?.Dispose();
        _ed25519?.Dispose();
    }

    private static KeyCreationParameters Exportable() => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
}
