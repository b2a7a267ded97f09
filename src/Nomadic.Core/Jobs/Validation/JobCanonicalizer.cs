namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// Fills in the defaults Nomad 1.7 applies to a submitted job: the api package's <c>Canonicalize</c> methods
/// followed by the server's (<c>structs.Job.Canonicalize</c> and the job endpoint mutating hooks).
/// Canonicalizing a canonical job changes nothing.
/// </summary>
public static class JobCanonicalizer
{
    /// <summary>Canonicalizes <paramref name="job"/> in place as a Nomad server with no Vault or Consul identity configuration would.</summary>
    /// <param name="job">The job to complete.</param>
    /// <returns>The same job, for chaining.</returns>
    public static Job Canonicalize(Job job) => Canonicalize(job, null);

    /// <summary>Canonicalizes <paramref name="job"/> in place.</summary>
    /// <param name="job">The job to complete.</param>
    /// <param name="options">Server-side settings (implicit identities); null for none.</param>
    /// <returns>The same job, for chaining.</returns>
    public static Job Canonicalize(Job job, JobCanonicalizerOptions? options)
    {
        ArgumentNullException.ThrowIfNull(job);
        options ??= new JobCanonicalizerOptions();

        job.ID ??= "";
        job.Name ??= job.ID;
        job.ParentID ??= "";
        job.Namespace = string.IsNullOrEmpty(job.Namespace) ? JobDefaults.Namespace : job.Namespace;
        job.Priority ??= JobDefaults.Priority;
        job.Stop ??= false;
        job.Region ??= JobDefaults.Region;
        job.NodePool = string.IsNullOrEmpty(job.NodePool) ? JobDefaults.NodePool : job.NodePool;
        job.Type ??= JobDefaults.Type;
        job.AllAtOnce ??= false;
        job.ConsulNamespace ??= "";
        job.VaultNamespace ??= "";
        job.NomadTokenID ??= "";
        job.Status ??= "";
        job.StatusDescription ??= "";
        job.Stable ??= false;
        job.Version ??= 0;
        job.CreateIndex ??= 0;
        job.ModifyIndex ??= 0;
        job.JobModifyIndex ??= 0;
        if (job.Meta is { Count: 0 })
        {
            job.Meta = null;
        }

        if (job.Datacenters is null || job.Datacenters.Count == 0)
        {
            job.Datacenters = [JobDefaults.Datacenter];
        }

        if (job.Periodic is { } periodic)
        {
            CanonicalizePeriodic(periodic);
        }

        if (job.ParameterizedJob is { } parameterized && string.IsNullOrEmpty(parameterized.Payload))
        {
            parameterized.Payload = "optional";
        }

        if (job.Update is not null)
        {
            job.Update = PolicyMerge.Overlay(PolicyDefaults.Update(), job.Update);
        }
        else if (job.Type == JobTypes.Service)
        {
            job.Update = PolicyDefaults.Update();
        }

        foreach (var group in job.TaskGroups ?? [])
        {
            if (group is not null)
            {
                GroupCanonicalizer.Canonicalize(group, job, options);
            }
        }

        PlacementCanonicalizer.Canonicalize(job.Spreads, job.Affinities);
        return job;
    }

    private static void CanonicalizePeriodic(PeriodicConfig periodic)
    {
        periodic.Enabled ??= true;
        periodic.Spec ??= "";
        periodic.Specs ??= [];
        periodic.SpecType ??= "cron";
        periodic.ProhibitOverlap ??= false;
        if (string.IsNullOrEmpty(periodic.TimeZone))
        {
            periodic.TimeZone = "UTC";
        }
    }
}
