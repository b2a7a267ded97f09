using Microsoft.Extensions.Options;
using Nomadic.Core.Jobs;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul;

/// <summary>
/// Decides which registered Consul cluster a task or service uses, as Nomad's <c>GetConsulClusterName</c>: the task's
/// <c>consul { cluster }</c>, else the group's (a service: its own <c>cluster</c>, else the group's), then applies the Nomad
/// namespace's <see cref="ConsulNamespaceRule"/>.
/// </summary>
public sealed class ConsulClusterResolver
{
    private readonly IConsulClientFactory _clients;
    private readonly ConsulNamespaceRulesOptions _rules;

    /// <summary>Creates the resolver.</summary>
    /// <param name="clients">The registered clusters.</param>
    /// <param name="rules">The namespace rules.</param>
    public ConsulClusterResolver(IConsulClientFactory clients, IOptions<ConsulNamespaceRulesOptions> rules)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(rules);
        _clients = clients;
        _rules = rules.Value;
    }

    /// <summary>The cluster <paramref name="task"/> of <paramref name="group"/> uses.</summary>
    /// <param name="job">The job (its namespace picks the rule).</param>
    /// <param name="group">The task group.</param>
    /// <param name="task">The task.</param>
    /// <returns>The cluster name.</returns>
    /// <exception cref="ConsulClusterValidationException">The cluster is not registered, or the namespace's rule forbids it.</exception>
    public string ResolveClusterName(Job job, TaskGroup group, JobTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(group);
        return Resolve(job, $"task \"{task.Name}\"", task.Consul is { Cluster.Length: > 0 } own ? own.Cluster : group.Consul?.Cluster);
    }

    /// <summary>The cluster <paramref name="service"/> of <paramref name="group"/> registers in.</summary>
    /// <param name="job">The job.</param>
    /// <param name="group">The task group.</param>
    /// <param name="service">The service.</param>
    /// <returns>The cluster name.</returns>
    /// <exception cref="ConsulClusterValidationException">See <see cref="ResolveClusterName(Job, TaskGroup, JobTask)"/>.</exception>
    public string ResolveClusterName(Job job, TaskGroup group, Service service)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(service);
        return Resolve(job, $"service \"{service.Name}\"", string.IsNullOrEmpty(service.Cluster) ? group.Consul?.Cluster : service.Cluster);
    }

    /// <summary>A client for the task's cluster in its Consul namespace and partition (the task's <c>consul</c> block, else the group's, else the cluster's).</summary>
    /// <param name="job">The job.</param>
    /// <param name="group">The task group.</param>
    /// <param name="task">The task.</param>
    /// <returns>The client (with the cluster's admin token, if any: workload calls use <see cref="ConsulClient.WithToken"/>).</returns>
    /// <exception cref="ConsulClusterValidationException">See <see cref="ResolveClusterName(Job, TaskGroup, JobTask)"/>.</exception>
    public ConsulClient ResolveClient(Job job, TaskGroup group, JobTask task)
    {
        var client = _clients.CreateClient(ResolveClusterName(job, group, task));
        var block = Block(task, group);
        return block is null ? client : client.WithNamespace(Or(block.Namespace, client.Namespace), Or(block.Partition, client.Partition));
    }

    private static Core.Jobs.Consul? Block(JobTask task, TaskGroup group) =>
        task.Consul is { } t && (t.Cluster.Length > 0 || t.Namespace.Length > 0 || t.Partition.Length > 0) ? t : group?.Consul;

    private static string? Or(string value, string? fallback) => string.IsNullOrEmpty(value) ? fallback : value;

    private string Resolve(Job job, string workload, string? requested)
    {
        ArgumentNullException.ThrowIfNull(job);
        var ns = string.IsNullOrEmpty(job.Namespace) ? "default" : job.Namespace;
        var hasRule = _rules.Namespaces.TryGetValue(ns, out var rule);
        var (cluster, refusal) = ClusterChoice.Resolve("consul", $"job \"{job.ID}\" {workload} in namespace \"{ns}\"", requested, rule?.Default, rule?.Allowed, rule?.Denied, hasRule, _clients.ClusterNames);
        return refusal is null ? cluster : throw new ConsulClusterValidationException(refusal);
    }
}
