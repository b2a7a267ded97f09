namespace Nomadic.Core.Jobs.Validation;

/// <summary>Periodic and parameterized rules of <c>Job.Validate</c>.</summary>
internal static class PeriodicRules
{
    public static void Validate(Job job, ValidationSink sink)
    {
        var type = job.Type ?? "";
        var batchLike = type is JobTypes.Batch or JobTypes.SysBatch;
        if (job.Periodic is { } periodic && periodic.Enabled != false)
        {
            if (!batchLike)
            {
                sink.Add("Periodic", "Periodic can only be used with \"batch\" or \"sysbatch\" scheduler: change the job type or remove the periodic block.");
            }

            ValidatePeriodic(periodic, sink);
        }

        if (job.ParameterizedJob is { } parameterized)
        {
            if (!batchLike)
            {
                sink.Add("ParameterizedJob", "Parameterized job can only be used with \"batch\" or \"sysbatch\" scheduler: change the job type or remove the parameterized block.");
            }

            if (parameterized.Payload is not ("optional" or "required" or "forbidden"))
            {
                sink.Add("ParameterizedJob.Payload", $"Unknown payload requirement: \"{parameterized.Payload}\"; use optional, required or forbidden.");
            }

            var both = (parameterized.MetaRequired ?? []).Intersect(parameterized.MetaOptional ?? [], StringComparer.Ordinal).ToList();
            if (both.Count > 0)
            {
                sink.Add("ParameterizedJob.MetaOptional", $"Required and optional meta keys should be disjoint. Following keys exist in both: [{string.Join(" ", both)}].");
            }
        }
    }

    private static void ValidatePeriodic(PeriodicConfig periodic, ValidationSink sink)
    {
        var spec = periodic.Spec ?? "";
        var specs = periodic.Specs ?? [];
        if (spec.Length > 0 && specs.Count > 0)
        {
            sink.Add("Periodic.Specs", "Only cron or crons may be used: keep one of them.");
        }

        if (spec.Length == 0 && specs.Count == 0)
        {
            sink.Add("Periodic.Spec", "Must specify a spec: set cron or crons.");
        }

        var zone = periodic.TimeZone ?? "";
        if (zone.Length > 0 && zone != "UTC" && zone != "Local" && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            sink.Add("Periodic.TimeZone", $"Invalid time zone \"{zone}\": use an IANA name such as \"Europe/Berlin\".");
        }

        switch (periodic.SpecType ?? "")
        {
            case "cron":
                if (spec.Length > 0 && CronSyntax.Check(spec) is { } error)
                {
                    sink.Add("Periodic.Spec", $"Invalid cron spec \"{spec}\": {error}.");
                }

                for (var i = 0; i < specs.Count; i++)
                {
                    if (CronSyntax.Check(specs[i] ?? "") is { } itemError)
                    {
                        sink.Add($"Periodic.Specs[{i}]", $"Invalid cron spec \"{specs[i]}\": {itemError}.");
                    }
                }

                break;
            case "test":
                break;
            default:
                sink.Add("Periodic.SpecType", $"Unknown periodic specification type \"{periodic.SpecType}\"; use cron.");
                break;
        }
    }
}
