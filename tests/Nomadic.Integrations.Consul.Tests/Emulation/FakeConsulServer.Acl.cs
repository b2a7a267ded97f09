using System.Net;
using System.Text.Json.Nodes;

namespace Nomadic.Integrations.Consul.Tests.Emulation;

/// <summary>Token resolution and permission checks, with Consul's error texts.</summary>
internal sealed partial class FakeConsulServer
{
    private ConsulTokenEntry? Resolve(string? secret)
    {
        lock (_gate)
        {
            return secret is not null && _tokens.TryGetValue(secret, out var entry) ? entry : null;
        }
    }

    /// <summary>The token, or Consul's 403 <c>ACL not found</c> for an unknown one (an absent token is the anonymous token: no rules).</summary>
    private (ConsulTokenEntry? Entry, (HttpStatusCode, JsonNode?)? Failure) Authenticate(string? secret)
    {
        if (secret is null)
        {
            return (new ConsulTokenEntry("00000000-0000-0000-0000-000000000002", "anonymous", "Anonymous Token", [], [], [], null, false), null);
        }

        return Resolve(secret) is { } entry ? (entry, null) : (null, Error(HttpStatusCode.Forbidden, "ACL not found"));
    }

    private static (HttpStatusCode, JsonNode?) Denied(ConsulTokenEntry entry, string permission, string? on = null) =>
        Error(HttpStatusCode.Forbidden, $"Permission denied: token with AccessorID '{entry.AccessorId}' lacks permission '{permission}'{(on is null ? "" : $" on \"{on}\"")}");

    private IEnumerable<string> RulesOf(ConsulTokenEntry entry)
    {
        lock (_gate)
        {
            var policyNames = entry.Policies.Concat(_roles.Values.Where(r => entry.Roles.Contains(r.Name)).SelectMany(r => r.Policies)).ToHashSet(StringComparer.Ordinal);
            var rules = _policies.Values.Where(p => policyNames.Contains(p.Name)).Select(p => p.Rules).ToList();

            // A service identity grants write on its service (and its sidecar) and read on every service and node.
            foreach (var service in entry.ServiceIdentities)
            {
                rules.Add($"service \"{service}\" {{ policy = \"write\" }}\nservice \"{service}-sidecar-proxy\" {{ policy = \"write\" }}\nservice_prefix \"\" {{ policy = \"read\" }}");
            }

            return rules;
        }
    }

    private ConsulAclRules.Access Access(ConsulTokenEntry entry, string resource, string name) =>
        entry.Management ? ConsulAclRules.Access.Write : ConsulAclRules.Evaluate(RulesOf(entry), resource, name);
}
