namespace Nomadic.Integrations.Vault;

/// <summary>The <c>auth</c> object of a login, renew or lookup answer.</summary>
/// <param name="ClientToken">The token (<c>client_token</c>, or <c>id</c> of a lookup).</param>
/// <param name="Accessor">The token's accessor.</param>
/// <param name="Policies">The token's policies.</param>
/// <param name="LeaseDuration">The TTL Vault granted (<c>lease_duration</c>, or <c>ttl</c> of a lookup).</param>
/// <param name="Renewable">Whether renew-self may extend it; batch tokens are not renewable.</param>
/// <param name="TokenType"><c>service</c> or <c>batch</c>.</param>
/// <param name="Metadata">The token metadata (a JWT login puts the role and the claim mappings here).</param>
/// <param name="Warnings">The answer's <c>warnings</c>.</param>
public sealed record VaultAuth(
    VaultToken ClientToken,
    string? Accessor,
    IReadOnlyList<string> Policies,
    TimeSpan LeaseDuration,
    bool Renewable,
    string TokenType,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<string> Warnings);
