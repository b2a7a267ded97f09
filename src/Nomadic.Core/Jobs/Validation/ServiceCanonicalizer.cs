namespace Nomadic.Core.Jobs.Validation;

/// <summary>Service and check defaults from Nomad's <c>api.Service.Canonicalize</c>.</summary>
internal static class ServiceCanonicalizer
{
    public static void Canonicalize(Service service, JobTask? task, TaskGroup group, Job job)
    {
        if (string.IsNullOrEmpty(service.Name))
        {
            service.Name = task is null ? $"{job.Name}-{group.Name}" : $"{job.Name}-{group.Name}-{task.Name}";
        }

        // structs.Service.Canonicalize names the owning task of a task service.
        if (string.IsNullOrEmpty(service.TaskName) && task is not null)
        {
            service.TaskName = task.Name ?? "";
        }

        if (string.IsNullOrEmpty(service.AddressMode))
        {
            service.AddressMode = "auto";
        }

        if (string.IsNullOrEmpty(service.OnUpdate))
        {
            service.OnUpdate = "require_healthy";
        }

        if (string.IsNullOrEmpty(service.Provider))
        {
            service.Provider = "consul";
        }

        if (string.IsNullOrEmpty(service.Cluster))
        {
            service.Cluster = JobDefaults.Cluster;
        }

        if (service.Meta is { Count: 0 })
        {
            service.Meta = null;
        }

        if (service.CanaryMeta is { Count: 0 })
        {
            service.CanaryMeta = null;
        }

        if (service.TaggedAddresses is { Count: 0 })
        {
            service.TaggedAddresses = null;
        }

        ConnectCanonicalizer.Canonicalize(service.Connect);

        foreach (var check in service.Checks ?? [])
        {
            if (check is null)
            {
                continue;
            }

            check.CheckRestart = PolicyMerge.Overlay(service.CheckRestart, check.CheckRestart);
            if (check.CheckRestart is { } restart)
            {
                restart.Grace ??= TimeSpan.FromSeconds(1);
            }

            check.SuccessBeforePassing = Math.Max(0, check.SuccessBeforePassing);
            check.FailuresBeforeCritical = Math.Max(0, check.FailuresBeforeCritical);
            check.FailuresBeforeWarning = Math.Max(0, check.FailuresBeforeWarning);
            if (string.IsNullOrEmpty(check.OnUpdate))
            {
                check.OnUpdate = service.OnUpdate;
            }
        }
    }
}
