namespace Nomadic.Core.Jobs.Validation;

/// <summary>Task rules (<c>Task.Validate</c>).</summary>
internal static class TaskValidator
{
    public static void Validate(JobTask task, TaskGroup group, Job job, string path, ValidationSink sink)
    {
        var type = job.Type ?? "";
        var name = task.Name ?? "";
        if (name.IndexOfAny(['/', '\\']) >= 0)
        {
            sink.Add(ValidationSink.Join(path, "Name"), "Task name cannot include slashes: rename the task.");
        }
        else if (name.Contains('\0', StringComparison.Ordinal))
        {
            sink.Add(ValidationSink.Join(path, "Name"), "Task name cannot include null characters: rename the task.");
        }

        if (string.IsNullOrEmpty(task.Driver))
        {
            sink.Add(ValidationSink.Join(path, "Driver"), "Missing task driver: set driver (for example \"docker\" or \"exec\").");
        }

        ValidateTimings(task, group, type, path, sink);
        ResourcesRules.Validate(task.Resources, ValidationSink.Join(path, "Resources"), sink);
        ValidateLogs(task, group, path, sink);
        PlacementRules.ValidateConstraints(task.Constraints, path, sink, taskLevel: true);
        PlacementRules.ValidateAffinities(task.Affinities, type, path, sink);
        if (task.RestartPolicy is { } restart)
        {
            PolicyRules.ValidateRestart(restart, ValidationSink.Join(path, "RestartPolicy"), sink);
        }

        ServiceRules.ValidateTaskServices(task, group, path, sink);
        FileRules.Validate(task, path, sink);
        IdentityRules.Validate(task, path, sink);
        VolumeRules.ValidateMounts(task, group, path, sink);
        ValidateLifecycle(task, path, sink);
    }

    private static void ValidateTimings(JobTask task, TaskGroup group, string type, string path, ValidationSink sink)
    {
        var kill = task.KillTimeout ?? TimeSpan.Zero;
        var progress = group.Update?.ProgressDeadline ?? TimeSpan.Zero;
        if (kill < TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "KillTimeout"), "KillTimeout must be a positive value.");
        }
        else if (type == JobTypes.Service && progress > TimeSpan.Zero && kill > progress)
        {
            sink.Add(ValidationSink.Join(path, "KillTimeout"), $"KillTimout ({GoDuration.Format(kill)}) longer than the group's ProgressDeadline ({GoDuration.Format(progress)}): shorten kill_timeout or lengthen progress_deadline.");
        }

        if (task.ShutdownDelay < TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "ShutdownDelay"), "ShutdownDelay must be a positive value.");
        }
    }

    private static void ValidateLogs(JobTask task, TaskGroup group, string path, ValidationSink sink)
    {
        var logsPath = ValidationSink.Join(path, "LogConfig");
        if (task.LogConfig is not { } logs)
        {
            sink.Add(logsPath, "Missing Log Config: canonicalize the job or add a logs block.");
            return;
        }

        var files = logs.MaxFiles ?? 0;
        var size = logs.MaxFileSizeMB ?? 0;
        if (files < 1)
        {
            sink.Add(ValidationSink.Join(logsPath, "MaxFiles"), $"minimum number of files is 1; got {files}.");
        }

        if (size < 1)
        {
            sink.Add(ValidationSink.Join(logsPath, "MaxFileSizeMB"), $"minimum file size is 1MB; got {size}.");
        }

        if (group.EphemeralDisk is { } disk)
        {
            var usage = (long)files * size;
            var capacity = disk.SizeMB ?? 0;
            if (capacity <= usage)
            {
                sink.Add(logsPath, $"log storage ({usage} MB) must be less than requested disk capacity ({capacity} MB): lower max_files or max_file_size, or raise ephemeral_disk.size.");
            }
        }
    }

    private static void ValidateLifecycle(JobTask task, string path, ValidationSink sink)
    {
        if (task.Lifecycle is not { } lifecycle)
        {
            return;
        }

        var hookPath = ValidationSink.Join(path, "Lifecycle.Hook");
        switch (lifecycle.Hook ?? "")
        {
            case "prestart" or "poststart" or "poststop":
                break;
            case "":
                sink.Add(hookPath, "Lifecycle validation failed: no lifecycle hook provided; set hook to prestart, poststart or poststop.");
                break;
            default:
                sink.Add(hookPath, $"Lifecycle validation failed: invalid hook: {lifecycle.Hook}; use prestart, poststart or poststop.");
                break;
        }
    }
}
