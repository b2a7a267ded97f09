using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Nomadic.Integrations.Vault.Tests.Emulation;

/// <summary>
/// An in-process Vault written from Vault's API documentation, on Kestrel 127.0.0.1: the token store (service and batch
/// tokens, TTL, renew/lookup/revoke-self), KV v2 at <c>secret/</c>, <c>sys/auth</c>, <c>sys/policies/acl</c>, the JWT auth method
/// (<see cref="JwtAuthMethod"/>), Enterprise license and namespaces on request. It records every request, and
/// <see cref="Intercept"/> lets a test inject failures.
/// </summary>
internal sealed partial class FakeVaultServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Dictionary<string, VaultTokenEntry> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(JsonObject Data, DateTimeOffset Created)>> _kv = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _policies = new(StringComparer.Ordinal) { ["default"] = "", ["root"] = "" };
    private readonly Dictionary<string, JwtAuthMethod> _authMounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _namespaces = new(StringComparer.Ordinal);
    private int _accessorCounter;

    private FakeVaultServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        Time = time;
        RootToken = "hvs.root-" + Guid.NewGuid().ToString("N");
        _tokens[RootToken] = new VaultTokenEntry { Id = RootToken, Accessor = NewAccessor(), Policies = ["root"], Type = "service", Renewable = false };
    }

    public Uri Address { get; private set; } = null!;

    public string RootToken { get; }

    public TimeProvider Time { get; }

    /// <summary>Whether <c>sys/license/status</c> and <c>sys/namespaces</c> answer (Vault Enterprise).</summary>
    public bool Enterprise { get; set; }

    /// <summary>Runs before every request; return true when it answered the request itself.</summary>
    public Func<HttpContext, Task<bool>>? Intercept { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public HttpClient JwksHttpClient { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<FakeVaultServer> StartAsync(TimeProvider? time = null, System.Security.Cryptography.X509Certificates.X509Certificate2? httpsCertificate = null)
    {
        var app = KestrelLoopback.CreateBuilder(httpsCertificate).Build();
        var server = new FakeVaultServer(app, time ?? TimeProvider.System);
        app.Run(server.HandleAsync);
        server.Address = await KestrelLoopback.StartAsync(app);
        return server;
    }

    public void ClearRequests() => _requests.Clear();

    /// <summary>A copy of everything the server holds, to compare before and after.</summary>
    public string Snapshot()
    {
        lock (_gate)
        {
            var mounts = string.Join(";", _authMounts.OrderBy(m => m.Key).Select(m => $"{m.Key}={m.Value.Describe()}"));
            var policies = string.Join(";", _policies.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"));
            var namespaces = string.Join(";", _namespaces.OrderBy(n => n.Key).Select(n => $"{n.Key}={n.Value.ToJsonString()}"));
            var kv = string.Join(";", _kv.OrderBy(k => k.Key).Select(k => $"{k.Key}={k.Value.Count}"));
            return $"mounts[{mounts}] policies[{policies}] namespaces[{namespaces}] kv[{kv}]";
        }
    }

    public string? AccessorOf(string mount)
    {
        lock (_gate)
        {
            return _authMounts.TryGetValue(mount, out var m) ? m.Accessor : null;
        }
    }

    /// <summary>Expires a token now (as if its TTL ran out).</summary>
    public void Revoke(string token)
    {
        lock (_gate)
        {
            _tokens.Remove(token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        JwksHttpClient.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal string NewAccessor() => Interlocked.Increment(ref _accessorCounter).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    internal VaultTokenEntry IssueToken(IReadOnlyList<string> policies, string type, TimeSpan period, TimeSpan ttl, Dictionary<string, string> metadata, string? mountAccessor)
    {
        var batch = type == "batch";
        var id = (batch ? "hvb." : "hvs.") + Guid.NewGuid().ToString("N");
        var lifetime = period > TimeSpan.Zero ? period : ttl;
        var entry = new VaultTokenEntry
        {
            Id = id,
            Accessor = NewAccessor(),
            Policies = policies,
            Type = type,
            Renewable = !batch,
            Period = period,
            Ttl = lifetime,
            ExpiresAt = lifetime > TimeSpan.Zero ? Time.GetUtcNow() + lifetime : null,
            Metadata = metadata,
            MountAccessor = mountAccessor,
            AliasMetadata = new Dictionary<string, string>(metadata.Where(m => m.Key != "role"), StringComparer.Ordinal),
        };
        lock (_gate)
        {
            _tokens[id] = entry;
        }

        return entry;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var list = request.Method == "LIST" || (HttpMethods.IsGet(request.Method) && request.Query["list"] == "true");
        var method = list ? "LIST" : request.Method.ToUpperInvariant();
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted);
        var path = request.Path.Value ?? "/";
        var ns = request.Headers["X-Vault-Namespace"].FirstOrDefault();
        var token = request.Headers["X-Vault-Token"].FirstOrDefault();
        _requests.Enqueue(new RecordedRequest(method, path, string.IsNullOrEmpty(ns) ? null : ns, body, token is not null));
        if (Intercept is { } intercept && await intercept(context))
        {
            return;
        }

        if (!path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            await WriteAsync(context, HttpStatusCode.NotFound, Errors("no handler for route"));
            return;
        }

        JsonObject? json = null;
        if (body.Length > 0)
        {
            try
            {
                json = JsonNode.Parse(body) as JsonObject;
            }
            catch (JsonException)
            {
                await WriteAsync(context, HttpStatusCode.BadRequest, Errors("failed to parse JSON input"));
                return;
            }
        }

        var (status, answer) = await RouteAsync(method, path["/v1/".Length..].TrimEnd('/'), json ?? [], token, context.RequestAborted);
        await WriteAsync(context, status, answer);
    }

    private static async Task WriteAsync(HttpContext context, HttpStatusCode status, JsonObject? answer)
    {
        context.Response.StatusCode = (int)status;
        if (answer is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.ToJsonString());
        }
    }

    internal static JsonObject Errors(params string[] errors) => new() { ["errors"] = new JsonArray(errors.Select(e => (JsonNode)e!).ToArray()) };

    private static (HttpStatusCode, JsonObject?) Denied() => (HttpStatusCode.Forbidden, Errors("permission denied"));

    private VaultTokenEntry? Authenticate(string? token)
    {
        if (token is null)
        {
            return null;
        }

        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out var entry))
            {
                return null;
            }

            if (entry.ExpiresAt is { } expires && expires <= Time.GetUtcNow())
            {
                _tokens.Remove(token);
                return null;
            }

            return entry;
        }
    }

    private bool IsRoot(VaultTokenEntry entry) => entry.Policies.Contains("root");

    private bool Can(VaultTokenEntry entry, string path, string capability)
    {
        if (IsRoot(entry))
        {
            return true;
        }

        string[] texts;
        lock (_gate)
        {
            texts = entry.Policies.Where(_policies.ContainsKey).Select(p => _policies[p]).ToArray();
        }

        return AclPolicyEvaluator.Allows(texts, entry, path, capability);
    }
}
