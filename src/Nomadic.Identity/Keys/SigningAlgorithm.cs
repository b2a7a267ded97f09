namespace Nomadic.Identity;

/// <summary>A JWS signing algorithm the keyring can create keys for.</summary>
public enum SigningAlgorithm
{
    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256 over an RSA-2048 key (<c>RS256</c>): Nomad 1.7's default, accepted by Vault, Consul and the clouds.</summary>
    RS256,

    /// <summary>Ed25519 signatures (<c>EdDSA</c>): what Nomad falls back to for keys without an RSA part.</summary>
    EdDsa,
}
