using Nomadic.Core.Scheduling;

namespace Nomadic.Integrations.Http;

/// <summary>
/// Picks the cluster a job uses under its Nomad namespace's rule (<c>vault</c>/<c>consul { default, allowed | denied }</c>):
/// the requested cluster, else the rule's default, else <c>default</c>; denied globs refuse, an allow-list admits only its globs
/// (empty: only the default), the default is always allowed, and the cluster must be registered.
/// </summary>
internal static class ClusterChoice
{
    // product: "vault" or "consul", as the namespace specification names the block; where: e.g. job "web" task "server" in namespace "default".
    public static (string Cluster, string? Refusal) Resolve(
        string product, string where, string? requested, string? ruleDefault, IList<string>? allowed, IList<string>? denied, bool hasRule, IReadOnlyCollection<string> registered)
    {
        var title = product == "vault" ? "Vault" : "Consul";
        var cluster = string.IsNullOrEmpty(requested) ? ruleDefault ?? "default" : requested;
        if (hasRule && cluster != ruleDefault)
        {
            if (denied?.FirstOrDefault(g => Glob.Matches(g, cluster)) is { } deniedGlob)
            {
                return (cluster, $"The {where} may not use {title} cluster \"{cluster}\": the namespace's {product} rule denies \"{deniedGlob}\".");
            }

            if (allowed is not null && !allowed.Any(g => Glob.Matches(g, cluster)))
            {
                var list = allowed.Count == 0 ? "only the default cluster" : string.Join(", ", allowed.Select(a => $"\"{a}\""));
                return (cluster, $"The {where} may not use {title} cluster \"{cluster}\": the namespace's {product} rule allows {list} (default \"{ruleDefault}\").");
            }
        }

        if (!registered.Contains(cluster, StringComparer.Ordinal))
        {
            return (cluster, $"The {where} uses {title} cluster \"{cluster}\", which is not configured; configured: {string.Join(", ", registered.Select(n => $"\"{n}\""))}.");
        }

        return (cluster, null);
    }
}
