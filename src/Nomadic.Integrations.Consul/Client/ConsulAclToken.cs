namespace Nomadic.Integrations.Consul;

/// <summary>An ACL token as <c>POST /v1/acl/login</c> answers it.</summary>
/// <param name="AccessorId">The public ID (safe to log).</param>
/// <param name="SecretId">The secret, sent as <c>X-Consul-Token</c>.</param>
/// <param name="Namespace">The Enterprise namespace the token lives in; <see langword="null"/> on Consul CE.</param>
/// <param name="Partition">The Enterprise partition; <see langword="null"/> on Consul CE.</param>
/// <param name="AuthMethod">The auth method that created it.</param>
/// <param name="ServiceIdentities">The service identities the binding rules gave it.</param>
/// <param name="Roles">The roles the binding rules gave it.</param>
public sealed record ConsulAclToken(
    string AccessorId,
    ConsulToken SecretId,
    string? Namespace,
    string? Partition,
    string? AuthMethod,
    IReadOnlyList<string> ServiceIdentities,
    IReadOnlyList<string> Roles);
