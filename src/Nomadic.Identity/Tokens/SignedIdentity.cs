namespace Nomadic.Identity;

/// <summary>A minted workload identity.</summary>
/// <param name="Token">The JWT in compact serialization.</param>
/// <param name="KeyId">The <c>kid</c> of the signing key.</param>
/// <param name="Claims">The claims the token carries.</param>
public sealed record SignedIdentity(string Token, string KeyId, WorkloadIdentityClaims Claims)
{
    /// <summary>When the token expires; <see langword="null"/> when it has no <c>exp</c>.</summary>
    public DateTimeOffset? ExpiresAt => Claims.Expiry;
}
