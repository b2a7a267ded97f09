namespace Nomadic.Integrations.Vault;

/// <summary>An enabled auth method (<c>GET /v1/sys/auth/:path</c>).</summary>
/// <param name="Path">The mount path without a trailing slash, e.g. <c>jwt-nomad</c>.</param>
/// <param name="Type">The method, e.g. <c>jwt</c>.</param>
/// <param name="Accessor">The mount accessor, e.g. <c>auth_jwt_d34481ad</c>, used in templated policies.</param>
public sealed record VaultAuthMount(string Path, string Type, string Accessor);
