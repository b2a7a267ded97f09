namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// The rules Nomad 1.7 enforces when a job is registered (<c>structs.Job.Validate</c> and the job endpoint's
/// validating hooks). Validate a canonicalized job (<see cref="JobCanonicalizer"/>): like Nomad, an unset value
/// is judged as its zero value. Never throws for any model object, whatever it holds.
/// </summary>
public static class JobValidator
{
    /// <summary>Validates <paramref name="job"/>; an empty list means Nomad 1.7 would accept it.</summary>
    /// <param name="job">The job to check.</param>
    /// <returns>Every broken rule, each naming the offending field.</returns>
    public static IReadOnlyList<JobValidationError> Validate(Job? job)
    {
        var sink = new ValidationSink();
        if (job is null)
        {
            sink.Add("", "Missing job: there is nothing to validate.");
            return sink.Errors;
        }

        ValidateIdentity(job, sink);
        ValidateType(job, sink);
        ValidateDatacenters(job, sink);
        var type = job.Type ?? "";
        PlacementRules.Validate(job.Constraints, job.Affinities, job.Spreads, type, "", sink);

        var groups = job.TaskGroups ?? [];
        if (groups.Count == 0)
        {
            sink.Add("TaskGroups", "Missing job task groups: add at least one group block.");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var path = ValidationSink.Index("", "TaskGroups", i);
            var group = groups[i];
            if (group is null)
            {
                sink.Add(path, "Job task group is null: remove it or give it a name and tasks.");
                continue;
            }

            var name = group.Name ?? "";
            if (name.Length > 0 && !seen.TryAdd(name, i))
            {
                sink.Add(ValidationSink.Join(path, "Name"), $"Job task group {i + 1} redefines '{name}' from group {seen[name] + 1}: group names must be unique.");
            }

            GroupValidator.Validate(group, job, path, sink);
        }

        PeriodicRules.Validate(job, sink);
        MultiregionRules.Validate(job.Multiregion, sink);
        return sink.Errors;
    }

    private static void ValidateIdentity(Job job, ValidationSink sink)
    {
        if (string.IsNullOrEmpty(job.Region) && job.Multiregion is null)
        {
            sink.Add("Region", "Missing job region: set region (the default is \"global\").");
        }

        var id = job.ID ?? "";
        if (id.Length == 0)
        {
            sink.Add("ID", "Missing job ID: give the job block a name label.");
        }
        else if (id.Contains(' ', StringComparison.Ordinal))
        {
            sink.Add("ID", "Job ID contains a space: use a name without spaces.");
        }
        else if (id.Contains('\0', StringComparison.Ordinal))
        {
            sink.Add("ID", "Job ID contains a null character: remove it.");
        }

        var name = job.Name ?? "";
        if (name.Length == 0)
        {
            sink.Add("Name", "Missing job name: set name or give the job block a label.");
        }
        else if (name.Contains('\0', StringComparison.Ordinal))
        {
            sink.Add("Name", "Job Name contains a null character: remove it.");
        }

        if (string.IsNullOrEmpty(job.Namespace))
        {
            sink.Add("Namespace", "Job must be in a namespace: set namespace (the default is \"default\").");
        }

        var priority = job.Priority ?? 0;
        if (priority is < JobDefaults.MinPriority or > JobDefaults.MaxPriority)
        {
            sink.Add("Priority", $"job priority must be between [{JobDefaults.MinPriority}, {JobDefaults.MaxPriority}]; got {priority}.");
        }

        if (job.Payload is { Length: > 0 })
        {
            sink.Add("Payload", "job can't be submitted with a payload, only dispatched: remove the payload.");
        }
    }

    private static void ValidateType(Job job, ValidationSink sink)
    {
        switch (job.Type)
        {
            case JobTypes.Service or JobTypes.Batch or JobTypes.System or JobTypes.SysBatch:
                break;
            case JobTypes.Core:
                sink.Add("Type", "job type cannot be core: use service, batch, system or sysbatch.");
                break;
            case null or "":
                sink.Add("Type", "Missing job type: set type to service, batch, system or sysbatch.");
                break;
            default:
                sink.Add("Type", $"Invalid job type: \"{job.Type}\"; use service, batch, system or sysbatch.");
                break;
        }
    }

    private static void ValidateDatacenters(Job job, ValidationSink sink)
    {
        var datacenters = job.Datacenters ?? [];
        if (datacenters.Count == 0 && job.Multiregion is null)
        {
            sink.Add("Datacenters", "Missing job datacenters: list at least one datacenter (\"*\" matches all).");
            return;
        }

        for (var i = 0; i < datacenters.Count; i++)
        {
            if (string.IsNullOrEmpty(datacenters[i]))
            {
                sink.Add(ValidationSink.Index("", "Datacenters", i), "Job datacenter must be non-empty string.");
            }
        }
    }
}
