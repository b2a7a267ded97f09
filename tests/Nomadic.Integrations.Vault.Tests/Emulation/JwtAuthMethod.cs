using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Nomadic.Integrations.Vault.Tests.Emulation;

/// <summary>
/// Vault's JWT auth method from its API docs (<c>auth/jwt</c>): <c>config</c> (checks that <c>jwks_url</c> answers), roles, and
/// login that fetches the JWKS, verifies the signature with an algorithm allow-list, <c>bound_audiences</c>, expiry,
/// <c>user_claim</c> (as a JSON pointer) and copies <c>claim_mappings</c> into the token's metadata and identity alias.
/// </summary>
internal sealed class JwtAuthMethod(FakeVaultServer server, string accessor)
{
    private static readonly TimeSpan Leeway = TimeSpan.FromSeconds(150);
    private readonly Dictionary<string, JsonObject> _roles = new(StringComparer.Ordinal);
    private JsonObject? _config;

    public string Accessor { get; } = accessor;

    public string Describe()
    {
        lock (_roles)
        {
            return $"{Accessor}:config={_config?.ToJsonString()}:roles={string.Join(",", _roles.OrderBy(r => r.Key).Select(r => r.Key + "=" + r.Value.ToJsonString()))}";
        }
    }

    public async Task<(HttpStatusCode, JsonObject?)> RouteAsync(string method, string[] rest, JsonObject body, CancellationToken cancellationToken)
    {
        switch (rest)
        {
            case ["config"] when method == "GET":
                lock (_roles)
                {
                    return _config is null ? (HttpStatusCode.NotFound, null) : (HttpStatusCode.OK, new JsonObject { ["data"] = _config.DeepClone() });
                }

            case ["config"] when method is "PUT" or "POST":
                if (body["jwks_url"]?.GetValue<string>() is { } url && await Jwks.CheckAsync(server.JwksHttpClient, url, cancellationToken) is { } error)
                {
                    return (HttpStatusCode.BadRequest, FakeVaultServer.Errors($"error checking jwks URL: {error}"));
                }

                lock (_roles)
                {
                    _config = (JsonObject)body.DeepClone();
                }

                return (HttpStatusCode.NoContent, null);
            case ["role"] when method == "LIST":
                lock (_roles)
                {
                    return _roles.Count == 0
                        ? (HttpStatusCode.NotFound, FakeVaultServer.Errors())
                        : (HttpStatusCode.OK, new JsonObject { ["data"] = new JsonObject { ["keys"] = new JsonArray(_roles.Keys.Order(StringComparer.Ordinal).Select(k => (JsonNode)k!).ToArray()) } });
                }

            case ["role", var name]:
                lock (_roles)
                {
                    switch (method)
                    {
                        case "GET":
                            return _roles.TryGetValue(name, out var r) ? (HttpStatusCode.OK, new JsonObject { ["data"] = r.DeepClone() }) : (HttpStatusCode.NotFound, null);
                        case "PUT" or "POST":
                            _roles[name] = (JsonObject)body.DeepClone();
                            return (HttpStatusCode.NoContent, null);
                        case "DELETE":
                            _roles.Remove(name);
                            return (HttpStatusCode.NoContent, null);
                    }
                }

                break;
        }

        return (HttpStatusCode.MethodNotAllowed, FakeVaultServer.Errors("unsupported operation"));
    }

    public async Task<(HttpStatusCode, JsonObject?)> LoginAsync(JsonObject body, CancellationToken cancellationToken)
    {
        JsonObject config;
        JsonObject? role;
        var roleName = body["role"]?.GetValue<string>() is { Length: > 0 } r ? r : null;
        lock (_roles)
        {
            if (_config is null)
            {
                return BadRequest("could not load configuration");
            }

            config = (JsonObject)_config.DeepClone();
            roleName ??= config["default_role"]?.GetValue<string>();
            if (roleName is null)
            {
                return BadRequest("missing role");
            }

            role = _roles.TryGetValue(roleName, out var found) ? (JsonObject)found.DeepClone() : null;
        }

        if (role is null)
        {
            return BadRequest($"role \"{roleName}\" could not be found");
        }

        var jwt = body["jwt"]?.GetValue<string>();
        if (string.IsNullOrEmpty(jwt))
        {
            return BadRequest("missing token");
        }

        var keys = await Jwks.GetAsync(server.JwksHttpClient, config["jwks_url"]!.GetValue<string>(), cancellationToken);
        if (keys is null)
        {
            return BadRequest("error fetching JWKS");
        }

        var token = new JsonWebToken(jwt);
        var algorithms = config["jwt_supported_algs"] is JsonArray algs ? algs.Select(a => a!.GetValue<string>()).ToArray() : ["RS256"];
        if (!algorithms.Contains(token.Alg))
        {
            return BadRequest($"token algorithm \"{token.Alg}\" is not in jwt_supported_algs");
        }

        if (!await Jwks.VerifySignatureAsync(jwt, keys, algorithms))
        {
            return BadRequest("failed to verify id token signature");
        }

        var now = server.Time.GetUtcNow();
        if (token.TryGetPayloadValue<long>("exp", out var exp) && DateTimeOffset.FromUnixTimeSeconds(exp) + Leeway < now)
        {
            return BadRequest("token is expired");
        }

        var bound = role["bound_audiences"] switch
        {
            JsonArray a => a.Select(x => x!.GetValue<string>()).ToArray(),
            JsonValue v => v.GetValue<string>().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            _ => [],
        };
        if (bound.Length > 0 && !token.Audiences.Any(bound.Contains))
        {
            return BadRequest("aud claim does not match any bound audience");
        }

        using var claims = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload));
        var userClaim = role["user_claim"]?.GetValue<string>() ?? "sub";
        var pointer = role["user_claim_json_pointer"]?.GetValue<bool>() == true;
        if (Lookup(claims.RootElement, userClaim, pointer) is not { } user)
        {
            return BadRequest($"claim \"{userClaim}\" not found in token");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["role"] = roleName };
        if (role["claim_mappings"] is JsonObject mappings)
        {
            foreach (var (claim, target) in mappings)
            {
                if (Lookup(claims.RootElement, claim, false) is { } value)
                {
                    metadata[target!.GetValue<string>()] = value;
                }
            }
        }

        var policies = role["token_policies"] is JsonArray tp ? tp.Select(p => p!.GetValue<string>()).Append("default").ToArray() : ["default"];
        var type = role["token_type"]?.GetValue<string>() is "batch" ? "batch" : "service";
        var period = Duration(role["token_period"]);
        var ttl = Duration(role["token_ttl"]);
        var entry = server.IssueToken(policies, type, type == "batch" ? TimeSpan.Zero : period, ttl > TimeSpan.Zero ? ttl : period > TimeSpan.Zero ? period : TimeSpan.FromHours(768), metadata, Accessor);
        _ = user;
        return (HttpStatusCode.OK, FakeVaultServer.AuthAnswer(entry));
    }

    private static (HttpStatusCode, JsonObject?) BadRequest(string error) => (HttpStatusCode.BadRequest, FakeVaultServer.Errors(error));

    private static TimeSpan Duration(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<long>(out var seconds) => TimeSpan.FromSeconds(seconds),
        JsonValue v when v.TryGetValue<string>(out var text) && text.Length > 0 => text[^1] switch
        {
            'h' => TimeSpan.FromHours(double.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture)),
            'm' => TimeSpan.FromMinutes(double.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture)),
            's' => TimeSpan.FromSeconds(double.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture)),
            _ => TimeSpan.FromSeconds(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture)),
        },
        _ => TimeSpan.Zero,
    };

    private static string? Lookup(JsonElement root, string claim, bool pointer)
    {
        var element = root;
        foreach (var part in pointer ? claim.TrimStart('/').Split('/') : [claim])
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(part, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
    }
}
