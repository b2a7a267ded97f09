using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Nomadic.Integrations.Vault.Tests.Emulation;

internal sealed partial class FakeVaultServer
{
    private async Task<(HttpStatusCode, JsonObject?)> RouteAsync(string method, string path, JsonObject body, string? token, CancellationToken cancellationToken)
    {
        var segments = path.Split('/');
        if (segments is ["auth", var loginMount, "login"] && method is "PUT" or "POST")
        {
            JwtAuthMethod? jwt;
            lock (_gate)
            {
                _authMounts.TryGetValue(loginMount, out jwt);
            }

            return jwt is null ? (HttpStatusCode.NotFound, Errors($"no handler for route \"auth/{loginMount}/login\"")) : await jwt.LoginAsync(body, cancellationToken);
        }

        if (Authenticate(token) is not { } caller)
        {
            return Denied();
        }

        return segments switch
        {
            ["auth", "token", "lookup-self"] when method == "GET" => LookupSelf(caller),
            ["auth", "token", "renew-self"] when method is "PUT" or "POST" => RenewSelf(caller, body),
            ["auth", "token", "revoke-self"] when method is "PUT" or "POST" => RevokeSelf(caller),
            ["secret", "data", ..] => Kv(method, caller, path, string.Join('/', segments[2..]), body),
            ["secret", "metadata", ..] when method == "LIST" => KvList(caller, path, string.Join('/', segments[2..])),
            _ when !IsRoot(caller) => Denied(),
            ["sys", "license", "status"] when method == "GET" => Enterprise ? (HttpStatusCode.OK, new JsonObject { ["data"] = new JsonObject { ["autoloaded"] = new JsonObject() } }) : (HttpStatusCode.NotFound, Errors("unsupported path")),
            ["sys", "namespaces", var name] => Namespace(method, name, body),
            ["sys", "auth"] when method == "GET" => ListMounts(),
            ["sys", "auth", var mount] => Mount(method, mount, body),
            ["sys", "policies", "acl"] when method == "LIST" => Keys(_policies.Keys),
            ["sys", "policies", "acl", var name] => Policy(method, name, body),
            ["auth", var mount, ..] when MountOf(mount) is { } jwt => await jwt.RouteAsync(method, segments[2..], body, cancellationToken),
            _ => (HttpStatusCode.NotFound, Errors($"no handler for route \"{path}\"")),
        };
    }

    private JwtAuthMethod? MountOf(string mount)
    {
        lock (_gate)
        {
            return _authMounts.GetValueOrDefault(mount);
        }
    }

    private static JsonObject TokenData(VaultTokenEntry t) => new()
    {
        ["id"] = t.Id,
        ["accessor"] = t.Accessor,
        ["policies"] = new JsonArray(t.Policies.Select(p => (JsonNode)p!).ToArray()),
        ["ttl"] = (long)t.Ttl.TotalSeconds,
        ["renewable"] = t.Renewable,
        ["type"] = t.Type,
        ["meta"] = Map(t.Metadata),
    };

    internal static JsonObject AuthAnswer(VaultTokenEntry t, string? warning = null) => new()
    {
        ["auth"] = new JsonObject
        {
            ["client_token"] = t.Id,
            ["accessor"] = t.Accessor,
            ["policies"] = new JsonArray(t.Policies.Select(p => (JsonNode)p!).ToArray()),
            ["token_policies"] = new JsonArray(t.Policies.Select(p => (JsonNode)p!).ToArray()),
            ["metadata"] = Map(t.Metadata),
            ["lease_duration"] = (long)t.Ttl.TotalSeconds,
            ["renewable"] = t.Renewable,
            ["token_type"] = t.Type,
        },
        ["warnings"] = warning is null ? null : new JsonArray(warning),
    };

    private static JsonObject Map(IReadOnlyDictionary<string, string> values)
    {
        var o = new JsonObject();
        foreach (var (k, v) in values)
        {
            o[k] = v;
        }

        return o;
    }

    private (HttpStatusCode, JsonObject?) LookupSelf(VaultTokenEntry caller)
    {
        var remaining = caller.ExpiresAt is { } e ? e - Time.GetUtcNow() : TimeSpan.Zero;
        var data = TokenData(caller);
        data["ttl"] = (long)Math.Max(0, remaining.TotalSeconds);
        return (HttpStatusCode.OK, new JsonObject { ["data"] = data });
    }

    private (HttpStatusCode, JsonObject?) RenewSelf(VaultTokenEntry caller, JsonObject body)
    {
        if (!caller.Renewable)
        {
            return (HttpStatusCode.BadRequest, Errors(caller.Type == "batch" ? "batch tokens cannot be renewed" : "lease is not renewable"));
        }

        var increment = body["increment"]?.GetValue<long>() is { } s ? TimeSpan.FromSeconds(s) : caller.Period;
        var ttl = caller.Period > TimeSpan.Zero ? caller.Period : increment;
        lock (_gate)
        {
            caller.Ttl = ttl;
            caller.ExpiresAt = Time.GetUtcNow() + ttl;
        }

        return (HttpStatusCode.OK, AuthAnswer(caller));
    }

    private (HttpStatusCode, JsonObject?) RevokeSelf(VaultTokenEntry caller)
    {
        Revoke(caller.Id);
        return (HttpStatusCode.NoContent, null);
    }

    private (HttpStatusCode, JsonObject?) Kv(string method, VaultTokenEntry caller, string aclPath, string key, JsonObject body)
    {
        if (method == "GET")
        {
            if (!Can(caller, aclPath, "read"))
            {
                return Denied();
            }

            lock (_gate)
            {
                if (!_kv.TryGetValue(key, out var versions))
                {
                    return (HttpStatusCode.NotFound, Errors());
                }

                var (data, created) = versions[^1];
                return (HttpStatusCode.OK, new JsonObject
                {
                    ["data"] = new JsonObject
                    {
                        ["data"] = data.DeepClone(),
                        ["metadata"] = new JsonObject { ["version"] = versions.Count, ["created_time"] = created.ToString("O"), ["deletion_time"] = "", ["destroyed"] = false },
                    },
                });
            }
        }

        if (method is "PUT" or "POST")
        {
            if (!Can(caller, aclPath, "create") && !Can(caller, aclPath, "update"))
            {
                return Denied();
            }

            if (body["data"] is not JsonObject data)
            {
                return (HttpStatusCode.BadRequest, Errors("no data provided"));
            }

            lock (_gate)
            {
                if (!_kv.TryGetValue(key, out var versions))
                {
                    _kv[key] = versions = [];
                }

                versions.Add(((JsonObject)data.DeepClone(), Time.GetUtcNow()));
                return (HttpStatusCode.OK, new JsonObject { ["data"] = new JsonObject { ["version"] = versions.Count } });
            }
        }

        return (HttpStatusCode.MethodNotAllowed, Errors("unsupported operation"));
    }

    private (HttpStatusCode, JsonObject?) KvList(VaultTokenEntry caller, string aclPath, string prefix)
    {
        if (!Can(caller, aclPath + "/", "list") && !Can(caller, aclPath, "list"))
        {
            return Denied();
        }

        var folder = prefix.Length == 0 ? "" : prefix + "/";
        lock (_gate)
        {
            var keys = _kv.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal))
                .Select(k => k[folder.Length..])
                .Select(rest => rest.Contains('/') ? rest[..(rest.IndexOf('/') + 1)] : rest)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToArray();
            return keys.Length == 0 ? (HttpStatusCode.NotFound, Errors()) : Keys(keys);
        }
    }

    private (HttpStatusCode, JsonObject?) Keys(IEnumerable<string> keys)
    {
        lock (_gate)
        {
            var array = keys.ToArray();
            return array.Length == 0
                ? (HttpStatusCode.NotFound, Errors())
                : (HttpStatusCode.OK, new JsonObject { ["data"] = new JsonObject { ["keys"] = new JsonArray(array.Select(k => (JsonNode)k!).ToArray()) } });
        }
    }

    private (HttpStatusCode, JsonObject?) Namespace(string method, string name, JsonObject body)
    {
        if (!Enterprise)
        {
            return (HttpStatusCode.NotFound, Errors("unsupported path"));
        }

        lock (_gate)
        {
            switch (method)
            {
                case "GET":
                    return _namespaces.TryGetValue(name, out var ns) ? (HttpStatusCode.OK, new JsonObject { ["data"] = ns.DeepClone() }) : (HttpStatusCode.NotFound, Errors());
                case "PUT" or "POST":
                    return (HttpStatusCode.OK, new JsonObject { ["data"] = (_namespaces[name] = new JsonObject { ["path"] = name + "/", ["custom_metadata"] = body["custom_metadata"]?.DeepClone() ?? new JsonObject() }).DeepClone() });
                case "DELETE":
                    _namespaces.Remove(name);
                    return (HttpStatusCode.NoContent, null);
                default:
                    return (HttpStatusCode.MethodNotAllowed, Errors("unsupported operation"));
            }
        }
    }

    /// <summary>Adds a namespace as an operator would (not created by setup).</summary>
    public void AddNamespace(string name, JsonObject customMetadata)
    {
        lock (_gate)
        {
            _namespaces[name] = new JsonObject { ["path"] = name + "/", ["custom_metadata"] = customMetadata };
        }
    }

    private (HttpStatusCode, JsonObject?) ListMounts()
    {
        var data = new JsonObject { ["token/"] = new JsonObject { ["type"] = "token", ["accessor"] = "auth_token_00000000" } };
        lock (_gate)
        {
            foreach (var (name, m) in _authMounts)
            {
                data[name + "/"] = new JsonObject { ["type"] = "jwt", ["accessor"] = m.Accessor };
            }
        }

        return (HttpStatusCode.OK, new JsonObject { ["data"] = data });
    }

    private (HttpStatusCode, JsonObject?) Mount(string method, string mount, JsonObject body)
    {
        lock (_gate)
        {
            switch (method)
            {
                case "GET":
                    return _authMounts.TryGetValue(mount, out var m)
                        ? (HttpStatusCode.OK, new JsonObject { ["data"] = new JsonObject { ["type"] = "jwt", ["accessor"] = m.Accessor } })
                        : (HttpStatusCode.NotFound, Errors($"No auth engine at {mount}/"));
                case "PUT" or "POST":
                    if (_authMounts.ContainsKey(mount))
                    {
                        return (HttpStatusCode.BadRequest, Errors($"path is already in use at {mount}/"));
                    }

                    if (body["type"]?.GetValue<string>() != "jwt")
                    {
                        return (HttpStatusCode.BadRequest, Errors("this emulation only mounts jwt auth methods"));
                    }

                    _authMounts[mount] = new JwtAuthMethod(this, "auth_jwt_" + NewAccessor());
                    return (HttpStatusCode.NoContent, null);
                case "DELETE":
                    _authMounts.Remove(mount);
                    return (HttpStatusCode.NoContent, null);
                default:
                    return (HttpStatusCode.MethodNotAllowed, Errors("unsupported operation"));
            }
        }
    }

    private (HttpStatusCode, JsonObject?) Policy(string method, string name, JsonObject body)
    {
        lock (_gate)
        {
            switch (method)
            {
                case "GET":
                    return _policies.TryGetValue(name, out var text)
                        ? (HttpStatusCode.OK, new JsonObject { ["data"] = new JsonObject { ["name"] = name, ["policy"] = text } })
                        : (HttpStatusCode.NotFound, Errors());
                case "PUT" or "POST":
                    var raw = body["policy"]?.GetValue<string>() ?? "";
                    _policies[name] = DecodeBase64OrPlain(raw);
                    return (HttpStatusCode.NoContent, null);
                case "DELETE":
                    _policies.Remove(name);
                    return (HttpStatusCode.NoContent, null);
                default:
                    return (HttpStatusCode.MethodNotAllowed, Errors("unsupported operation"));
            }
        }
    }

    private static string DecodeBase64OrPlain(string raw)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(raw));
        }
        catch (FormatException)
        {
            return raw;
        }
    }
}
