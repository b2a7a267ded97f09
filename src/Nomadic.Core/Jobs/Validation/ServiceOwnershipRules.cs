namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// Which task a service or check belongs to, and the provider mix of a group (<c>TaskGroup.validateServices</c>,
/// <c>validateScriptChecksInGroupServices</c>).
/// </summary>
internal static class ServiceOwnershipRules
{
    public static void Validate(TaskGroup group, string path, ValidationSink sink)
    {
        var taskNames = new HashSet<string>((group.Tasks ?? []).Where(t => t is not null).Select(t => t.Name ?? ""), StringComparer.Ordinal);
        var providers = new HashSet<string>(StringComparer.Ordinal);
        var services = group.Services ?? [];
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i] is not { } service)
            {
                continue;
            }

            providers.Add(service.Provider ?? "");
            var servicePath = ValidationSink.Index(path, "Services", i);
            if (service.AddressMode == "driver")
            {
                sink.Add(ValidationSink.Join(servicePath, "AddressMode"), $"service \"{service.Name}\" cannot use address_mode=\"driver\", only services defined in a \"task\" block can use this mode.");
            }

            var checks = service.Checks ?? [];
            for (var c = 0; c < checks.Count; c++)
            {
                if (checks[c] is not { } check)
                {
                    continue;
                }

                var checkPath = ValidationSink.Index(servicePath, "Checks", c);
                if (!string.IsNullOrEmpty(check.TaskName))
                {
                    if (check.AddressMode == "driver")
                    {
                        sink.Add(ValidationSink.Join(checkPath, "AddressMode"), $"Check \"{check.Name}\" invalid: cannot use address_mode=\"driver\", only checks defined in a \"task\" service block can use this mode.");
                    }

                    if (!taskNames.Contains(check.TaskName))
                    {
                        sink.Add(ValidationSink.Join(checkPath, "TaskName"), $"Check {check.Name} invalid: refers to non-existent task {check.TaskName}.");
                    }
                }

                if ((check.Type ?? "").Equals("script", StringComparison.OrdinalIgnoreCase) && string.IsNullOrEmpty(check.TaskName) && string.IsNullOrEmpty(service.TaskName))
                {
                    sink.Add(ValidationSink.Join(checkPath, "TaskName"), $"Service [{group.Name}]->{service.Name} or Check {check.Name} must specify task parameter: script checks in group services run in a task.");
                }
            }
        }

        var tasks = group.Tasks ?? [];
        for (var t = 0; t < tasks.Count; t++)
        {
            var taskServices = tasks[t]?.Services ?? [];
            for (var i = 0; i < taskServices.Count; i++)
            {
                if (taskServices[i] is not { } service)
                {
                    continue;
                }

                providers.Add(service.Provider ?? "");
                var servicePath = ValidationSink.Index(ValidationSink.Index(path, "Tasks", t), "Services", i);
                var taskName = tasks[t]!.Name ?? "";
                if (!string.IsNullOrEmpty(service.TaskName) && service.TaskName != taskName)
                {
                    sink.Add(ValidationSink.Join(servicePath, "TaskName"), $"Service {service.Name} is invalid: may only specify task the service belongs to, got \"{service.TaskName}\".");
                }

                var checks = service.Checks ?? [];
                for (var c = 0; c < checks.Count; c++)
                {
                    if (checks[c] is { } check && !string.IsNullOrEmpty(check.TaskName) && check.TaskName != taskName)
                    {
                        sink.Add(ValidationSink.Join(ValidationSink.Index(servicePath, "Checks", c), "TaskName"), $"Check {check.Name} is invalid: may only specify task the check belongs to, got \"{check.TaskName}\".");
                    }
                }
            }
        }

        if (providers.Count > 1)
        {
            sink.Add(ValidationSink.Join(path, "Services"), "Multiple service providers used: task group services must use the same provider.");
        }
    }
}
