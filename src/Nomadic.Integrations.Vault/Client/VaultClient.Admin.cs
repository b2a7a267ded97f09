using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Vault;

/// <summary>The admin calls <see cref="VaultSetup"/> needs: auth methods, ACL policies, JWT auth config and roles, namespaces.</summary>
public sealed partial class VaultClient
{
    /// <summary><c>GET /v1/sys/auth</c>: the enabled auth methods by path.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The mounts.</returns>
    public async Task<IReadOnlyList<VaultAuthMount>> ListAuthMethodsAsync(CancellationToken cancellationToken = default)
    {
        var root = await ReadAsync("sys/auth", cancellationToken).ConfigureAwait(false);
        var result = new List<VaultAuthMount>();
        var data = root is { } r ? Json.Property(r, "data") ?? r : default;
        if (data.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in data.EnumerateObject())
            {
                if (p.Name.EndsWith('/') && p.Value.ValueKind == JsonValueKind.Object)
                {
                    result.Add(new VaultAuthMount(p.Name.TrimEnd('/'), Json.String(p.Value, "type") ?? "", Json.String(p.Value, "accessor") ?? ""));
                }
            }
        }

        return result;
    }

    /// <summary><c>GET /v1/sys/auth/:path</c>; <see langword="null"/> when nothing is mounted there.</summary>
    /// <param name="path">The mount path.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The mount, or <see langword="null"/>.</returns>
    public async Task<VaultAuthMount?> ReadAuthMethodAsync(string path, CancellationToken cancellationToken = default)
    {
        var root = await ReadAsync($"sys/auth/{path.Trim('/')}", cancellationToken).ConfigureAwait(false);
        if (root is not { } r)
        {
            return null;
        }

        var data = Json.Property(r, "data") ?? r;
        return new VaultAuthMount(path.Trim('/'), Json.String(data, "type") ?? "", Json.String(data, "accessor") ?? "");
    }

    /// <summary><c>POST /v1/sys/auth/:path</c> with <c>{"type": type}</c>.</summary>
    /// <param name="path">The mount path.</param>
    /// <param name="type">The auth method, e.g. <c>jwt</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task EnableAuthMethodAsync(string path, string type, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sys/auth/{path.Trim('/')}", new JsonObject { ["type"] = type }, $"auth method {path}", cancellationToken);

    /// <summary><c>DELETE /v1/sys/auth/:path</c>.</summary>
    /// <param name="path">The mount path.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task DisableAuthMethodAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"sys/auth/{path.Trim('/')}", null, $"auth method {path}", cancellationToken);

    /// <summary><c>LIST /v1/sys/policies/acl</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policy names.</returns>
    public Task<IReadOnlyList<string>> ListPoliciesAsync(CancellationToken cancellationToken = default) => ListAsync("sys/policies/acl", cancellationToken);

    /// <summary><c>GET /v1/sys/policies/acl/:name</c>: the policy's HCL, or <see langword="null"/>.</summary>
    /// <param name="name">The policy name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rules, or <see langword="null"/>.</returns>
    public async Task<string?> ReadPolicyAsync(string name, CancellationToken cancellationToken = default)
    {
        var root = await ReadAsync($"sys/policies/acl/{name}", cancellationToken).ConfigureAwait(false);
        return root is { } r && Json.Property(r, "data") is { } d ? Json.String(d, "policy") : null;
    }

    /// <summary><c>PUT /v1/sys/policies/acl/:name</c> with <c>{"policy": base64(hcl)}</c>, as Nomad's setup writes it (Vault accepts base64 or plain).</summary>
    /// <param name="name">The policy name.</param>
    /// <param name="hcl">The policy rules.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task WritePolicyAsync(string name, string hcl, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"sys/policies/acl/{name}", new JsonObject { ["policy"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(hcl)) }, $"policy \"{name}\"", cancellationToken);

    /// <summary><c>DELETE /v1/sys/policies/acl/:name</c>.</summary>
    /// <param name="name">The policy name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task DeletePolicyAsync(string name, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"sys/policies/acl/{name}", null, $"policy \"{name}\"", cancellationToken);

    /// <summary><c>GET /v1/auth/:mount/config</c> of a JWT auth method: its <c>data</c>, or <see langword="null"/>.</summary>
    /// <param name="mount">The JWT auth mount.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configuration, or <see langword="null"/>.</returns>
    public async Task<JsonElement?> ReadJwtAuthConfigAsync(string mount, CancellationToken cancellationToken = default) =>
        await ReadAsync($"auth/{mount.Trim('/')}/config", cancellationToken).ConfigureAwait(false) is { } r ? Json.Property(r, "data") ?? r : null;

    /// <summary><c>PUT /v1/auth/:mount/config</c>.</summary>
    /// <param name="mount">The JWT auth mount.</param>
    /// <param name="config">The body, e.g. <c>{"jwks_url", "jwt_supported_algs", "default_role"}</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task WriteJwtAuthConfigAsync(string mount, JsonObject config, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"auth/{mount.Trim('/')}/config", config, $"auth method {mount}", cancellationToken);

    /// <summary><c>LIST /v1/auth/:mount/role</c>.</summary>
    /// <param name="mount">The JWT auth mount.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The role names.</returns>
    public Task<IReadOnlyList<string>> ListJwtRolesAsync(string mount, CancellationToken cancellationToken = default) =>
        ListAsync($"auth/{mount.Trim('/')}/role", cancellationToken);

    /// <summary><c>GET /v1/auth/:mount/role/:name</c>: its <c>data</c>, or <see langword="null"/>.</summary>
    /// <param name="mount">The JWT auth mount.</param>
    /// <param name="name">The role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The role, or <see langword="null"/>.</returns>
    public async Task<JsonElement?> ReadJwtRoleAsync(string mount, string name, CancellationToken cancellationToken = default) =>
        await ReadAsync($"auth/{mount.Trim('/')}/role/{name}", cancellationToken).ConfigureAwait(false) is { } r ? Json.Property(r, "data") ?? r : null;

    /// <summary><c>PUT /v1/auth/:mount/role/:name</c>.</summary>
    /// <param name="mount">The JWT auth mount.</param>
    /// <param name="name">The role.</param>
    /// <param name="role">The body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task WriteJwtRoleAsync(string mount, string name, JsonObject role, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"auth/{mount.Trim('/')}/role/{name}", role, $"role \"{name}\"", cancellationToken);

    /// <summary><c>DELETE /v1/auth/:mount/role/:name</c>.</summary>
    /// <param name="mount">The JWT auth mount.</param>
    /// <param name="name">The role.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task DeleteJwtRoleAsync(string mount, string name, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"auth/{mount.Trim('/')}/role/{name}", null, $"role \"{name}\"", cancellationToken);

    /// <summary>Whether this is Vault Enterprise, as <c>nomad setup vault</c> decides: a namespace is set, or <c>GET /v1/sys/license/status</c> answers with data (errors count as no).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True for Enterprise.</returns>
    public async Task<bool> IsEnterpriseAsync(CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrEmpty(Namespace))
        {
            return true;
        }

        try
        {
            return await ReadAsync("sys/license/status", cancellationToken).ConfigureAwait(false) is { } r && Json.Property(r, "data") is not null;
        }
        catch (VaultException)
        {
            return false;
        }
    }

    /// <summary><c>GET /v1/sys/namespaces/:name</c> (in this client's namespace): its <c>data</c>, or <see langword="null"/>.</summary>
    /// <param name="name">The namespace.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The namespace, or <see langword="null"/>.</returns>
    public async Task<JsonElement?> ReadNamespaceAsync(string name, CancellationToken cancellationToken = default) =>
        await ReadAsync($"sys/namespaces/{name}", cancellationToken).ConfigureAwait(false) is { } r ? Json.Property(r, "data") ?? r : null;

    /// <summary><c>PUT /v1/sys/namespaces/:name</c> with <c>{"custom_metadata": ...}</c>.</summary>
    /// <param name="name">The namespace.</param>
    /// <param name="customMetadata">The metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task CreateNamespaceAsync(string name, IReadOnlyDictionary<string, string> customMetadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customMetadata);
        var metadata = new JsonObject();
        foreach (var (key, value) in customMetadata)
        {
            metadata[key] = value;
        }

        return SendAsync(HttpMethod.Put, $"sys/namespaces/{name}", new JsonObject { ["custom_metadata"] = metadata }, $"namespace \"{name}\"", cancellationToken);
    }

    /// <summary><c>DELETE /v1/sys/namespaces/:name</c>.</summary>
    /// <param name="name">The namespace.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task DeleteNamespaceAsync(string name, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, $"sys/namespaces/{name}", null, $"namespace \"{name}\"", cancellationToken);
}
