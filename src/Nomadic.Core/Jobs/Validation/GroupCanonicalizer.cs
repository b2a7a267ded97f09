namespace Nomadic.Core.Jobs.Validation;

/// <summary>Task group defaults: count, ephemeral disk, consul, update/reschedule/migrate/restart merged from the job and the job type.</summary>
internal static class GroupCanonicalizer
{
    public static void Canonicalize(TaskGroup group, Job job, JobCanonicalizerOptions options)
    {
        var jobType = job.Type;
        group.Name ??= "";
        if (group.Count is null)
        {
            group.Count = group.Scaling?.Min is { } min ? (int)Math.Clamp(min, int.MinValue, int.MaxValue) : 1;
        }

        if (jobType == JobTypes.System && group.Count == 0)
        {
            group.Count = 1;
        }

        if (group.Scaling is { } scaling)
        {
            scaling.Min ??= group.Count;
            scaling.Enabled ??= true;
            if (string.IsNullOrEmpty(scaling.Type))
            {
                scaling.Type = "horizontal";
            }
        }

        var disk = group.EphemeralDisk ??= new EphemeralDisk();
        disk.Sticky ??= false;
        disk.Migrate ??= false;
        disk.SizeMB ??= JobDefaults.EphemeralDiskMB;

        var consul = group.Consul ??= new Consul();
        if (string.IsNullOrEmpty(consul.Namespace) && !string.IsNullOrEmpty(job.ConsulNamespace))
        {
            consul.Namespace = job.ConsulNamespace;
        }

        if (string.IsNullOrEmpty(consul.Cluster))
        {
            consul.Cluster = JobDefaults.Cluster;
        }

        if (group.Update is not null || (job.Update is not null && !PolicyMerge.IsEmpty(job.Update)))
        {
            group.Update = PolicyMerge.Overlay(PolicyDefaults.Update(), PolicyMerge.Overlay(job.Update, group.Update));
        }

        if (group.ReschedulePolicy is not null || job.Reschedule is not null || jobType != JobTypes.System)
        {
            var merged = PolicyMerge.Overlay(job.Reschedule, group.ReschedulePolicy);
            group.ReschedulePolicy = PolicyMerge.Overlay(PolicyDefaults.Reschedule(jobType), merged);
        }

        if (group.Migrate is not null || job.Migrate is not null || jobType == JobTypes.Service)
        {
            group.Migrate = PolicyMerge.Overlay(PolicyDefaults.Migrate(), PolicyMerge.Overlay(job.Migrate, group.Migrate));
        }

        group.RestartPolicy = PolicyMerge.Overlay(PolicyDefaults.Restart(jobType), group.RestartPolicy);
        if (group.Meta is { Count: 0 })
        {
            group.Meta = null;
        }

        foreach (var task in group.Tasks ?? [])
        {
            if (task is not null)
            {
                TaskCanonicalizer.Canonicalize(task, group, job, options);
            }
        }

        PlacementCanonicalizer.Canonicalize(group.Spreads, group.Affinities);
        foreach (var service in group.Services ?? [])
        {
            if (service is not null)
            {
                ServiceCanonicalizer.Canonicalize(service, null, group, job);
            }
        }

        group.PreventRescheduleOnLost ??= false;
        ServiceIdentityCanonicalizer.Apply(group, options);
        ImplicitConstraints.Apply(group, options);
    }
}
