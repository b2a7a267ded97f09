using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul;

/// <summary>The admin calls <see cref="ConsulSetup"/> needs. Bodies carry the fields in the order Consul's Go client sends them.</summary>
public sealed partial class ConsulClient
{
    /// <summary><c>GET /v1/operator/license</c> answers only on Consul Enterprise; Nomad's setup takes any error as Consul CE.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether this is Consul Enterprise.</returns>
    /// <exception cref="ConsulException">Consul could not be reached.</exception>
    public async Task<bool> IsEnterpriseAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var document = await _http.SendAsync(HttpMethod.Get, "operator/license", (JsonNode?)null, null, true, cancellationToken).ConfigureAwait(false);
            return document is not null;
        }
        catch (ConsulException ex) when (ex.StatusCode is { } status && status != HttpStatusCode.Forbidden)
        {
            return false;
        }
    }

    /// <summary><c>GET /v1/acl/auth-methods</c>: the auth method names.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The names.</returns>
    public Task<IReadOnlyList<string>> ListAuthMethodsAsync(CancellationToken cancellationToken = default) =>
        ListAsync("acl/auth-methods", e => Json.String(e, "Name") ?? "", cancellationToken);

    /// <summary><c>PUT /v1/acl/auth-method</c>.</summary>
    /// <param name="method">The auth method.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public async Task CreateAuthMethodAsync(ConsulAuthMethod method, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        var body = new JsonObject
        {
            ["Name"] = method.Name,
            ["Type"] = method.Type,
            ["DisplayName"] = method.DisplayName,
            ["Description"] = method.Description,
            ["TokenLocality"] = method.TokenLocality,
            ["Config"] = method.Config.DeepClone(),
            ["CreateIndex"] = 0,
            ["ModifyIndex"] = 0,
        };
        if (method.NamespaceRules.Count > 0)
        {
            body["NamespaceRules"] = new JsonArray(method.NamespaceRules.Select(r => (JsonNode)new JsonObject { ["Selector"] = r.Selector, ["BindNamespace"] = r.BindNamespace }).ToArray());
        }

        using var _ = await _http.SendAsync(HttpMethod.Put, "acl/auth-method", body, $"auth method \"{method.Name}\"", false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>DELETE /v1/acl/auth-method/:name</c>.</summary>
    /// <param name="name">The auth method.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task DeleteAuthMethodAsync(string name, CancellationToken cancellationToken = default) =>
        DeleteAsync("acl/auth-method/" + Uri.EscapeDataString(name), $"auth method \"{name}\"", cancellationToken);

    /// <summary><c>GET /v1/acl/binding-rules</c>, with <c>?authmethod=</c> when <paramref name="authMethod"/> is given.</summary>
    /// <param name="authMethod">Only this auth method's rules; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rules.</returns>
    public Task<IReadOnlyList<ConsulBindingRule>> ListBindingRulesAsync(string? authMethod = null, CancellationToken cancellationToken = default) =>
        ListAsync(
            "acl/binding-rules",
            e => new ConsulBindingRule(Json.String(e, "ID") ?? "", Json.String(e, "Description") ?? "", Json.String(e, "AuthMethod") ?? "", Json.String(e, "Selector") ?? "",
                Json.String(e, "BindType") ?? "", Json.String(e, "BindName") ?? ""),
            cancellationToken,
            string.IsNullOrEmpty(authMethod) ? [] : [("authmethod", authMethod)]);

    /// <summary><c>PUT /v1/acl/binding-rule</c>.</summary>
    /// <param name="rule">The rule (its ID is ignored).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new rule's ID.</returns>
    public async Task<string> CreateBindingRuleAsync(ConsulBindingRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var body = new JsonObject
        {
            ["ID"] = "",
            ["Description"] = rule.Description,
            ["AuthMethod"] = rule.AuthMethod,
            ["Selector"] = rule.Selector,
            ["BindType"] = rule.BindType,
            ["BindName"] = rule.BindName,
            ["CreateIndex"] = 0,
            ["ModifyIndex"] = 0,
        };
        var subject = $"binding rule {rule.BindType} \"{rule.BindName}\" of auth method \"{rule.AuthMethod}\"";
        using var document = await _http.SendAsync(HttpMethod.Put, "acl/binding-rule", body, subject, false, cancellationToken).ConfigureAwait(false);
        return document?.RootElement is { } root ? Json.String(root, "ID") ?? "" : "";
    }

    /// <summary><c>DELETE /v1/acl/binding-rule/:id</c>.</summary>
    /// <param name="id">The rule ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task DeleteBindingRuleAsync(string id, CancellationToken cancellationToken = default) =>
        DeleteAsync("acl/binding-rule/" + Uri.EscapeDataString(id), $"binding rule {id}", cancellationToken);

    /// <summary><c>GET /v1/acl/policies</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policies.</returns>
    public Task<IReadOnlyList<ConsulAclEntry>> ListPoliciesAsync(CancellationToken cancellationToken = default) =>
        ListAsync("acl/policies", Entry, cancellationToken);

    /// <summary><c>PUT /v1/acl/policy</c>.</summary>
    /// <param name="name">The policy name.</param>
    /// <param name="rules">The HCL rules.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new policy's ID.</returns>
    public async Task<string> CreatePolicyAsync(string name, string rules, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["ID"] = "", ["Name"] = name, ["Description"] = "", ["Rules"] = rules, ["Datacenters"] = null, ["Hash"] = null, ["CreateIndex"] = 0, ["ModifyIndex"] = 0,
        };
        using var document = await _http.SendAsync(HttpMethod.Put, "acl/policy", body, $"policy \"{name}\"", false, cancellationToken).ConfigureAwait(false);
        return document?.RootElement is { } root ? Json.String(root, "ID") ?? "" : "";
    }

    /// <summary><c>GET /v1/acl/policy/name/:name</c>; <see langword="null"/> when there is none.</summary>
    /// <param name="name">The policy name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policy, or <see langword="null"/>.</returns>
    public Task<ConsulAclEntry?> ReadPolicyByNameAsync(string name, CancellationToken cancellationToken = default) =>
        ReadEntryAsync("acl/policy/name/" + Uri.EscapeDataString(name), $"policy \"{name}\"", cancellationToken);

    /// <summary><c>DELETE /v1/acl/policy/:id</c>.</summary>
    /// <param name="id">The policy ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task DeletePolicyAsync(string id, CancellationToken cancellationToken = default) =>
        DeleteAsync("acl/policy/" + Uri.EscapeDataString(id), $"policy {id}", cancellationToken);

    /// <summary><c>GET /v1/acl/roles</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The roles.</returns>
    public Task<IReadOnlyList<ConsulAclEntry>> ListRolesAsync(CancellationToken cancellationToken = default) =>
        ListAsync("acl/roles", Entry, cancellationToken);

    /// <summary><c>PUT /v1/acl/role</c> linking policies by name.</summary>
    /// <param name="name">The role name.</param>
    /// <param name="description">The description.</param>
    /// <param name="policies">The policy names.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new role's ID.</returns>
    public async Task<string> CreateRoleAsync(string name, string description, IReadOnlyList<string> policies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var body = new JsonObject
        {
            ["ID"] = "",
            ["Name"] = name,
            ["Description"] = description,
            ["Policies"] = new JsonArray(policies.Select(p => (JsonNode)new JsonObject { ["ID"] = "", ["Name"] = p }).ToArray()),
            ["Hash"] = null,
            ["CreateIndex"] = 0,
            ["ModifyIndex"] = 0,
        };
        using var document = await _http.SendAsync(HttpMethod.Put, "acl/role", body, $"role \"{name}\"", false, cancellationToken).ConfigureAwait(false);
        return document?.RootElement is { } root ? Json.String(root, "ID") ?? "" : "";
    }

    /// <summary><c>GET /v1/acl/role/name/:name</c>; <see langword="null"/> when there is none.</summary>
    /// <param name="name">The role name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The role, or <see langword="null"/>.</returns>
    public Task<ConsulAclEntry?> ReadRoleByNameAsync(string name, CancellationToken cancellationToken = default) =>
        ReadEntryAsync("acl/role/name/" + Uri.EscapeDataString(name), $"role \"{name}\"", cancellationToken);

    /// <summary><c>DELETE /v1/acl/role/:id</c>.</summary>
    /// <param name="id">The role ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task DeleteRoleAsync(string id, CancellationToken cancellationToken = default) =>
        DeleteAsync("acl/role/" + Uri.EscapeDataString(id), $"role {id}", cancellationToken);

    /// <summary><c>GET /v1/namespaces</c> (Enterprise).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The namespace names.</returns>
    public Task<IReadOnlyList<string>> ListNamespacesAsync(CancellationToken cancellationToken = default) =>
        ListAsync("namespaces", e => Json.String(e, "Name") ?? "", cancellationToken);

    /// <summary><c>PUT /v1/namespace</c> (Enterprise) with <c>{"Name", "Meta"}</c>.</summary>
    /// <param name="name">The namespace.</param>
    /// <param name="meta">Its metadata.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public async Task CreateNamespaceAsync(string name, IReadOnlyDictionary<string, string> meta, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var body = new JsonObject { ["Name"] = name, ["Meta"] = StringMap(meta) };
        using var _ = await _http.SendAsync(HttpMethod.Put, "namespace", body, $"namespace \"{name}\"", false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET /v1/namespace/:name</c> (Enterprise); <see langword="null"/> when there is none.</summary>
    /// <param name="name">The namespace.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The namespace, or <see langword="null"/>.</returns>
    public async Task<ConsulNamespace?> ReadNamespaceAsync(string name, CancellationToken cancellationToken = default)
    {
        using var document = await _http.SendAsync(HttpMethod.Get, "namespace/" + Uri.EscapeDataString(name), (JsonNode?)null, $"namespace \"{name}\"", true, cancellationToken).ConfigureAwait(false);
        return document?.RootElement is { ValueKind: JsonValueKind.Object } root ? new ConsulNamespace(Json.String(root, "Name") ?? name, Json.StringMap(root, "Meta")) : null;
    }

    /// <summary><c>DELETE /v1/namespace/:name</c> (Enterprise).</summary>
    /// <param name="name">The namespace.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task DeleteNamespaceAsync(string name, CancellationToken cancellationToken = default) =>
        DeleteAsync("namespace/" + Uri.EscapeDataString(name), $"namespace \"{name}\"", cancellationToken);

    private static ConsulAclEntry Entry(JsonElement e) => new(Json.String(e, "ID") ?? "", Json.String(e, "Name") ?? "");

    private async Task<IReadOnlyList<T>> ListAsync<T>(string path, Func<JsonElement, T> read, CancellationToken cancellationToken, params (string Name, string Value)[] query)
    {
        using var document = await _http.SendAsync(HttpMethod.Get, path, (JsonNode?)null, null, false, cancellationToken, query).ConfigureAwait(false);
        return document?.RootElement is { ValueKind: JsonValueKind.Array } root ? root.EnumerateArray().Select(read).ToArray() : [];
    }

    private async Task<ConsulAclEntry?> ReadEntryAsync(string path, string subject, CancellationToken cancellationToken)
    {
        using var document = await _http.SendAsync(HttpMethod.Get, path, (JsonNode?)null, subject, true, cancellationToken).ConfigureAwait(false);
        return document?.RootElement is { ValueKind: JsonValueKind.Object } root ? Entry(root) : null;
    }

    private async Task DeleteAsync(string path, string subject, CancellationToken cancellationToken)
    {
        using var _ = await _http.SendAsync(HttpMethod.Delete, path, (JsonNode?)null, subject, false, cancellationToken).ConfigureAwait(false);
    }
}
