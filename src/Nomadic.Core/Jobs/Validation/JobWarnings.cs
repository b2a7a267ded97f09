namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// The warnings Nomad 1.7 returns with an accepted job (<c>Job.Warnings</c> down to <c>Task.Warnings</c>,
/// <c>Service.Warnings</c> and <c>WorkloadIdentity.Warnings</c> in nomad/structs): things that work but are insecure or
/// deprecated. Run on a canonicalized job, after any implicit identities were added.
/// </summary>
public static class JobWarnings
{
    /// <summary>Collects the warnings of <paramref name="job"/>; never throws.</summary>
    /// <param name="job">A canonicalized job.</param>
    /// <returns>Each warning with the path of the field it is about.</returns>
    public static IReadOnlyList<JobValidationError> Collect(Job? job)
    {
        var sink = new ValidationSink();
        var groups = job?.TaskGroups ?? [];
        for (var g = 0; g < groups.Count; g++)
        {
            var groupPath = ValidationSink.Index("", "TaskGroups", g);
            ServiceIdentities(groups[g]?.Services, groupPath, sink);
            var tasks = groups[g]?.Tasks ?? [];
            for (var t = 0; t < tasks.Count; t++)
            {
                if (tasks[t] is { } task)
                {
                    Task(task, ValidationSink.Index(groupPath, "Tasks", t), sink);
                }
            }
        }

        return sink.Errors;
    }

    private static void Task(JobTask task, string path, ValidationSink sink)
    {
        if (task.Resources is { IOPS: > 0 })
        {
            sink.Add(ValidationSink.Join(path, "Resources.IOPS"), "IOPS has been deprecated as of Nomad 0.9.0. Please remove IOPS from resource block.");
        }

        if (task.Resources?.Networks is { Count: > 0 })
        {
            sink.Add(ValidationSink.Join(path, "Resources.Networks"), "task network resources have been deprecated as of Nomad 0.12.0. Please configure networking via group network block.");
        }

        ServiceIdentities(task.Services, path, sink);
        var identities = task.Identities ?? [];
        for (var i = 0; i < identities.Count; i++)
        {
            if (identities[i] is { } identity)
            {
                Identity(identity, ValidationSink.Index(path, "Identities", i), $"Identity[{identity.Name}] ", sink);
            }
        }
    }

    private static void ServiceIdentities(IList<Service>? services, string path, ValidationSink sink)
    {
        for (var i = 0; i < (services?.Count ?? 0); i++)
        {
            if (services![i] is { Identity: { } identity } service)
            {
                Identity(identity, ValidationSink.Join(ValidationSink.Index(path, "Services", i), "Identity"), $"Service \"{service.Name}\": ", sink);
            }
        }
    }

    private static void Identity(WorkloadIdentity identity, string path, string prefix, ValidationSink sink)
    {
        var audiences = identity.Audience?.Count ?? 0;
        if (audiences == 0)
        {
            sink.Add(ValidationSink.Join(path, "Audience"), prefix + "identities without an audience are insecure");
        }
        else if (audiences > 1)
        {
            sink.Add(ValidationSink.Join(path, "Audience"), prefix + "while multiple audiences is allowed, it is more secure to use 1 audience per identity");
        }

        if (!string.IsNullOrEmpty(identity.Name) && identity.Name != JobDefaults.IdentityName && identity.TTL == TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "TTL"), prefix + "identities without an expiration are insecure");
        }

        if (identity.Env && identity.ChangeMode != "restart")
        {
            sink.Add(ValidationSink.Join(path, "ChangeMode"), prefix + "using env=true without change_mode=\"restart\" may result in task not getting updated identity");
        }
    }
}
