using Nomadic.Core.Jobs;

namespace Nomadic.Core.Tests.Validation;

public sealed class TaskRulesTests
{
    private const string T = "TaskGroups[0].Tasks[0]";

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    public void Task_name_without_slashes(string name) => Mutated(t => t.Name = name).ShouldFail($"{T}.Name", "slashes");

    [Fact]
    public void Task_name_without_null() => Mutated(t => t.Name = "a\0").ShouldFail($"{T}.Name", "null characters");

    [Fact]
    public void Missing_driver() => Mutated(t => t.Driver = "").ShouldFail($"{T}.Driver", "Missing task driver");

    [Fact]
    public void Negative_kill_timeout() => Mutated(t => t.KillTimeout = TimeSpan.FromSeconds(-1)).ShouldFail($"{T}.KillTimeout", "positive");

    [Fact]
    public void Kill_timeout_longer_than_progress_deadline() => Mutated(t => t.KillTimeout = TimeSpan.FromMinutes(11)).ShouldFail($"{T}.KillTimeout", "KillTimout (11m0s) longer than the group's ProgressDeadline (10m0s)");

    [Fact]
    public void Negative_shutdown_delay() => Mutated(t => t.ShutdownDelay = TimeSpan.FromSeconds(-1)).ShouldFail($"{T}.ShutdownDelay", "positive");

    [Fact]
    public void Log_config_required() => Mutated(t => t.LogConfig = null).ShouldFail($"{T}.LogConfig", "Missing Log Config");

    [Fact]
    public void Log_files_minimum() => Mutated(t => t.LogConfig!.MaxFiles = 0).ShouldFail($"{T}.LogConfig.MaxFiles", "minimum number of files is 1");

    [Fact]
    public void Log_size_minimum() => Mutated(t => t.LogConfig!.MaxFileSizeMB = 0).ShouldFail($"{T}.LogConfig.MaxFileSizeMB", "minimum file size is 1MB");

    [Theory]
    [InlineData("prestart", true)]
    [InlineData("poststart", false)]
    [InlineData("poststop", false)]
    public void Lifecycle_hooks(string hook, bool sidecar) => Mutated(t => t.Lifecycle = new TaskLifecycle { Hook = hook, Sidecar = sidecar }).ShouldBeValid();

    [Fact]
    public void Lifecycle_bad_hook() => Mutated(t => t.Lifecycle = new TaskLifecycle { Hook = "prestop" }).ShouldFail($"{T}.Lifecycle.Hook", "invalid hook: prestop");

    [Fact]
    public void Lifecycle_missing_hook() => Mutated(t => t.Lifecycle = new TaskLifecycle { Sidecar = true }).ShouldFail($"{T}.Lifecycle.Hook", "no lifecycle hook provided");

    [Fact]
    public void Task_restart_policy_is_checked() => Mutated(t => t.RestartPolicy!.Mode = "never").ShouldFail($"{T}.RestartPolicy.Mode", "Unsupported restart mode");

    [Fact]
    public void Task_level_distinct_hosts_is_disallowed() => Mutated(t => t.Constraints = [new Constraint { Operand = "distinct_hosts" }]).ShouldFail($"{T}.Constraints[0].Operand", "disallowed Operand at task level");

    [Fact]
    public void Null_task_is_reported() => Jobs.Canonical().Also(j => j.Group().Tasks!.Add(null!)).ShouldFail("TaskGroups[0].Tasks[1]", "null");

    [Fact]
    public void Volume_mount_needs_group_volume() => Mutated(t => t.VolumeMounts = [new VolumeMount { Volume = "data", PropagationMode = "private" }]).ShouldFail($"{T}.VolumeMounts[0].Volume", "undefined volume data");

    [Fact]
    public void Volume_mount_empty_volume() => Mutated(t => t.VolumeMounts = [new VolumeMount { PropagationMode = "private" }]).ShouldFail($"{T}.VolumeMounts[0].Volume", "empty volume");

    [Fact]
    public void Volume_mount_propagation_mode()
    {
        var job = WithVolume(new VolumeRequest { Type = "host", Source = "data" });
        job.Task().VolumeMounts = [new VolumeMount { Volume = "data", PropagationMode = "shared" }];
        job.ShouldFail($"{T}.VolumeMounts[0].PropagationMode", "invalid propagation mode");
    }

    [Fact]
    public void Host_volume_with_mount_passes()
    {
        var job = WithVolume(new VolumeRequest { Type = "host", Source = "data" });
        job.Task().VolumeMounts = [new VolumeMount { Volume = "data", PropagationMode = "private" }];
        job.ShouldBeValid();
    }

    [Fact]
    public void Volume_type_unknown() => WithVolume(new VolumeRequest { Type = "nfs", Source = "x" }).ShouldFail("TaskGroups[0].Volumes[\"data\"].Type", "unrecognized type");

    [Fact]
    public void Volume_needs_source() => WithVolume(new VolumeRequest { Type = "host" }).ShouldFail("TaskGroups[0].Volumes[\"data\"].Source", "empty source");

    [Fact]
    public void Host_volume_has_no_access_mode() => WithVolume(new VolumeRequest { Type = "host", Source = "x", AccessMode = "single-node-writer" }).ShouldFail("TaskGroups[0].Volumes[\"data\"].AccessMode", "host volumes cannot have an access mode");

    [Fact]
    public void Csi_volume_needs_modes() => WithVolume(new VolumeRequest { Type = "csi", Source = "x" }).ShouldFail("TaskGroups[0].Volumes[\"data\"].AttachmentMode", "must have an attachment mode");

    [Fact]
    public void Csi_single_writer_with_many_allocs()
    {
        var job = WithVolume(new VolumeRequest { Type = "csi", Source = "x", AccessMode = "single-node-writer", AttachmentMode = "file-system" });
        job.Group().Count = 3;
        job.ShouldFail("TaskGroups[0].Volumes[\"data\"].AccessMode", "allows only one reader or writer");
    }

    [Fact]
    public void Per_alloc_not_for_system()
    {
        var job = Jobs.Canonical("system");
        job.Group().Volumes = new Dictionary<string, VolumeRequest> { ["data"] = new() { Type = "host", Source = "x", PerAlloc = true } };
        job.ShouldFail("TaskGroups[0].Volumes[\"data\"].PerAlloc", "system or sysbatch");
    }

    [Fact]
    public void Csi_volume_modes() => WithVolume(new VolumeRequest { Type = "csi", Source = "x", AccessMode = "any", AttachmentMode = "file-system" }).ShouldFail("TaskGroups[0].Volumes[\"data\"].AccessMode", "unrecognized access mode");

    [Fact]
    public void Csi_reader_only_must_be_read_only() => WithVolume(new VolumeRequest { Type = "csi", Source = "x", AccessMode = "multi-node-reader-only", AttachmentMode = "file-system" }).ShouldFail("TaskGroups[0].Volumes[\"data\"].ReadOnly", "must be read-only");

    [Fact]
    public void Csi_per_alloc_not_with_canaries()
    {
        var job = WithVolume(new VolumeRequest { Type = "csi", Source = "x", AccessMode = "single-node-writer", AttachmentMode = "file-system", PerAlloc = true });
        job.Group().Update!.Canary = 1;
        job.ShouldFail("TaskGroups[0].Volumes[\"data\"].PerAlloc", "canaries");
    }

    private static Job WithVolume(VolumeRequest volume)
    {
        var job = Jobs.Canonical();
        job.Group().Volumes = new Dictionary<string, VolumeRequest> { ["data"] = volume };
        return job;
    }

    private static Job Mutated(Action<JobTask> change)
    {
        var job = Jobs.Canonical();
        change(job.Task());
        return job;
    }
}
