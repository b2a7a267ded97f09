using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nomadic.Integrations.Consul.Internal;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul;

/// <summary>
/// A thin typed client of Consul's HTTP API (<c>/v1/...</c>) for one cluster, token, namespace and partition. Instances are
/// cheap: <see cref="WithToken"/> and <see cref="WithNamespace"/> return new ones over the same <see cref="HttpClient"/>. Get one
/// from <see cref="IConsulClientFactory"/>, or <see cref="Create"/> without dependency injection. Every failure is a <see cref="ConsulException"/>.
/// </summary>
public sealed partial class ConsulClient
{
    private readonly ConsulHttp _http;

    /// <summary>Creates a client over an <see cref="HttpClient"/> (normally the factory's, with resilience and TLS configured).</summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="address">Consul's address.</param>
    /// <param name="token">The token sent as <c>X-Consul-Token</c>; <see langword="null"/> for none.</param>
    /// <param name="consulNamespace">The namespace sent as <c>?ns=</c>; <see langword="null"/> for none.</param>
    /// <param name="partition">The partition sent as <c>?partition=</c>; <see langword="null"/> for none.</param>
    public ConsulClient(HttpClient httpClient, Uri address, ConsulToken? token = null, string? consulNamespace = null, string? partition = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(address);
        _http = new ConsulHttp(httpClient, address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/"), token, Empty(consulNamespace), Empty(partition));
    }

    private ConsulClient(ConsulHttp http) => _http = http;

    /// <summary>Consul's address.</summary>
    public Uri Address => _http.Address;

    /// <summary>The namespace sent as <c>?ns=</c>; <see langword="null"/> for none.</summary>
    public string? Namespace => _http.Namespace;

    /// <summary>The partition sent as <c>?partition=</c>; <see langword="null"/> for none.</summary>
    public string? Partition => _http.Partition;

    /// <summary>Whether a token is set.</summary>
    public bool HasToken => _http.Token is not null;

    /// <summary>A client that sends <paramref name="token"/> instead.</summary>
    /// <param name="token">The token; <see langword="null"/> for none.</param>
    /// <returns>The new client.</returns>
    public ConsulClient WithToken(ConsulToken? token) => new(_http.With(token, _http.Namespace, _http.Partition));

    /// <summary>A client that sends <paramref name="consulNamespace"/> (and <paramref name="partition"/>, when given) instead.</summary>
    /// <param name="consulNamespace">The namespace; <see langword="null"/> or empty for none.</param>
    /// <param name="partition">The partition; <see langword="null"/> keeps the current one.</param>
    /// <returns>The new client.</returns>
    public ConsulClient WithNamespace(string? consulNamespace, string? partition = null) =>
        new(_http.With(_http.Token, Empty(consulNamespace), partition is null ? _http.Partition : Empty(partition)));

    // ---- ACL login and logout ----

    /// <summary>
    /// <c>POST /v1/acl/login</c> with <c>{"AuthMethod", "BearerToken", "Meta"}</c>, as Nomad's client derives a workload token.
    /// No token is sent. Binding rules decide what the token gets (a service identity, roles).
    /// </summary>
    /// <param name="authMethod">The auth method, e.g. <c>nomad-workloads</c>.</param>
    /// <param name="bearerToken">The workload identity JWT.</param>
    /// <param name="meta">The token's metadata, e.g. <c>requested_by = nomad_task_web</c>; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new token.</returns>
    public async Task<ConsulAclToken> LoginAsync(string authMethod, string bearerToken, IReadOnlyDictionary<string, string>? meta = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(authMethod);
        ArgumentException.ThrowIfNullOrEmpty(bearerToken);
        var body = new JsonObject { ["AuthMethod"] = authMethod, ["BearerToken"] = bearerToken };
        if (meta is { Count: > 0 })
        {
            body["Meta"] = StringMap(meta);
        }

        using var document = await _http.With(null, _http.Namespace, _http.Partition)
            .SendAsync(HttpMethod.Post, "acl/login", body, $"auth method \"{authMethod}\"", false, cancellationToken).ConfigureAwait(false);
        return document?.RootElement is { } root && ReadToken(root) is { } token
            ? token
            : throw new ConsulException($"Consul at {Address} answered POST /v1/acl/login (auth method \"{authMethod}\") without a token.");
    }

    /// <summary><c>POST /v1/acl/logout</c> with <paramref name="token"/> as <c>X-Consul-Token</c>, in the token's namespace and partition, as Nomad revokes a workload token.</summary>
    /// <param name="token">A token from <see cref="LoginAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public async Task LogoutAsync(ConsulAclToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        var http = _http.With(token.SecretId, token.Namespace ?? _http.Namespace, token.Partition ?? _http.Partition);
        var subject = $"token {token.AccessorId} of auth method \"{token.AuthMethod}\"";
        using var _ = await http.SendAsync(HttpMethod.Post, "acl/logout", (JsonNode?)null, subject, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET /v1/acl/token/self</c>: what this client's token is.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token.</returns>
    public async Task<ConsulAclToken> ReadSelfTokenAsync(CancellationToken cancellationToken = default)
    {
        using var document = await _http.SendAsync(HttpMethod.Get, "acl/token/self", (JsonNode?)null, null, false, cancellationToken).ConfigureAwait(false);
        return document?.RootElement is { } root && ReadToken(root) is { } token
            ? token
            : throw new ConsulException($"Consul at {Address} answered GET /v1/acl/token/self without a token.");
    }

    // ---- agent services ----

    /// <summary><c>PUT /v1/agent/service/register</c>, with this client's token (a service's derived token, as Nomad registers workload services).</summary>
    /// <param name="service">The service.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public async Task RegisterServiceAsync(ConsulServiceRegistration service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var body = new JsonObject
        {
            ["ID"] = service.Id,
            ["Name"] = service.Name,
            ["Tags"] = new JsonArray(service.Tags.Select(t => (JsonNode)t!).ToArray()),
            ["Port"] = service.Port,
            ["Address"] = service.Address,
            ["Meta"] = StringMap(service.Meta),
        };
        using var _ = await _http.SendAsync(HttpMethod.Put, "agent/service/register", body, $"service \"{service.Name}\"", false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>PUT /v1/agent/service/deregister/:id</c>.</summary>
    /// <param name="serviceId">The service ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public async Task DeregisterServiceAsync(string serviceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceId);
        using var _ = await _http.SendAsync(HttpMethod.Put, "agent/service/deregister/" + Uri.EscapeDataString(serviceId), (JsonNode?)null, $"service ID \"{serviceId}\"", false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET /v1/agent/services</c>: the IDs and names of the services registered on the agent (that the token may read).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Service name by ID.</returns>
    public async Task<IReadOnlyDictionary<string, string>> ListAgentServicesAsync(CancellationToken cancellationToken = default)
    {
        using var document = await _http.SendAsync(HttpMethod.Get, "agent/services", (JsonNode?)null, null, false, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document?.RootElement is { ValueKind: JsonValueKind.Object } root)
        {
            foreach (var service in root.EnumerateObject())
            {
                result[service.Name] = Json.String(service.Value, "Service") ?? "";
            }
        }

        return result;
    }

    // ---- KV ----

    /// <summary><c>GET /v1/kv/:key</c>; <see langword="null"/> when the key does not exist.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pair, or <see langword="null"/>.</returns>
    public async Task<ConsulKvPair?> KvGetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        using var document = await _http.SendAsync(HttpMethod.Get, "kv/" + KeyPath(key), (JsonNode?)null, $"key \"{key}\"", true, cancellationToken).ConfigureAwait(false);
        if (document?.RootElement is not { ValueKind: JsonValueKind.Array } root || root.GetArrayLength() == 0)
        {
            return null;
        }

        var pair = root[0];
        var value = Json.String(pair, "Value") is { } base64 ? Convert.FromBase64String(base64) : [];
        return new ConsulKvPair(Json.String(pair, "Key") ?? key, value, (ulong)Json.Number(pair, "ModifyIndex"), (ulong)Json.Number(pair, "Flags"));
    }

    /// <summary><c>PUT /v1/kv/:key</c> with the raw value; with <paramref name="cas"/>, only when the key's <c>ModifyIndex</c> still equals it (0: only if absent).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value bytes.</param>
    /// <param name="cas">The check-and-set index; <see langword="null"/> for an unconditional write.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether Consul wrote the value (false: the check-and-set index did not match).</returns>
    public async Task<bool> KvPutAsync(string key, ReadOnlyMemory<byte> value, ulong? cas = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var query = cas is { } index ? new[] { ("cas", index.ToString(CultureInfo.InvariantCulture)) } : [];
        using var content = new ByteArrayContent(value.ToArray());
        using var document = await _http.SendAsync(HttpMethod.Put, "kv/" + KeyPath(key), content, $"key \"{key}\"", false, cancellationToken, query).ConfigureAwait(false);
        return document?.RootElement.ValueKind == JsonValueKind.True;
    }

    /// <summary><c>DELETE /v1/kv/:key</c>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public async Task KvDeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        using var _ = await _http.SendAsync(HttpMethod.Delete, "kv/" + KeyPath(key), (JsonNode?)null, $"key \"{key}\"", false, cancellationToken).ConfigureAwait(false);
    }

    private static string KeyPath(string key) => string.Join("/", key.TrimStart('/').Split('/').Select(Uri.EscapeDataString));

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static JsonObject StringMap(IEnumerable<KeyValuePair<string, string>> map)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            result[key] = value;
        }

        return result;
    }

    private static ConsulAclToken? ReadToken(JsonElement root)
    {
        if (Json.String(root, "SecretID") is not { Length: > 0 } secret)
        {
            return null;
        }

        var serviceIdentities = Json.Property(root, "ServiceIdentities") is { ValueKind: JsonValueKind.Array } si
            ? si.EnumerateArray().Select(s => Json.String(s, "ServiceName") ?? "").ToArray()
            : [];
        var roles = Json.Property(root, "Roles") is { ValueKind: JsonValueKind.Array } r
            ? r.EnumerateArray().Select(s => Json.String(s, "Name") ?? "").ToArray()
            : [];
        return new ConsulAclToken(Json.String(root, "AccessorID") ?? "", new ConsulToken(secret), Json.String(root, "Namespace"), Json.String(root, "Partition"),
            Json.String(root, "AuthMethod"), serviceIdentities, roles);
    }
}
