using Nomadic.Core.Jobs;
using Nomadic.Identity;

namespace Nomadic.Integrations.Vault;

/// <summary>The <c>vault_&lt;cluster&gt;</c> workload identity Nomad mints for a task with a <c>vault</c> block.</summary>
public static class VaultWorkloadIdentity
{
    /// <summary>The identity name for <paramref name="cluster"/>: <c>vault_default</c> for the default cluster.</summary>
    /// <param name="cluster">The cluster; empty for <c>default</c>.</param>
    /// <returns>The identity name.</returns>
    public static string IdentityName(string? cluster) => "vault_" + (string.IsNullOrEmpty(cluster) ? VaultClientOptions.DefaultClusterName : cluster);

    /// <summary>
    /// The mint request of <paramref name="task"/>'s Vault identity: <c>vault_namespace</c> and <c>vault_role</c> from the block
    /// (not from agent configuration), audience and TTL from the task's <c>identity "vault_*"</c> block when it has one, else the given defaults
    /// (the server's <c>vault.default_identity</c>, <c>["vault.io"]</c> and 1 hour as <c>nomad setup vault</c> prints).
    /// </summary>
    /// <param name="job">The job.</param>
    /// <param name="group">The task group name.</param>
    /// <param name="task">The task.</param>
    /// <param name="allocationId">The allocation ID.</param>
    /// <param name="defaultAudience">The audience when the task declares no identity; default <c>vault.io</c>.</param>
    /// <param name="defaultTtl">The TTL when the task declares no identity; default 1 hour.</param>
    /// <returns>The request for <see cref="WorkloadIdentityIssuer.MintAsync"/>.</returns>
    public static WorkloadIdentityRequest Request(Job job, string group, JobTask task, string allocationId, string defaultAudience = "vault.io", TimeSpan? defaultTtl = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(task);
        var vault = task.Vault ?? throw new ArgumentException($"Task \"{task.Name}\" has no vault block.", nameof(task));
        var name = IdentityName(vault.Cluster);
        var declared = task.Identities?.FirstOrDefault(i => i.Name == name);
        return new WorkloadIdentityRequest
        {
            Region = string.IsNullOrEmpty(job.Region) ? "global" : job.Region,
            Namespace = string.IsNullOrEmpty(job.Namespace) ? "default" : job.Namespace,
            JobId = job.ID ?? throw new ArgumentException("The job has no ID.", nameof(job)),
            ParentJobId = string.IsNullOrEmpty(job.ParentID) ? null : job.ParentID,
            Group = group,
            Task = task.Name,
            IdentityName = name,
            Audience = declared?.Audience is { Count: > 0 } aud ? aud.ToArray() : [defaultAudience],
            Ttl = declared?.TTL is { } ttl && ttl > TimeSpan.Zero ? ttl : defaultTtl ?? TimeSpan.FromHours(1),
            AllocationId = allocationId,
            VaultNamespace = string.IsNullOrEmpty(vault.Namespace) ? null : vault.Namespace,
            VaultRole = string.IsNullOrEmpty(vault.Role) ? null : vault.Role,
        };
    }
}
