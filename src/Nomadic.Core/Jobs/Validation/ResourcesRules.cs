namespace Nomadic.Core.Jobs.Validation;

/// <summary>Task resource rules (<c>Resources.Validate</c>, <c>RequestedDevice.Validate</c>, <c>NUMA.Validate</c>).</summary>
internal static class ResourcesRules
{
    private const int MinCpu = 1;
    private const int MinMemoryMB = 10;
    private const int MemoryNoLimit = -1;

    public static void Validate(Resources? resources, string path, ValidationSink sink)
    {
        if (resources is null)
        {
            sink.Add(path, "Missing task resources: canonicalize the job or add a resources block.");
            return;
        }

        var cpu = resources.CPU ?? 0;
        var cores = resources.Cores ?? 0;
        var memory = resources.MemoryMB ?? 0;
        var memoryMax = resources.MemoryMaxMB ?? 0;
        if (cores > 0 && cpu > 0)
        {
            sink.Add(ValidationSink.Join(path, "Cores"), "Task can only ask for 'cpu' or 'cores' resource, not both.");
        }

        if (cores < 0)
        {
            sink.Add(ValidationSink.Join(path, "Cores"), $"cores must be zero or more; got {cores}.");
        }

        if (cpu < MinCpu && cores == 0)
        {
            sink.Add(ValidationSink.Join(path, "CPU"), $"minimum CPU value is {MinCpu}; got {cpu}.");
        }

        if (memory < MinMemoryMB)
        {
            sink.Add(ValidationSink.Join(path, "MemoryMB"), $"minimum MemoryMB value is {MinMemoryMB}; got {memory}.");
        }

        if (memoryMax != 0 && memoryMax != MemoryNoLimit && memoryMax < memory)
        {
            sink.Add(ValidationSink.Join(path, "MemoryMaxMB"), $"MemoryMaxMB value ({memoryMax}) should be larger than MemoryMB value ({memory}).");
        }

        if ((resources.DiskMB ?? 0) > 0)
        {
            sink.Add(ValidationSink.Join(path, "DiskMB"), "Task can't ask for disk resources, they have to be specified at the task group level: use ephemeral_disk in the group.");
        }

        ValidateNuma(resources.NUMA, cores, ValidationSink.Join(path, "NUMA"), sink);
        ValidateDevices(resources.Devices, path, sink);
    }

    private static void ValidateNuma(NumaResource? numa, int cores, string path, ValidationSink sink)
    {
        if (numa is null)
        {
            return;
        }

        var affinity = numa.Affinity ?? "";
        if (affinity is not ("" or "none" or "prefer" or "require"))
        {
            sink.Add(ValidationSink.Join(path, "Affinity"), $"numa affinity must be one of none, prefer, or require; got \"{affinity}\".");
        }
        else if (affinity is "prefer" or "require" && cores <= 0)
        {
            sink.Add(ValidationSink.Join(path, "Affinity"), $"numa affinity \"{affinity}\" applies only to reserved cores: set resources.cores instead of cpu.");
        }
    }

    private static void ValidateDevices(IList<RequestedDevice>? devices, string path, ValidationSink sink)
    {
        for (var i = 0; i < (devices?.Count ?? 0); i++)
        {
            var devicePath = ValidationSink.Index(path, "Devices", i);
            if (devices![i] is not { } device)
            {
                sink.Add(devicePath, "Device request is null: remove it.");
                continue;
            }

            if (string.IsNullOrEmpty(device.Name))
            {
                sink.Add(ValidationSink.Join(devicePath, "Name"), "device name must be given as one of the following: type, vendor/type, or vendor/type/name.");
            }

            for (var c = 0; c < (device.Constraints?.Count ?? 0); c++)
            {
                var constraintPath = ValidationSink.Index(devicePath, "Constraints", c);
                if (device.Constraints![c] is not { } constraint)
                {
                    sink.Add(constraintPath, "Constraint is null: remove it.");
                }
                else if (constraint.Operand is "distinct_hosts" or "distinct_property")
                {
                    sink.Add(ValidationSink.Join(constraintPath, "Operand"), $"Constraint {c + 1} validation failed: using unsupported operand \"{constraint.Operand}\" on a device.");
                }
                else
                {
                    PlacementRules.ValidateConstraint(constraint, constraintPath, sink);
                }
            }

            PlacementRules.ValidateAffinities(device.Affinities, JobTypes.Service, devicePath, sink);
        }
    }
}
