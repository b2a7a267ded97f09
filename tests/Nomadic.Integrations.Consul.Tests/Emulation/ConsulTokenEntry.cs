namespace Nomadic.Integrations.Consul.Tests.Emulation;

/// <summary>An ACL token the emulation holds: what it links (policies, roles, service identities) and how it was made.</summary>
internal sealed record ConsulTokenEntry(
    string AccessorId,
    string SecretId,
    string Description,
    IReadOnlyList<string> Policies,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> ServiceIdentities,
    string? AuthMethod,
    bool Management);
