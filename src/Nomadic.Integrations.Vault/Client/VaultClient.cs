using System.Text.Json;
using System.Text.Json.Nodes;
using Nomadic.Integrations.Http;
using Nomadic.Integrations.Vault.Internal;

namespace Nomadic.Integrations.Vault;

/// <summary>
/// A thin typed client of Vault's HTTP API (<c>/v1/...</c>) for one cluster, token and namespace. Instances are cheap:
/// <see cref="WithToken"/> and <see cref="WithNamespace"/> return new ones over the same <see cref="HttpClient"/>. Get one from
/// <see cref="IVaultClientFactory"/>. Every failure is a <see cref="VaultException"/>.
/// </summary>
public sealed partial class VaultClient
{
    private readonly VaultHttp _http;

    /// <summary>Creates a client over an <see cref="HttpClient"/> (normally the factory's, with resilience and TLS configured).</summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="address">Vault's address.</param>
    /// <param name="token">The token sent as <c>X-Vault-Token</c>; <see langword="null"/> for none.</param>
    /// <param name="vaultNamespace">The namespace sent as <c>X-Vault-Namespace</c>; <see langword="null"/> for none.</param>
    public VaultClient(HttpClient httpClient, Uri address, VaultToken? token = null, string? vaultNamespace = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(address);
        _http = new VaultHttp(httpClient, address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/"), token, vaultNamespace);
    }

    private VaultClient(VaultHttp http) => _http = http;

    /// <summary>Vault's address.</summary>
    public Uri Address => _http.Address;

    /// <summary>The namespace sent as <c>X-Vault-Namespace</c>; <see langword="null"/> for the root namespace.</summary>
    public string? Namespace => _http.Namespace;

    /// <summary>Whether a token is set.</summary>
    public bool HasToken => _http.Token is not null;

    /// <summary>A client that sends <paramref name="token"/> instead.</summary>
    /// <param name="token">The token; <see langword="null"/> for none (a login).</param>
    /// <returns>The new client.</returns>
    public VaultClient WithToken(VaultToken? token) => new(_http.With(token, _http.Namespace));

    /// <summary>A client that sends <paramref name="vaultNamespace"/> instead.</summary>
    /// <param name="vaultNamespace">The namespace; <see langword="null"/> or empty for the root namespace.</param>
    /// <returns>The new client.</returns>
    public VaultClient WithNamespace(string? vaultNamespace) => new(_http.With(_http.Token, string.IsNullOrEmpty(vaultNamespace) ? null : vaultNamespace));

    // ---- auth: JWT login and the token's own calls ----

    /// <summary>
    /// <c>PUT /v1/auth/:mount/login</c> with <c>{"role", "jwt"}</c>, as Nomad's client derives a task token. No token is sent.
    /// An empty role lets Vault use the mount's <c>default_role</c>.
    /// </summary>
    /// <param name="jwt">The workload identity JWT.</param>
    /// <param name="role">The role; <see langword="null"/> or empty for the mount's default role.</param>
    /// <param name="mount">The JWT auth mount, e.g. <c>jwt-nomad</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new token.</returns>
    public async Task<VaultAuth> LoginWithJwtAsync(string jwt, string? role, string mount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jwt);
        ArgumentException.ThrowIfNullOrEmpty(mount);
        var body = new JsonObject { ["role"] = role ?? "", ["jwt"] = jwt };
        var subject = string.IsNullOrEmpty(role) ? $"mount {mount}, the mount's default role" : $"mount {mount}, role \"{role}\"";
        using var document = await _http.With(null, _http.Namespace).SendAsync(HttpMethod.Put, $"auth/{mount.Trim('/')}/login", body, subject, false, cancellationToken).ConfigureAwait(false);
        return ReadAuth(document, "auth", subject);
    }

    /// <summary><c>PUT /v1/auth/token/renew-self</c> with <c>{"increment": seconds}</c>.</summary>
    /// <param name="increment">The TTL asked for; <see langword="null"/> to let Vault decide.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The renewed lease.</returns>
    public async Task<VaultAuth> RenewSelfAsync(TimeSpan? increment = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject();
        if (increment is { } i)
        {
            body["increment"] = (long)i.TotalSeconds;
        }

        using var document = await _http.SendAsync(HttpMethod.Put, "auth/token/renew-self", body, null, false, cancellationToken).ConfigureAwait(false);
        return ReadAuth(document, "auth", null);
    }

    /// <summary><c>GET /v1/auth/token/lookup-self</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token's properties (<c>ttl</c> as the lease duration).</returns>
    public async Task<VaultAuth> LookupSelfAsync(CancellationToken cancellationToken = default)
    {
        using var document = await _http.SendAsync(HttpMethod.Get, "auth/token/lookup-self", null, null, false, cancellationToken).ConfigureAwait(false);
        var data = document?.RootElement is { } root ? Json.Property(root, "data") : null;
        if (data is not { } d || Json.String(d, "id") is not { Length: > 0 } id)
        {
            throw new VaultException($"Vault at {Address} answered GET /v1/auth/token/lookup-self without a token.");
        }

        return new VaultAuth(new VaultToken(id), Json.String(d, "accessor"), Json.Strings(d, "policies"), TimeSpan.FromSeconds(Json.Number(d, "ttl")),
            Json.Bool(d, "renewable"), Json.String(d, "type") ?? "service", Json.StringMap(d, "meta"), []);
    }

    /// <summary><c>PUT /v1/auth/token/revoke-self</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public async Task RevokeSelfAsync(CancellationToken cancellationToken = default)
    {
        using var _ = await _http.SendAsync(HttpMethod.Put, "auth/token/revoke-self", null, null, false, cancellationToken).ConfigureAwait(false);
    }

    // ---- KV v2 ----

    /// <summary><c>GET /v1/:mount/data/:path</c>; <see langword="null"/> when there is no such secret.</summary>
    /// <param name="path">The secret path, e.g. <c>default/web/db</c>.</param>
    /// <param name="mount">The KV v2 mount; default <c>secret</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The latest version, or <see langword="null"/>.</returns>
    public async Task<KvSecret?> KvReadAsync(string path, string mount = "secret", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var document = await _http.SendAsync(HttpMethod.Get, $"{mount.Trim('/')}/data/{path.Trim('/')}", null, null, true, cancellationToken).ConfigureAwait(false);
        if (document?.RootElement is not { } root || Json.Property(root, "data") is not { } data)
        {
            return null;
        }

        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (Json.Property(data, "data") is { ValueKind: JsonValueKind.Object } kv)
        {
            foreach (var p in kv.EnumerateObject())
            {
                values[p.Name] = p.Value.Clone();
            }
        }

        var metadata = Json.Property(data, "metadata");
        return new KvSecret(values, metadata is { } m ? (int)Json.Number(m, "version") : 0, metadata is { } m2 ? Json.String(m2, "created_time") : null);
    }

    /// <summary><c>POST /v1/:mount/data/:path</c> with <c>{"data": ...}</c>.</summary>
    /// <param name="path">The secret path.</param>
    /// <param name="data">The key/value pairs.</param>
    /// <param name="mount">The KV v2 mount; default <c>secret</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new version number.</returns>
    public async Task<int> KvWriteAsync(string path, IReadOnlyDictionary<string, string> data, string mount = "secret", CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(data);
        var values = new JsonObject();
        foreach (var (key, value) in data)
        {
            values[key] = value;
        }

        using var document = await _http.SendAsync(HttpMethod.Post, $"{mount.Trim('/')}/data/{path.Trim('/')}", new JsonObject { ["data"] = values }, null, false, cancellationToken).ConfigureAwait(false);
        return document?.RootElement is { } root && Json.Property(root, "data") is { } d ? (int)Json.Number(d, "version") : 0;
    }

    /// <summary><c>LIST /v1/:mount/metadata/:path</c>; empty when there is nothing under it.</summary>
    /// <param name="path">The folder path; empty for the mount's root.</param>
    /// <param name="mount">The KV v2 mount; default <c>secret</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keys; folders end with <c>/</c>.</returns>
    public Task<IReadOnlyList<string>> KvListAsync(string path, string mount = "secret", CancellationToken cancellationToken = default) =>
        ListAsync($"{mount.Trim('/')}/metadata/{path.Trim('/')}", cancellationToken);

    // ---- generic ----

    /// <summary><c>GET /v1/:path</c>; the whole answer, or <see langword="null"/> on 404.</summary>
    /// <param name="path">The API path without <c>/v1/</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer's root element (cloned), or <see langword="null"/>.</returns>
    public async Task<JsonElement?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        using var document = await _http.SendAsync(HttpMethod.Get, path, null, null, true, cancellationToken).ConfigureAwait(false);
        return document?.RootElement.Clone();
    }

    /// <summary>Sends <paramref name="body"/> to <c>/v1/:path</c> with <paramref name="method"/> (Vault treats PUT and POST alike).</summary>
    /// <param name="method">PUT, POST or DELETE.</param>
    /// <param name="path">The API path without <c>/v1/</c>.</param>
    /// <param name="body">The JSON body; <see langword="null"/> for none.</param>
    /// <param name="subject">What the call is about, for error messages (e.g. <c>policy "x"</c>); never a secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer's root element (cloned), or <see langword="null"/> for an empty answer.</returns>
    public async Task<JsonElement?> SendAsync(HttpMethod method, string path, JsonNode? body, string? subject = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        using var document = await _http.SendAsync(method, path, body, subject, false, cancellationToken).ConfigureAwait(false);
        return document?.RootElement.Clone();
    }

    /// <summary><c>LIST /v1/:path</c> (sent as <c>GET ?list=true</c>, like Vault's Go client): <c>data.keys</c>, empty on 404.</summary>
    /// <param name="path">The API path without <c>/v1/</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keys.</returns>
    public async Task<IReadOnlyList<string>> ListAsync(string path, CancellationToken cancellationToken = default)
    {
        using var document = await _http.SendAsync(new HttpMethod("LIST"), path, null, null, true, cancellationToken).ConfigureAwait(false);
        return document?.RootElement is { } root && Json.Property(root, "data") is { } data ? Json.Strings(data, "keys") : [];
    }

    private VaultAuth ReadAuth(JsonDocument? document, string property, string? subject)
    {
        var root = document?.RootElement;
        if (root is not { } r || Json.Property(r, property) is not { } auth || Json.String(auth, "client_token") is not { Length: > 0 } token)
        {
            throw new VaultException($"Vault at {Address} answered without an auth token{(subject is null ? "" : $" ({subject})")}.");
        }

        return new VaultAuth(new VaultToken(token), Json.String(auth, "accessor"), Json.Strings(auth, "token_policies") is { Count: > 0 } p ? p : Json.Strings(auth, "policies"),
            TimeSpan.FromSeconds(Json.Number(auth, "lease_duration")), Json.Bool(auth, "renewable"), Json.String(auth, "token_type") ?? "service",
            Json.StringMap(auth, "metadata"), Json.Strings(r, "warnings"));
    }
}
