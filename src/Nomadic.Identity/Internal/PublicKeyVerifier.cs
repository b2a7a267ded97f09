using System.Buffers.Text;
using System.Security.Cryptography;
using NSec.Cryptography;

namespace Nomadic.Identity.Internal;

/// <summary>Verifies signatures with the public parameters of one JWK.</summary>
internal sealed class PublicKeyVerifier
{
    private readonly object _gate = new();
    private readonly RSA? _rsa;
    private readonly PublicKey? _ed25519;

    private PublicKeyVerifier(RSA? rsa, PublicKey? ed25519)
    {
        _rsa = rsa;
        _ed25519 = ed25519;
    }

    /// <summary>Builds a verifier, or returns <see langword="null"/> when the JWK's parameters are not a valid key.</summary>
    public static PublicKeyVerifier? TryCreate(PublicJwk jwk)
    {
        try
        {
            if (jwk.Algorithm == SigningAlgorithm.RS256)
            {
                if (jwk.N is null || jwk.E is null)
                {
                    return null;
                }

                var rsa = RSA.Create();
                rsa.ImportParameters(new RSAParameters { Modulus = Base64Url.DecodeFromChars(jwk.N), Exponent = Base64Url.DecodeFromChars(jwk.E) });
                return new PublicKeyVerifier(rsa, null);
            }

            if (jwk.X is null)
            {
                return null;
            }

            return PublicKey.TryImport(SignatureAlgorithm.Ed25519, Base64Url.DecodeFromChars(jwk.X), KeyBlobFormat.RawPublicKey, out var key)
                ? new PublicKeyVerifier(null, key)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (_ed25519 is not null)
        {
            return SignatureAlgorithm.Ed25519.Verify(_ed25519, data, signature);
        }

        lock (_gate)
        {
            return _rsa!.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
    }
}
