using Microsoft.Extensions.Options;
using Nomadic.Core.Jobs;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Vault;

/// <summary>Decides which registered Vault cluster a task's <c>vault</c> block uses, applying its namespace's <see cref="VaultNamespaceRule"/>.</summary>
public sealed class VaultClusterResolver
{
    private readonly IVaultClientFactory _clients;
    private readonly VaultNamespaceRulesOptions _rules;

    /// <summary>Creates the resolver.</summary>
    /// <param name="clients">The registered clusters.</param>
    /// <param name="rules">The namespace rules.</param>
    public VaultClusterResolver(IVaultClientFactory clients, IOptions<VaultNamespaceRulesOptions> rules)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(rules);
        _clients = clients;
        _rules = rules.Value;
    }

    /// <summary>The cluster name <paramref name="task"/> of <paramref name="job"/> uses.</summary>
    /// <param name="job">The job (its namespace picks the rule).</param>
    /// <param name="task">The task with a <c>vault</c> block.</param>
    /// <returns>The cluster name.</returns>
    /// <exception cref="VaultClusterValidationException">The task has no <c>vault</c> block, the cluster is not registered, or the namespace's rule forbids it.</exception>
    public string ResolveClusterName(Job job, JobTask task)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(task);
        var ns = string.IsNullOrEmpty(job.Namespace) ? "default" : job.Namespace;
        var where = $"job \"{job.ID}\" task \"{task.Name}\" in namespace \"{ns}\"";
        if (task.Vault is not { } vault)
        {
            throw new VaultClusterValidationException($"The {where} has no vault block.");
        }

        var hasRule = _rules.Namespaces.TryGetValue(ns, out var rule);
        var (cluster, refusal) = ClusterChoice.Resolve("vault", where, vault.Cluster, rule?.Default, rule?.Allowed, rule?.Denied, hasRule, _clients.ClusterNames);
        if (refusal is not null)
        {
            throw new VaultClusterValidationException(refusal);
        }

        return cluster;
    }

    /// <summary>A client for the cluster <see cref="ResolveClusterName"/> picks, in the task's Vault namespace (the block's, else the cluster's).</summary>
    /// <param name="job">The job.</param>
    /// <param name="task">The task with a <c>vault</c> block.</param>
    /// <returns>The client (with the cluster's admin token, if any: use <see cref="VaultClient.WithToken"/> for task tokens).</returns>
    /// <exception cref="VaultClusterValidationException">See <see cref="ResolveClusterName"/>.</exception>
    public VaultClient ResolveClient(Job job, JobTask task)
    {
        var client = _clients.CreateClient(ResolveClusterName(job, task));
        return task.Vault?.Namespace is { Length: > 0 } ns ? client.WithNamespace(ns) : client;
    }
}
