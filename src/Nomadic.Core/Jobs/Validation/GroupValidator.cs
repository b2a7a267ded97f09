namespace Nomadic.Core.Jobs.Validation;

/// <summary>Task group rules (<c>TaskGroup.Validate</c> and the group checks of <c>Job.Validate</c>).</summary>
internal static class GroupValidator
{
    public static void Validate(TaskGroup group, Job job, string path, ValidationSink sink)
    {
        var type = job.Type ?? "";
        var name = group.Name ?? "";
        var count = group.Count ?? 0;
        if (name.Length == 0)
        {
            sink.Add(ValidationSink.Join(path, "Name"), "Missing task group name: give the group block a label.");
        }
        else if (name.Contains('\0', StringComparison.Ordinal))
        {
            sink.Add(ValidationSink.Join(path, "Name"), "Task group name contains null character: remove it.");
        }

        if (count < 0)
        {
            sink.Add(ValidationSink.Join(path, "Count"), "Task group count can't be negative.");
        }

        if (type == JobTypes.System && count > 1)
        {
            sink.Add(ValidationSink.Join(path, "Count"), $"Job task group {name} has count {count}. Count cannot exceed 1 with system scheduler.");
        }

        ValidateDisconnect(group, type, path, sink);
        PlacementRules.Validate(group.Constraints, group.Affinities, group.Spreads, type, path, sink);
        PolicyRules.ValidateGroupPolicies(group, type, path, sink);
        ValidateTasks(group, job, path, sink);
        VolumeRules.ValidateGroupVolumes(group, type, path, sink);
        NetworkRules.ValidateGroup(group, path, sink);
        ServiceRules.ValidateGroupServices(group, path, sink);
        ConnectRules.ValidateGroup(group, path, sink);
        ServiceOwnershipRules.Validate(group, path, sink);
        ScalingRules.Validate(group, path, sink);
    }

    private static void ValidateDisconnect(TaskGroup group, string type, string path, ValidationSink sink)
    {
        if (group.ShutdownDelay is { } shutdown && shutdown < TimeSpan.Zero)
        {
            sink.Add(ValidationSink.Join(path, "ShutdownDelay"), "ShutdownDelay must be a positive value.");
        }

        if (group.StopAfterClientDisconnect is { } stop && stop != TimeSpan.Zero)
        {
            if (stop > TimeSpan.Zero && type is not (JobTypes.Batch or JobTypes.Service))
            {
                sink.Add(ValidationSink.Join(path, "StopAfterClientDisconnect"), "stop_after_client_disconnect can only be set in batch and service jobs.");
            }
            else if (stop < TimeSpan.Zero)
            {
                sink.Add(ValidationSink.Join(path, "StopAfterClientDisconnect"), "stop_after_client_disconnect must be a positive value.");
            }
        }

        if (group.MaxClientDisconnect is { } max)
        {
            if (group.StopAfterClientDisconnect is not null)
            {
                sink.Add(ValidationSink.Join(path, "MaxClientDisconnect"), "Task group cannot be configured with both max_client_disconnect and stop_after_client_disconnect: keep one.");
            }

            if (max < TimeSpan.Zero)
            {
                sink.Add(ValidationSink.Join(path, "MaxClientDisconnect"), "max_client_disconnect cannot be negative.");
            }

            if (group.ReschedulePolicy?.Attempts > 0 && group.PreventRescheduleOnLost == true)
            {
                sink.Add(ValidationSink.Join(path, "PreventRescheduleOnLost"), "max_client_disconnect and prevent_reschedule_on_lost cannot be enabled when rechedule.attempts > 0.");
            }
        }
    }

    private static void ValidateTasks(TaskGroup group, Job job, string path, ValidationSink sink)
    {
        var tasks = group.Tasks ?? [];
        if (tasks.Count == 0)
        {
            sink.Add(ValidationSink.Join(path, "Tasks"), "Missing tasks for task group: add a task block.");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var leaders = 0;
        for (var i = 0; i < tasks.Count; i++)
        {
            var taskPath = ValidationSink.Index(path, "Tasks", i);
            if (tasks[i] is not { } task)
            {
                sink.Add(taskPath, "Task is null: remove it.");
                continue;
            }

            var name = task.Name ?? "";
            if (name.Length == 0)
            {
                sink.Add(ValidationSink.Join(taskPath, "Name"), $"Task {i + 1} missing name: give the task block a label.");
            }
            else if (!seen.TryAdd(name, i))
            {
                sink.Add(ValidationSink.Join(taskPath, "Name"), $"Task {i + 1} redefines '{name}' from task {seen[name] + 1}: task names must be unique in a group.");
            }

            if (task.Leader)
            {
                leaders++;
                if (leaders == 2)
                {
                    sink.Add(ValidationSink.Join(taskPath, "Leader"), "Only one task may be marked as leader.");
                }
            }

            TaskValidator.Validate(task, group, job, taskPath, sink);
        }
    }
}
