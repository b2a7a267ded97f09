namespace Nomadic.Integrations.Vault.Tests.Emulation;

/// <summary>A token in the emulated token store.</summary>
internal sealed class VaultTokenEntry
{
    public required string Id { get; init; }
    public required string Accessor { get; init; }
    public required IReadOnlyList<string> Policies { get; init; }
    public required string Type { get; init; }
    public required bool Renewable { get; init; }
    public TimeSpan Period { get; init; }
    public TimeSpan Ttl { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public Dictionary<string, string> Metadata { get; init; } = new(StringComparer.Ordinal);
    public string? MountAccessor { get; init; }
    public Dictionary<string, string> AliasMetadata { get; init; } = new(StringComparer.Ordinal);
}
