namespace Nomadic.Identity;

/// <summary>Options of the keyring, the token issuer and the validator. Validated when the host starts.</summary>
public sealed class NomadicIdentityOptions
{
    /// <summary>The <c>iss</c> claim and the OIDC issuer URL, like Nomad's <c>oidc_issuer</c>; default <see langword="null"/>: no <c>iss</c> claim and no discovery document. Must be an absolute http(s) URL.</summary>
    public string? Issuer { get; set; }

    /// <summary>The algorithm of new signing keys; default <see cref="SigningAlgorithm.RS256"/>.</summary>
    public SigningAlgorithm Algorithm { get; set; } = SigningAlgorithm.RS256;

    /// <summary>How long a key signs before the next one takes over, like Nomad's <c>root_key_rotation_threshold</c>; default 720 hours.</summary>
    public TimeSpan RotationPeriod { get; set; } = TimeSpan.FromHours(720);

    /// <summary>How long a new key is published in the JWKS before it starts signing; default 1 hour. Keep it above 30 minutes: the JWKS <c>max-age</c> never falls below 15 minutes.</summary>
    public TimeSpan PrepublicationPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest TTL a token may be minted with; default 24 hours. After a restart the keyring assumes the active key signed a token this long-lived.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long past its last token's expiry a key stays published, to cover verifiers' clock skew; default 5 minutes.</summary>
    public TimeSpan RetirementGracePeriod { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the background service promotes, rotates and retires keys; default 1 minute.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The directory of a <see cref="FileKeyStore"/>; default <see langword="null"/>: keys are kept in memory only.</summary>
    public string? KeyDirectory { get; set; }

    /// <summary>The base64 32-byte AES-256 key-encryption key of the file store; required with <see cref="KeyDirectory"/>; default <see langword="null"/>.</summary>
    public string? KeyEncryptionKey { get; set; }
}
