namespace Nomadic.Core.Jobs.Validation;

/// <summary>Group policy rules: restart, reschedule, ephemeral disk, update and migrate (<c>TaskGroup.Validate</c>).</summary>
internal static class PolicyRules
{
    private static readonly TimeSpan _minRestartInterval = TimeSpan.FromSeconds(5);

    public static void ValidateGroupPolicies(TaskGroup group, string type, string path, ValidationSink sink)
    {
        var name = group.Name ?? "";
        if (group.RestartPolicy is { } restart)
        {
            ValidateRestart(restart, ValidationSink.Join(path, "RestartPolicy"), sink);
        }
        else
        {
            sink.Add(ValidationSink.Join(path, "RestartPolicy"), $"Task Group {name} should have a restart policy: canonicalize the job or add a restart block.");
        }

        var reschedulePath = ValidationSink.Join(path, "ReschedulePolicy");
        if (type == JobTypes.System)
        {
            if (group.ReschedulePolicy is not null)
            {
                sink.Add(reschedulePath, "System jobs should not have a reschedule policy: remove the reschedule block.");
            }
        }
        else if (group.ReschedulePolicy is { } reschedule)
        {
            RescheduleRules.Validate(reschedule, reschedulePath, sink);
        }
        else
        {
            sink.Add(reschedulePath, $"Task Group {name} should have a reschedule policy: canonicalize the job or add a reschedule block.");
        }

        var diskPath = ValidationSink.Join(path, "EphemeralDisk");
        if (group.EphemeralDisk is { } disk)
        {
            if ((disk.SizeMB ?? 0) < 10)
            {
                sink.Add(ValidationSink.Join(diskPath, "SizeMB"), $"minimum DiskMB value is 10; got {disk.SizeMB ?? 0}.");
            }
        }
        else
        {
            sink.Add(diskPath, $"Task Group {name} should have an ephemeral disk object: canonicalize the job or add an ephemeral_disk block.");
        }

        if (group.Update is { } update)
        {
            var updatePath = ValidationSink.Join(path, "Update");
            if (type is not (JobTypes.Service or JobTypes.System))
            {
                sink.Add(updatePath, $"Job type \"{type}\" does not allow update block: remove it.");
            }

            ValidateUpdate(update, updatePath, sink);
        }

        if (group.Migrate is { } migrate)
        {
            var migratePath = ValidationSink.Join(path, "Migrate");
            if (type == JobTypes.Service)
            {
                ValidateMigrate(migrate, migratePath, sink);
            }
            else
            {
                sink.Add(migratePath, $"Job type \"{type}\" does not allow migrate block: remove it.");
            }
        }
    }

    public static void ValidateRestart(RestartPolicy policy, string path, ValidationSink sink)
    {
        var mode = policy.Mode ?? "";
        var attempts = policy.Attempts ?? 0;
        var interval = policy.Interval ?? TimeSpan.Zero;
        var delay = policy.Delay ?? TimeSpan.Zero;
        if (mode is not ("delay" or "fail"))
        {
            sink.Add(ValidationSink.Join(path, "Mode"), $"Unsupported restart mode: \"{mode}\"; use \"delay\" or \"fail\".");
        }

        if (attempts == 0 && mode != "fail")
        {
            sink.Add(ValidationSink.Join(path, "Attempts"), $"Restart policy \"{mode}\" with {attempts} attempts is ambiguous: set attempts above 0 or mode = \"fail\".");
        }

        if (interval < _minRestartInterval)
        {
            sink.Add(ValidationSink.Join(path, "Interval"), $"Interval can not be less than {GoDuration.Format(_minRestartInterval)} (got {GoDuration.Format(interval)}).");
        }

        if (delay.Ticks * (double)attempts > interval.Ticks)
        {
            sink.Add(ValidationSink.Join(path, "Interval"), $"Nomad can't restart the TaskGroup {attempts} times in an interval of {GoDuration.Format(interval)} with a delay of {GoDuration.Format(delay)}: lengthen the interval or reduce attempts or delay.");
        }
    }

    private static void ValidateUpdate(UpdateStrategy update, string path, ValidationSink sink)
    {
        var healthCheck = update.HealthCheck ?? "";
        var maxParallel = update.MaxParallel ?? 0;
        var canary = update.Canary ?? 0;
        var minHealthy = update.MinHealthyTime ?? TimeSpan.Zero;
        var healthyDeadline = update.HealthyDeadline ?? TimeSpan.Zero;
        var progressDeadline = update.ProgressDeadline ?? TimeSpan.Zero;
        var stagger = update.Stagger ?? TimeSpan.Zero;
        if (healthCheck is not ("checks" or "task_states" or "manual"))
        {
            sink.Add(ValidationSink.Join(path, "HealthCheck"), $"Invalid health check given: \"{healthCheck}\"; use checks, task_states or manual.");
        }

        if (maxParallel < 0)
        {
            sink.Add(ValidationSink.Join(path, "MaxParallel"), $"Max parallel can not be less than zero: {maxParallel} < 0.");
        }

        if (canary < 0)
        {
            sink.Add(ValidationSink.Join(path, "Canary"), $"Canary count can not be less than zero: {canary} < 0.");
        }

        if (canary == 0 && update.AutoPromote == true)
        {
            sink.Add(ValidationSink.Join(path, "AutoPromote"), "Auto Promote requires a Canary count greater than zero.");
        }

        if (minHealthy < TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "MinHealthyTime"), $"Minimum healthy time may not be less than zero: {GoDuration.Format(minHealthy)}.");
        }

        if (healthyDeadline <= TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "HealthyDeadline"), $"Healthy deadline must be greater than zero: {GoDuration.Format(healthyDeadline)}.");
        }

        if (progressDeadline < TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "ProgressDeadline"), $"Progress deadline must be zero or greater: {GoDuration.Format(progressDeadline)}.");
        }

        if (minHealthy >= healthyDeadline)
        {
            sink.Add(ValidationSink.Join(path, "MinHealthyTime"), $"Minimum healthy time must be less than healthy deadline: {GoDuration.Format(minHealthy)} > {GoDuration.Format(healthyDeadline)}.");
        }

        if (progressDeadline != TimeSpan.Zero && healthyDeadline >= progressDeadline)
        {
            sink.Add(ValidationSink.Join(path, "HealthyDeadline"), $"Healthy deadline must be less than progress deadline: {GoDuration.Format(healthyDeadline)} > {GoDuration.Format(progressDeadline)}.");
        }

        if (stagger <= TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "Stagger"), $"Stagger must be greater than zero: {GoDuration.Format(stagger)}.");
        }
    }

    private static void ValidateMigrate(MigrateStrategy migrate, string path, ValidationSink sink)
    {
        var maxParallel = migrate.MaxParallel ?? 0;
        var minHealthy = migrate.MinHealthyTime ?? TimeSpan.Zero;
        var deadline = migrate.HealthyDeadline ?? TimeSpan.Zero;
        if (maxParallel < 0)
        {
            sink.Add(ValidationSink.Join(path, "MaxParallel"), $"MaxParallel must be >= 0 but found {maxParallel}.");
        }

        switch (migrate.HealthCheck ?? "")
        {
            case "checks" or "task_states":
                break;
            case "":
                if (maxParallel > 0)
                {
                    sink.Add(ValidationSink.Join(path, "HealthCheck"), "Missing HealthCheck: use checks or task_states.");
                }

                break;
            default:
                sink.Add(ValidationSink.Join(path, "HealthCheck"), $"Invalid HealthCheck: \"{migrate.HealthCheck}\"; use checks or task_states.");
                break;
        }

        if (minHealthy < TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "MinHealthyTime"), $"MinHealthyTime is {GoDuration.Format(minHealthy)} and must be >= 0.");
        }

        if (deadline < TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "HealthyDeadline"), $"HealthyDeadline is {GoDuration.Format(deadline)} and must be >= 0.");
        }

        if (minHealthy > deadline)
        {
            sink.Add(ValidationSink.Join(path, "MinHealthyTime"), "MinHealthyTime must be less than HealthyDeadline.");
        }
    }
}
