namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// Workload identity defaults (<c>structs.Task.Canonicalize</c>, <c>WorkloadIdentity.Canonicalize</c>) and the
/// implicit Vault/Consul identities of <c>job_endpoint_hook_implicit_identities.go</c>.
/// </summary>
internal static class IdentityCanonicalizer
{
    public static void Canonicalize(JobTask task, TaskGroup group, JobCanonicalizerOptions options)
    {
        if (task.Identities is { } identities)
        {
            for (var i = identities.Count - 1; i >= 0; i--)
            {
                var identity = identities[i];
                if (identity is null)
                {
                    continue;
                }

                CanonicalizeOne(identity);
                if (identity.Name == JobDefaults.IdentityName && task.Identity is null)
                {
                    task.Identity = identity;
                    identities.RemoveAt(i);
                }
            }
        }

        CanonicalizeOne(task.Identity ??= new WorkloadIdentity());
        AddImplicit(task, group, options);
    }

    private static void CanonicalizeOne(WorkloadIdentity identity)
    {
        if (string.IsNullOrEmpty(identity.Name))
        {
            identity.Name = JobDefaults.IdentityName;
        }

        if (identity.Name == JobDefaults.IdentityName)
        {
            identity.Audience = [JobDefaults.IdentityAudience];
        }

        identity.ChangeSignal = (identity.ChangeSignal ?? "").ToUpperInvariant();
    }

    private static void AddImplicit(JobTask task, TaskGroup group, JobCanonicalizerOptions options)
    {
        if (task.Vault is { } vault && options.VaultDefaultIdentity is { } vaultIdentity)
        {
            var cluster = string.IsNullOrEmpty(vault.Cluster) ? JobDefaults.Cluster : vault.Cluster;
            AddIfMissing(task, "vault_" + cluster, vaultIdentity);
        }

        if (task.Templates is { Count: > 0 } && options.ConsulTaskIdentity is { } consulIdentity)
        {
            var cluster = task.Consul is { Cluster.Length: > 0 } taskConsul ? taskConsul.Cluster
                : group.Consul is { Cluster.Length: > 0 } groupConsul ? groupConsul.Cluster
                : JobDefaults.Cluster;
            AddIfMissing(task, "consul_" + cluster, consulIdentity);
        }
    }

    private static void AddIfMissing(JobTask task, string name, WorkloadIdentity template)
    {
        var identities = task.Identities ??= [];
        if (identities.Any(i => i?.Name == name))
        {
            return;
        }

        identities.Add(new WorkloadIdentity
        {
            Name = name,
            Audience = template.Audience is null ? null : [.. template.Audience],
            ChangeMode = template.ChangeMode,
            ChangeSignal = (template.ChangeSignal ?? "").ToUpperInvariant(),
            Env = template.Env,
            File = template.File,
            TTL = template.TTL,
        });
    }
}
