using System.Text.Json.Nodes;

namespace Nomadic.Integrations.Vault;

/// <summary>The bodies <c>nomad setup vault</c> writes (Nomad's <c>command/asset/vault-wi-*</c>), keys in the sorted order Go's JSON encoder sends them.</summary>
public static class VaultSetupAssets
{
    /// <summary>The accessor placeholder of the templated policy.</summary>
    public const string AccessorPlaceholder = "auth_jwt_X";

    /// <summary>The templated policy, before the mount accessor replaces <see cref="AccessorPlaceholder"/>.</summary>
    public const string PolicyTemplate = """
        path "secret/data/{{identity.entity.aliases.auth_jwt_X.metadata.nomad_namespace}}/{{identity.entity.aliases.auth_jwt_X.metadata.nomad_job_id}}/*" {
          capabilities = ["read"]
        }

        path "secret/data/{{identity.entity.aliases.auth_jwt_X.metadata.nomad_namespace}}/{{identity.entity.aliases.auth_jwt_X.metadata.nomad_job_id}}" {
          capabilities = ["read"]
        }

        path "secret/metadata/{{identity.entity.aliases.auth_jwt_X.metadata.nomad_namespace}}/*" {
          capabilities = ["list"]
        }

        path "secret/metadata/*" {
          capabilities = ["list"]
        }

        """;

    /// <summary>The policy with the JWT mount's accessor substituted.</summary>
    /// <param name="accessor">The accessor, e.g. <c>auth_jwt_d34481ad</c>.</param>
    /// <returns>The policy HCL.</returns>
    public static string Policy(string accessor) => PolicyTemplate.Replace(AccessorPlaceholder, accessor, StringComparison.Ordinal);

    /// <summary><c>{"default_role", "jwks_url", "jwt_supported_algs": ["EdDSA","RS256"]}</c>.</summary>
    /// <param name="jwksUrl">The JWKS URL.</param>
    /// <param name="defaultRole">The default role.</param>
    /// <returns>The body.</returns>
    public static JsonObject AuthMethodConfig(string jwksUrl, string defaultRole) => new()
    {
        ["default_role"] = defaultRole,
        ["jwks_url"] = jwksUrl,
        ["jwt_supported_algs"] = new JsonArray("EdDSA", "RS256"),
    };

    /// <summary>The <c>nomad-workloads</c> role body.</summary>
    /// <param name="audience">The bound audience, e.g. <c>vault.io</c>.</param>
    /// <param name="policy">The token policy.</param>
    /// <returns>The body.</returns>
    public static JsonObject Role(string audience, string policy) => new()
    {
        ["bound_audiences"] = audience,
        ["claim_mappings"] = new JsonObject { ["nomad_job_id"] = "nomad_job_id", ["nomad_namespace"] = "nomad_namespace", ["nomad_task"] = "nomad_task" },
        ["role_type"] = "jwt",
        ["token_period"] = "30m",
        ["token_policies"] = new JsonArray(policy),
        ["token_type"] = "service",
        ["user_claim"] = "/nomad_job_id",
        ["user_claim_json_pointer"] = true,
    };

    /// <summary>The client agent's <c>vault</c> block.</summary>
    /// <param name="address">Vault's address.</param>
    /// <param name="vaultNamespace">The Enterprise namespace, or <see langword="null"/>.</param>
    /// <param name="authMethodPath">The JWT mount.</param>
    /// <returns>HCL.</returns>
    public static string ClientConfiguration(Uri address, string? vaultNamespace, string authMethodPath)
    {
        ArgumentNullException.ThrowIfNull(address);
        var ns = vaultNamespace is null ? "" : $"  namespace = \"{vaultNamespace}\"\n";
        return $"vault {{\n  enabled = true\n  address = \"{address.AbsoluteUri.TrimEnd('/')}\"\n{ns}  jwt_auth_backend_path = \"{authMethodPath}/\"\n}}\n";
    }

    /// <summary>The server agent's <c>vault</c> block.</summary>
    /// <param name="audience">The identity audience.</param>
    /// <returns>HCL.</returns>
    public static string ServerConfiguration(string audience) =>
        $"vault {{\n  enabled = true\n\n  default_identity {{\n    aud = [\"{audience}\"]\n    ttl = \"1h\"\n  }}\n}}\n";
}
