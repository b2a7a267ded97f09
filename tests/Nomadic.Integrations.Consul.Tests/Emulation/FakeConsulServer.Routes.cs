using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Nomadic.Integrations.Consul.Tests.Emulation;

/// <summary>The HTTP routes, from Consul's API docs (<c>/v1/acl/*</c>, <c>/v1/agent/service/*</c>, <c>/v1/kv/*</c>, <c>/v1/namespace*</c>, <c>/v1/operator/license</c>).</summary>
internal sealed partial class FakeConsulServer
{
    private async Task<(HttpStatusCode, JsonNode?)> RouteAsync(string method, string[] path, IQueryCollection query, byte[] body, string? secret, CancellationToken cancellationToken)
    {
        if (path is ["acl", "login"] && method == "POST")
        {
            return await LoginAsync(ParseObject(body), cancellationToken);
        }

        var (entry, failure) = Authenticate(secret);
        if (failure is { } f)
        {
            return f;
        }

        var token = entry!;
        switch (path)
        {
            case ["acl", "logout"] when method == "POST":
                return Logout(token);
            case ["acl", "token", "self"] when method == "GET":
                return (HttpStatusCode.OK, TokenJson(token));
            case ["acl", ..]:
                return token.Management ? await AclAsync(method, path[1..], query, ParseObject(body), cancellationToken) : Denied(token, method == "GET" ? "acl:read" : "acl:write");
            case ["agent", "service", "register"] when method == "PUT":
                return RegisterService(token, ParseObject(body));
            case ["agent", "service", "deregister", var id] when method == "PUT":
                return DeregisterService(token, Uri.UnescapeDataString(id));
            case ["agent", "services"] when method == "GET":
                lock (_gate)
                {
                    var visible = _services.Where(s => Access(token, "service", s.Value) >= ConsulAclRules.Access.Read);
                    return (HttpStatusCode.OK, new JsonObject(visible.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)new JsonObject { ["ID"] = s.Key, ["Service"] = s.Value }))));
                }

            case ["kv", ..]:
                return Kv(token, method, string.Join("/", path[1..].Select(Uri.UnescapeDataString)), query, body);
            case ["operator", "license"] when method == "GET":
                return Enterprise ? (HttpStatusCode.OK, new JsonObject { ["Valid"] = true, ["License"] = new JsonObject { ["product"] = "consul" } }) : Error(HttpStatusCode.NotFound, "Consul Enterprise feature");
            case ["namespaces"] or ["namespace", ..] when !Enterprise:
                return Error(HttpStatusCode.NotFound, "Consul Enterprise feature");
            case ["namespaces"] or ["namespace", ..] when !token.Management:
                return Denied(token, "operator:write");
            case ["namespaces"] when method == "GET":
                lock (_gate)
                {
                    return (HttpStatusCode.OK, new JsonArray(_namespaces.Values.Select(n => (JsonNode)n.DeepClone()).ToArray()));
                }

            case ["namespace"] when method == "PUT":
                var created = ParseObject(body) ?? [];
                lock (_gate)
                {
                    _namespaces[created["Name"]!.GetValue<string>()] = created;
                }

                return (HttpStatusCode.OK, created.DeepClone());
            case ["namespace", var name]:
                lock (_gate)
                {
                    if (method == "DELETE")
                    {
                        _namespaces.Remove(name);
                        return (HttpStatusCode.OK, JsonValue.Create(true));
                    }

                    return _namespaces.TryGetValue(name, out var ns) ? (HttpStatusCode.OK, ns.DeepClone()) : (HttpStatusCode.NotFound, null);
                }
        }

        return Error(HttpStatusCode.MethodNotAllowed, $"method {method} not allowed");
    }

    private async Task<(HttpStatusCode, JsonNode?)> AclAsync(string method, string[] path, IQueryCollection query, JsonObject? body, CancellationToken cancellationToken)
    {
        body ??= [];
        switch (path, method)
        {
            case (["auth-methods"], "GET"):
                lock (_gate)
                {
                    return (HttpStatusCode.OK, new JsonArray(_authMethods.Values.Select(m => (JsonNode)new JsonObject { ["Name"] = m["Name"]!.DeepClone(), ["Type"] = m["Type"]!.DeepClone() }).ToArray()));
                }

            case (["auth-method"], "PUT"):
                if (body["Type"]?.GetValue<string>() != "jwt")
                {
                    return Error(HttpStatusCode.BadRequest, "Invalid Auth Method: only type jwt is emulated");
                }

                if (body["Config"]?["JWKSURL"]?.GetValue<string>() is not { } url || await Testing.Jwks.CheckAsync(JwksHttpClient, url, cancellationToken) is { } jwksError)
                {
                    return Error(HttpStatusCode.BadRequest, $"Invalid Auth Method: error checking JWKSURL: {(body["Config"]?["JWKSURL"] is null ? "missing" : "fetching keys failed")}");
                }

                lock (_gate)
                {
                    _authMethods[body["Name"]!.GetValue<string>()] = body;
                }

                return (HttpStatusCode.OK, body.DeepClone());
            case (["auth-method", var name], "DELETE"):
                lock (_gate)
                {
                    _authMethods.Remove(name);
                    foreach (var id in _bindingRules.Where(r => r.Value["AuthMethod"]?.GetValue<string>() == name).Select(r => r.Key).ToArray())
                    {
                        _bindingRules.Remove(id);
                    }
                }

                return (HttpStatusCode.OK, JsonValue.Create(true));
            case (["binding-rules"], "GET"):
                var filter = query["authmethod"].FirstOrDefault();
                lock (_gate)
                {
                    return (HttpStatusCode.OK, new JsonArray(_bindingRules.Values.Where(r => filter is null || r["AuthMethod"]?.GetValue<string>() == filter).Select(r => (JsonNode)r.DeepClone()).ToArray()));
                }

            case (["binding-rule"], "PUT"):
                lock (_gate)
                {
                    if (body["AuthMethod"]?.GetValue<string>() is not { } method2 || !_authMethods.ContainsKey(method2))
                    {
                        return Error(HttpStatusCode.BadRequest, $"Invalid Binding Rule: unknown auth method \"{body["AuthMethod"]}\"");
                    }

                    body["ID"] = NewId();
                    _bindingRules[body["ID"]!.GetValue<string>()] = body;
                }

                return (HttpStatusCode.OK, body.DeepClone());
            case (["binding-rule", var id], "DELETE"):
                lock (_gate)
                {
                    _bindingRules.Remove(id);
                }

                return (HttpStatusCode.OK, JsonValue.Create(true));
            case (["policies"], "GET"):
                lock (_gate)
                {
                    return (HttpStatusCode.OK, new JsonArray(_policies.Select(p => (JsonNode)new JsonObject { ["ID"] = p.Key, ["Name"] = p.Value.Name }).ToArray()));
                }

            case (["policy"], "PUT"):
                lock (_gate)
                {
                    var name = body["Name"]!.GetValue<string>();
                    if (_policies.Values.Any(p => p.Name == name))
                    {
                        return Error(HttpStatusCode.BadRequest, $"Invalid Policy: A Policy with Name \"{name}\" already exists");
                    }

                    var id = NewId();
                    _policies[id] = (name, body["Rules"]?.GetValue<string>() ?? "");
                    return (HttpStatusCode.OK, new JsonObject { ["ID"] = id, ["Name"] = name });
                }

            case (["policy", "name", var name], "GET"):
                lock (_gate)
                {
                    return _policies.FirstOrDefault(p => p.Value.Name == name) is { Key: not null } p
                        ? (HttpStatusCode.OK, new JsonObject { ["ID"] = p.Key, ["Name"] = name, ["Rules"] = p.Value.Rules })
                        : Error(HttpStatusCode.NotFound, "ACL policy not found");
                }

            case (["policy", var id], "DELETE"):
                lock (_gate)
                {
                    _policies.Remove(id);
                }

                return (HttpStatusCode.OK, JsonValue.Create(true));
            case (["roles"], "GET"):
                lock (_gate)
                {
                    return (HttpStatusCode.OK, new JsonArray(_roles.Select(r => (JsonNode)new JsonObject { ["ID"] = r.Key, ["Name"] = r.Value.Name }).ToArray()));
                }

            case (["role"], "PUT"):
                lock (_gate)
                {
                    var name = body["Name"]!.GetValue<string>();
                    var links = body["Policies"] is JsonArray a ? a.Select(l => l!["Name"]!.GetValue<string>()).ToArray() : [];
                    if (links.FirstOrDefault(l => !_policies.Values.Any(p => p.Name == l)) is { } missing)
                    {
                        return Error(HttpStatusCode.BadRequest, $"Invalid Role: cannot find policy \"{missing}\"");
                    }

                    var id = NewId();
                    _roles[id] = (name, links);
                    return (HttpStatusCode.OK, new JsonObject { ["ID"] = id, ["Name"] = name });
                }

            case (["role", "name", var name], "GET"):
                lock (_gate)
                {
                    return _roles.FirstOrDefault(r => r.Value.Name == name) is { Key: not null } r
                        ? (HttpStatusCode.OK, new JsonObject { ["ID"] = r.Key, ["Name"] = name })
                        : Error(HttpStatusCode.NotFound, "ACL role not found");
                }

            case (["role", var id], "DELETE"):
                lock (_gate)
                {
                    _roles.Remove(id);
                }

                return (HttpStatusCode.OK, JsonValue.Create(true));
        }

        return Error(HttpStatusCode.MethodNotAllowed, $"method {method} not allowed");
    }

    private async Task<(HttpStatusCode, JsonNode?)> LoginAsync(JsonObject? body, CancellationToken cancellationToken)
    {
        if (body?["AuthMethod"]?.GetValue<string>() is not { } name || body["BearerToken"]?.GetValue<string>() is not { Length: > 0 } jwt)
        {
            return Error(HttpStatusCode.BadRequest, "Missing auth method name or bearer token");
        }

        if (AuthMethod(name) is not { } method)
        {
            return Error(HttpStatusCode.Forbidden, $"ACL not found: auth method \"{name}\" not found");
        }

        var (value, error) = await JwtLogin.VerifyAsync((JsonObject)method["Config"]!, jwt, JwksHttpClient, Time, cancellationToken);
        if (value is null)
        {
            return Error(HttpStatusCode.Forbidden, error!);
        }

        var services = new List<string>();
        var roles = new List<string>();
        foreach (var rule in BindingRulesOf(name))
        {
            if (!BindingSelector.Matches(rule["Selector"]?.GetValue<string>() ?? "", value) || BindingSelector.Render(rule["BindName"]!.GetValue<string>(), value) is not { } bound)
            {
                continue;
            }

            // Consul skips a role binding whose role does not exist.
            switch (rule["BindType"]?.GetValue<string>())
            {
                case "service":
                    services.Add(bound);
                    break;
                case "role" when RoleExists(bound):
                    roles.Add(bound);
                    break;
            }
        }

        if (services.Count == 0 && roles.Count == 0)
        {
            return Error(HttpStatusCode.Forbidden, "Permission denied");
        }

        var meta = body["Meta"] is JsonObject m ? m.ToJsonString() : "{}";
        var token = IssueToken($"token created via login: {meta}", roles, services, name);
        return (HttpStatusCode.OK, TokenJson(token));
    }

    private (HttpStatusCode, JsonNode?) Logout(ConsulTokenEntry token)
    {
        if (token.AuthMethod is null)
        {
            return Error(HttpStatusCode.Forbidden, "Permission denied");
        }

        lock (_gate)
        {
            _tokens.Remove(token.SecretId);
        }

        return (HttpStatusCode.OK, null);
    }

    private (HttpStatusCode, JsonNode?) RegisterService(ConsulTokenEntry token, JsonObject? body)
    {
        if (body?["Name"]?.GetValue<string>() is not { Length: > 0 } name)
        {
            return Error(HttpStatusCode.BadRequest, "Invalid Service: missing service name");
        }

        if (Access(token, "service", name) < ConsulAclRules.Access.Write)
        {
            return Denied(token, "service:write", name);
        }

        lock (_gate)
        {
            _services[body["ID"]?.GetValue<string>() is { Length: > 0 } id ? id : name] = name;
        }

        return (HttpStatusCode.OK, null);
    }

    private (HttpStatusCode, JsonNode?) DeregisterService(ConsulTokenEntry token, string id)
    {
        lock (_gate)
        {
            if (!_services.TryGetValue(id, out var name))
            {
                return Error(HttpStatusCode.NotFound, $"Unknown service ID \"{id}\". Ensure that the service ID is passed, not the service name.");
            }

            if (Access(token, "service", name) < ConsulAclRules.Access.Write)
            {
                return Denied(token, "service:write", name);
            }

            _services.Remove(id);
            return (HttpStatusCode.OK, null);
        }
    }

    private (HttpStatusCode, JsonNode?) Kv(ConsulTokenEntry token, string method, string key, IQueryCollection query, byte[] body)
    {
        var access = Access(token, "key", key);
        lock (_gate)
        {
            switch (method)
            {
                case "GET":
                    if (access < ConsulAclRules.Access.Read)
                    {
                        return Denied(token, "key:read", key);
                    }

                    return _kv.TryGetValue(key, out var pair)
                        ? (HttpStatusCode.OK, new JsonArray(new JsonObject { ["Key"] = key, ["Flags"] = 0, ["Value"] = Convert.ToBase64String(pair.Value), ["CreateIndex"] = pair.Index, ["ModifyIndex"] = pair.Index }))
                        : (HttpStatusCode.NotFound, null);
                case "PUT":
                    if (access < ConsulAclRules.Access.Write)
                    {
                        return Denied(token, "key:write", key);
                    }

                    if (query["cas"].FirstOrDefault() is { } cas && ulong.Parse(cas, System.Globalization.CultureInfo.InvariantCulture) != (_kv.TryGetValue(key, out var current) ? current.Index : 0))
                    {
                        return (HttpStatusCode.OK, JsonValue.Create(false));
                    }

                    _kv[key] = (body, ++_index);
                    return (HttpStatusCode.OK, JsonValue.Create(true));
                case "DELETE":
                    if (access < ConsulAclRules.Access.Write)
                    {
                        return Denied(token, "key:write", key);
                    }

                    _kv.Remove(key);
                    return (HttpStatusCode.OK, JsonValue.Create(true));
            }
        }

        return Error(HttpStatusCode.MethodNotAllowed, $"method {method} not allowed");
    }

    private static JsonObject TokenJson(ConsulTokenEntry token)
    {
        var json = new JsonObject
        {
            ["AccessorID"] = token.AccessorId,
            ["SecretID"] = token.SecretId,
            ["Description"] = token.Description,
            ["Local"] = token.AuthMethod is not null,
        };
        if (token.Roles.Count > 0)
        {
            json["Roles"] = new JsonArray(token.Roles.Select(r => (JsonNode)new JsonObject { ["Name"] = r }).ToArray());
        }

        if (token.ServiceIdentities.Count > 0)
        {
            json["ServiceIdentities"] = new JsonArray(token.ServiceIdentities.Select(s => (JsonNode)new JsonObject { ["ServiceName"] = s }).ToArray());
        }

        if (token.AuthMethod is not null)
        {
            json["AuthMethod"] = token.AuthMethod;
        }

        return json;
    }
}
