namespace Nomadic.Core.Jobs.Validation;

/// <summary>Group volume and task volume mount rules (<c>VolumeRequest.Validate</c>, the volume mount checks of <c>Task.Validate</c>).</summary>
internal static class VolumeRules
{
    public static void ValidateGroupVolumes(TaskGroup group, string type, string path, ValidationSink sink)
    {
        foreach (var (name, volume) in group.Volumes ?? new Dictionary<string, VolumeRequest>())
        {
            var volumePath = ValidationSink.Key(path, "Volumes", name);
            if (volume is null)
            {
                sink.Add(volumePath, "Volume is null: remove it.");
                continue;
            }

            var prefix = $"Task group volume validation for {name} failed: ";
            if (string.IsNullOrEmpty(volume.Source))
            {
                sink.Add(ValidationSink.Join(volumePath, "Source"), prefix + "volume has an empty source.");
            }

            switch (volume.Type ?? "")
            {
                case "host":
                    if (volume.PerAlloc)
                    {
                        sink.Add(ValidationSink.Join(volumePath, "PerAlloc"), prefix + "host volumes do not support per_alloc.");
                    }

                    if (!string.IsNullOrEmpty(volume.AccessMode) || !string.IsNullOrEmpty(volume.AttachmentMode))
                    {
                        sink.Add(ValidationSink.Join(volumePath, "AccessMode"), prefix + "host volumes cannot have an access mode or attachment mode.");
                    }

                    break;
                case "csi":
                    ValidateCsi(volume, group, type, volumePath, prefix, sink);
                    break;
                default:
                    sink.Add(ValidationSink.Join(volumePath, "Type"), prefix + $"volume has unrecognized type {volume.Type}; use host or csi.");
                    break;
            }
        }
    }

    public static void ValidateMounts(JobTask task, TaskGroup group, string path, ValidationSink sink)
    {
        var mounts = task.VolumeMounts ?? [];
        for (var i = 0; i < mounts.Count; i++)
        {
            var mountPath = ValidationSink.Index(path, "VolumeMounts", i);
            if (mounts[i] is not { } mount)
            {
                sink.Add(mountPath, "Volume mount is null: remove it.");
                continue;
            }

            if (mount.PropagationMode is not (null or "" or "private" or "host-to-task" or "bidirectional"))
            {
                sink.Add(ValidationSink.Join(mountPath, "PropagationMode"), $"Volume Mount ({i}) has an invalid propagation mode: \"{mount.PropagationMode}\"; use private, host-to-task or bidirectional.");
            }

            if (string.IsNullOrEmpty(mount.Volume))
            {
                sink.Add(ValidationSink.Join(mountPath, "Volume"), $"Volume Mount ({i}) references an empty volume.");
            }
            else if (group.Volumes is null || !group.Volumes.ContainsKey(mount.Volume))
            {
                sink.Add(ValidationSink.Join(mountPath, "Volume"), $"Volume Mount ({i}) references undefined volume {mount.Volume}: declare it in the group's volume blocks.");
            }
        }
    }

    private static void ValidateCsi(VolumeRequest volume, TaskGroup group, string type, string path, string prefix, ValidationSink sink)
    {
        if (volume.AccessMode is not ("" or "single-node-reader-only" or "single-node-writer" or "multi-node-reader-only" or "multi-node-single-writer" or "multi-node-multi-writer"))
        {
            sink.Add(ValidationSink.Join(path, "AccessMode"), prefix + $"CSI volume has unrecognized access mode {volume.AccessMode}.");
        }

        if (volume.AttachmentMode is not ("" or "file-system" or "block-device"))
        {
            sink.Add(ValidationSink.Join(path, "AttachmentMode"), prefix + $"CSI volume has unrecognized attachment mode {volume.AttachmentMode}.");
        }

        if (volume.AccessMode is "single-node-reader-only" or "multi-node-reader-only" && !volume.ReadOnly)
        {
            sink.Add(ValidationSink.Join(path, "ReadOnly"), prefix + $"CSI volume has access mode {volume.AccessMode} and must be read_only = true.");
        }

        if (volume.PerAlloc)
        {
            if (type is JobTypes.System or JobTypes.SysBatch)
            {
                sink.Add(ValidationSink.Join(path, "PerAlloc"), prefix + "volume cannot be per_alloc for system or sysbatch jobs.");
            }

            if ((group.Update?.Canary ?? 0) > 0)
            {
                sink.Add(ValidationSink.Join(path, "PerAlloc"), prefix + "volume cannot be per_alloc when canaries are in use.");
            }
        }
    }
}
