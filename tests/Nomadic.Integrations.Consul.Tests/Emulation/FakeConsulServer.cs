using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Nomadic.Integrations.Consul.Tests.Emulation;

/// <summary>
/// An in-process Consul written from Consul's HTTP API documentation, on Kestrel 127.0.0.1: ACL tokens, policies, roles, auth
/// methods of type <c>jwt</c> (<see cref="JwtLogin"/>), binding rules, login/logout, agent service register/deregister checked
/// against the token's rules, KV with check-and-set, and Enterprise license and namespaces on request. ACLs default to deny.
/// It records every request (path with its query, keys sorted) and <see cref="Intercept"/> lets a test inject failures.
/// </summary>
internal sealed partial class FakeConsulServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Dictionary<string, ConsulTokenEntry> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, string Rules)> _policies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, IReadOnlyList<string> Policies)> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _authMethods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _bindingRules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _namespaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (byte[] Value, ulong Index)> _kv = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _services = new(StringComparer.Ordinal);
    private ulong _index = 10;

    private FakeConsulServer(WebApplication app, TimeProvider time)
    {
        _app = app;
        Time = time;
        RootToken = Guid.NewGuid().ToString();
        _tokens[RootToken] = new ConsulTokenEntry(Guid.NewGuid().ToString(), RootToken, "Bootstrap Token (Global Management)", [], [], [], null, Management: true);
    }

    public Uri Address { get; private set; } = null!;

    public string RootToken { get; }

    public TimeProvider Time { get; }

    /// <summary>Whether <c>operator/license</c> and the namespace endpoints answer (Consul Enterprise).</summary>
    public bool Enterprise { get; set; }

    /// <summary>Runs before every request; return true when it answered the request itself.</summary>
    public Func<HttpContext, Task<bool>>? Intercept { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public HttpClient JwksHttpClient { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<FakeConsulServer> StartAsync(TimeProvider? time = null)
    {
        var app = KestrelLoopback.CreateBuilder().Build();
        var server = new FakeConsulServer(app, time ?? TimeProvider.System);
        app.Run(server.HandleAsync);
        server.Address = await KestrelLoopback.StartAsync(app);
        return server;
    }

    public void ClearRequests() => _requests.Clear();

    /// <summary>Everything the server holds but tokens and KV, to compare before and after.</summary>
    public string Snapshot()
    {
        lock (_gate)
        {
            var methods = string.Join(";", _authMethods.OrderBy(m => m.Key).Select(m => m.Value.ToJsonString()));
            var rules = string.Join(";", _bindingRules.Values.Select(r => $"{r["BindType"]}:{r["BindName"]}:{r["Selector"]}").Order());
            var policies = string.Join(";", _policies.Values.Select(p => $"{p.Name}={p.Rules}").Order());
            var roles = string.Join(";", _roles.Values.Select(r => $"{r.Name}={string.Join(",", r.Policies)}").Order());
            var namespaces = string.Join(";", _namespaces.OrderBy(n => n.Key).Select(n => n.Value.ToJsonString()));
            return $"methods[{methods}] rules[{rules}] policies[{policies}] roles[{roles}] namespaces[{namespaces}]";
        }
    }

    /// <summary>The tokens that logins created and logouts have not removed.</summary>
    public IReadOnlyList<ConsulTokenEntry> LoginTokens
    {
        get
        {
            lock (_gate)
            {
                return _tokens.Values.Where(t => t.AuthMethod is not null).ToArray();
            }
        }
    }

    /// <summary>The services registered on the agent: name by ID.</summary>
    public IReadOnlyDictionary<string, string> Services
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_services);
            }
        }
    }

    /// <summary>Writes a KV pair directly, as an operator would have.</summary>
    public void PutKey(string key, string value)
    {
        lock (_gate)
        {
            _kv[key] = (Encoding.UTF8.GetBytes(value), ++_index);
        }
    }

    public async ValueTask DisposeAsync()
    {
        JwksHttpClient.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal ConsulTokenEntry IssueToken(string description, IReadOnlyList<string> roles, IReadOnlyList<string> serviceIdentities, string authMethod)
    {
        var entry = new ConsulTokenEntry(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), description, [], roles, serviceIdentities, authMethod, Management: false);
        lock (_gate)
        {
            _tokens[entry.SecretId] = entry;
        }

        return entry;
    }

    internal JsonObject? AuthMethod(string name)
    {
        lock (_gate)
        {
            return _authMethods.TryGetValue(name, out var m) ? (JsonObject)m.DeepClone() : null;
        }
    }

    internal JsonObject[] BindingRulesOf(string authMethod)
    {
        lock (_gate)
        {
            return _bindingRules.Values.Where(r => r["AuthMethod"]?.GetValue<string>() == authMethod).Select(r => (JsonObject)r.DeepClone()).ToArray();
        }
    }

    internal bool RoleExists(string name)
    {
        lock (_gate)
        {
            return _roles.Values.Any(r => r.Name == name);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        var path = request.Path.Value ?? "/";
        var query = string.Join("&", request.Query.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key}={q.Value}"));
        var token = request.Headers["X-Consul-Token"].FirstOrDefault();
        var ns = request.Query["ns"].FirstOrDefault();
        _requests.Enqueue(new RecordedRequest(request.Method, query.Length == 0 ? path : $"{path}?{query}", ns, Encoding.UTF8.GetString(bytes), token is not null));
        if (Intercept is { } intercept && await intercept(context))
        {
            return;
        }

        var (status, answer) = path.StartsWith("/v1/", StringComparison.Ordinal)
            ? await RouteAsync(request.Method, path["/v1/".Length..].TrimEnd('/').Split('/'), request.Query, bytes, token, context.RequestAborted)
            : (HttpStatusCode.NotFound, (JsonNode?)null);
        context.Response.StatusCode = (int)status;
        switch (answer)
        {
            case JsonValue text when text.TryGetValue<string>(out var plain) && (int)status >= 400:
                await context.Response.WriteAsync(plain);
                break;
            case not null:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(answer.ToJsonString());
                break;
        }
    }

    private static (HttpStatusCode, JsonNode?) Error(HttpStatusCode status, string text) => (status, JsonValue.Create(text));

    private static JsonObject? ParseObject(byte[] body)
    {
        try
        {
            return body.Length == 0 ? [] : JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string NewId() => Guid.NewGuid().ToString();
}
