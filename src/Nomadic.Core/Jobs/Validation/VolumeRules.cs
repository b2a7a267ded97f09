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
            if (volume.Type is not ("host" or "csi"))
            {
                sink.Add(ValidationSink.Join(volumePath, "Type"), prefix + $"volume has unrecognized type {volume.Type}; use host or csi.");
                continue;
            }

            if (string.IsNullOrEmpty(volume.Source))
            {
                sink.Add(ValidationSink.Join(volumePath, "Source"), prefix + "volume has an empty source.");
            }

            if (volume.PerAlloc)
            {
                if (type is JobTypes.System or JobTypes.SysBatch)
                {
                    sink.Add(ValidationSink.Join(volumePath, "PerAlloc"), prefix + "volume cannot be per_alloc for system or sysbatch jobs.");
                }

                if ((group.Update?.Canary ?? 0) > 0)
                {
                    sink.Add(ValidationSink.Join(volumePath, "PerAlloc"), prefix + "volume cannot be per_alloc when canaries are in use.");
                }
            }

            if (volume.Type == "host")
            {
                ValidateHost(volume, volumePath, prefix, sink);
            }
            else
            {
                ValidateCsi(volume, group.Count ?? 0, volumePath, prefix, sink);
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

    private static void ValidateHost(VolumeRequest volume, string path, string prefix, ValidationSink sink)
    {
        if (!string.IsNullOrEmpty(volume.AttachmentMode))
        {
            sink.Add(ValidationSink.Join(path, "AttachmentMode"), prefix + "host volumes cannot have an attachment mode.");
        }

        if (!string.IsNullOrEmpty(volume.AccessMode))
        {
            sink.Add(ValidationSink.Join(path, "AccessMode"), prefix + "host volumes cannot have an access mode.");
        }

        if (volume.MountOptions is not null)
        {
            sink.Add(ValidationSink.Join(path, "MountOptions"), prefix + "host volumes cannot have mount options.");
        }
    }

    private static void ValidateCsi(VolumeRequest volume, int count, string path, string prefix, ValidationSink sink)
    {
        var accessPath = ValidationSink.Join(path, "AccessMode");
        switch (volume.AttachmentMode ?? "")
        {
            case "":
                sink.Add(ValidationSink.Join(path, "AttachmentMode"), prefix + "CSI volumes must have an attachment mode: use file-system or block-device.");
                break;
            case "block-device" when volume.MountOptions is not null:
                sink.Add(ValidationSink.Join(path, "MountOptions"), prefix + "block devices cannot have mount options.");
                break;
            case "file-system" or "block-device":
                break;
            default:
                sink.Add(ValidationSink.Join(path, "AttachmentMode"), prefix + $"CSI volume has unrecognized attachment mode {volume.AttachmentMode}; use file-system or block-device.");
                break;
        }

        var shared = count > 1 && !volume.PerAlloc;
        switch (volume.AccessMode ?? "")
        {
            case "":
                sink.Add(accessPath, prefix + "CSI volumes must have an access mode.");
                break;
            case "single-node-reader-only":
                RequireReadOnly(volume, path, prefix, sink);
                if (shared)
                {
                    sink.Add(accessPath, prefix + "volume with single-node-reader-only access mode allows only one reader: use per_alloc or count = 1.");
                }

                break;
            case "single-node-writer":
                if (shared)
                {
                    sink.Add(accessPath, prefix + "volume with single-node-writer access mode allows only one reader or writer: use per_alloc or count = 1.");
                }

                break;
            case "multi-node-reader-only":
                RequireReadOnly(volume, path, prefix, sink);
                break;
            case "multi-node-single-writer":
                if (!volume.ReadOnly && shared)
                {
                    sink.Add(accessPath, prefix + "volume with multi-node-single-writer access mode allows only one writer: use per_alloc, read_only or count = 1.");
                }

                break;
            case "multi-node-multi-writer":
                break;
            default:
                sink.Add(accessPath, prefix + $"CSI volume has unrecognized access mode {volume.AccessMode}.");
                break;
        }
    }

    private static void RequireReadOnly(VolumeRequest volume, string path, string prefix, ValidationSink sink)
    {
        if (!volume.ReadOnly)
        {
            sink.Add(ValidationSink.Join(path, "ReadOnly"), prefix + $"{volume.AccessMode} volumes must be read-only: set read_only = true.");
        }
    }
}
