namespace Nomadic.Identity;

/// <summary>What <see cref="WorkloadIdentityIssuer.MintUtf8Async"/> returns besides the token bytes it wrote.</summary>
/// <param name="KeyId">The <c>kid</c> of the signing key.</param>
/// <param name="Claims">The claims the token carries.</param>
/// <param name="BytesWritten">How many bytes of token were written to the destination.</param>
public readonly record struct Utf8SignedIdentity(string KeyId, WorkloadIdentityClaims Claims, int BytesWritten)
{
    /// <summary>When the token expires; <see langword="null"/> when it has no <c>exp</c>.</summary>
    public DateTimeOffset? ExpiresAt => Claims.Expiry;
}
