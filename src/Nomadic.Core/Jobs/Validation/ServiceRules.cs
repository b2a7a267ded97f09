using System.Globalization;
using System.Text.RegularExpressions;

namespace Nomadic.Core.Jobs.Validation;

/// <summary>Service and check rules (<c>Service.Validate</c>, <c>ServiceCheck.validate*</c>, <c>validateServices</c>, <c>TaskGroup.validateServices</c>).</summary>
internal static partial class ServiceRules
{
    private static readonly TimeSpan _minCheckInterval = TimeSpan.FromSeconds(1);

    public static void ValidateTaskServices(JobTask task, TaskGroup group, string path, ValidationSink sink)
    {
        var services = task.Services ?? [];
        var known = new HashSet<string>(StringComparer.Ordinal);
        var labels = NetworkRules.PortLabels(group, task);
        for (var i = 0; i < services.Count; i++)
        {
            var servicePath = ValidationSink.Index(path, "Services", i);
            if (services[i] is not { } service)
            {
                sink.Add(servicePath, "Service is null: remove it.");
                continue;
            }

            ValidateService(service, servicePath, sink, groupLevel: false);
            if (!known.Add((service.Name ?? "") + "\0" + (service.PortLabel ?? "")))
            {
                sink.Add(ValidationSink.Join(servicePath, "Name"), $"service \"{service.Name}\" is duplicate: give each service a unique name and port.");
            }

            if (service.Connect is not null)
            {
                sink.Add(ValidationSink.Join(servicePath, "Connect"), $"service \"{service.Name}\" cannot have \"connect\" block, only services defined in a \"group\" block can.");
            }

            CheckPorts(service, labels, servicePath, sink);
        }
    }

    public static void ValidateGroupServices(TaskGroup group, string path, ValidationSink sink)
    {
        var services = group.Services ?? [];
        var known = new HashSet<string>(StringComparer.Ordinal);
        var labels = NetworkRules.PortLabels(group, null);
        var taskNames = new HashSet<string>((group.Tasks ?? []).Where(t => t is not null).Select(t => t.Name ?? ""), StringComparer.Ordinal);
        for (var i = 0; i < services.Count; i++)
        {
            var servicePath = ValidationSink.Index(path, "Services", i);
            if (services[i] is not { } service)
            {
                sink.Add(servicePath, "Service is null: remove it.");
                continue;
            }

            ValidateService(service, servicePath, sink, groupLevel: true);
            if (!known.Add((service.Name ?? "") + "\0" + (service.PortLabel ?? "")))
            {
                sink.Add(ValidationSink.Join(servicePath, "Name"), $"Service {service.Name} is duplicate: give each service a unique name and port.");
            }

            if (!string.IsNullOrEmpty(service.TaskName) && !taskNames.Contains(service.TaskName))
            {
                sink.Add(ValidationSink.Join(servicePath, "TaskName"), $"Service {service.Name} references a task {service.TaskName} that does not exist in the group.");
            }

            if (service.Connect is null)
            {
                CheckPorts(service, labels, servicePath, sink);
            }
        }
    }

    private static void ValidateService(Service service, string path, ValidationSink sink, bool groupLevel)
    {
        var name = service.Name ?? "";
        var stripped = RuntimeReference().Replace(name, "ENV-VAR");
        if (!ServiceName().IsMatch(stripped))
        {
            sink.Add(ValidationSink.Join(path, "Name"), $"Service name must be valid per RFC 1123 and can contain only alphanumeric characters or dashes and must be no longer than 63 characters: \"{name}\".");
        }

        var addressMode = service.AddressMode ?? "";
        switch (addressMode)
        {
            case "" or "auto":
                break;
            case "host" or "driver" or "alloc":
                if (!string.IsNullOrEmpty(service.Address))
                {
                    sink.Add(ValidationSink.Join(path, "AddressMode"), "Service address_mode must be \"auto\" if address is set.");
                }

                if (addressMode == "alloc" && !groupLevel)
                {
                    sink.Add(ValidationSink.Join(path, "AddressMode"), $"service \"{name}\" cannot use address_mode=\"alloc\", only services defined in a \"group\" block can use this mode.");
                }

                break;
            default:
                sink.Add(ValidationSink.Join(path, "AddressMode"), $"Service address_mode must be \"auto\", \"host\", or \"driver\"; not \"{addressMode}\".");
                break;
        }

        if (service.OnUpdate is not (null or "" or "require_healthy" or "ignore_warnings" or "ignore"))
        {
            sink.Add(ValidationSink.Join(path, "OnUpdate"), $"Service on_update must be \"require_healthy\", \"ignore_warnings\", or \"ignore\"; not \"{service.OnUpdate}\".");
        }

        switch (service.Provider ?? "")
        {
            case "consul":
                break;
            case "nomad":
                if (service.Connect is not null)
                {
                    sink.Add(ValidationSink.Join(path, "Connect"), "Service with provider nomad cannot include Connect blocks: use provider \"consul\".");
                }

                break;
            default:
                sink.Add(ValidationSink.Join(path, "Provider"), $"Service provider must be \"consul\", or \"nomad\"; not \"{service.Provider}\".");
                break;
        }

        if (service.Identity is { } identity)
        {
            if (string.IsNullOrEmpty(identity.Name))
            {
                sink.Add(ValidationSink.Join(path, "Identity.Name"), $"Service {name} has an identity with an empty name.");
            }

            IdentityRules.ValidateIdentity(identity, ValidationSink.Join(path, "Identity"), sink);
        }

        var checks = service.Checks ?? [];
        var checkNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < checks.Count; i++)
        {
            var checkPath = ValidationSink.Index(path, "Checks", i);
            if (checks[i] is not { } check)
            {
                sink.Add(checkPath, "Check is null: remove it.");
                continue;
            }

            if (!checkNames.Add(check.Name ?? ""))
            {
                sink.Add(ValidationSink.Join(checkPath, "Name"), $"check \"{check.Name}\" is duplicate: give each check of a service a unique name.");
            }

            if (check.AddressMode == "alloc" && !groupLevel)
            {
                sink.Add(ValidationSink.Join(checkPath, "AddressMode"), $"check \"{check.Name}\" cannot use address_mode=\"alloc\", only checks defined in a \"group\" service block can use this mode.");
            }

            CheckRules.Validate(check, service.Provider ?? "", checkPath, sink);
        }
    }

    private static void CheckPorts(Service service, HashSet<string> labels, string path, ValidationSink sink)
    {
        var driverMode = service.AddressMode == "driver";
        var port = service.PortLabel ?? "";
        if (port.Length > 0 && !(driverMode && int.TryParse(port, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) && !labels.Contains(port))
        {
            sink.Add(ValidationSink.Join(path, "PortLabel"), $"port label \"{port}\" referenced by services {service.Name} does not exist: define it in a network block.");
        }

        var checks = service.Checks ?? [];
        for (var i = 0; i < checks.Count; i++)
        {
            if (checks[i] is not { } check || !CheckRules.RequiresPort(check))
            {
                continue;
            }

            var checkPath = ValidationSink.Index(path, "Checks", i);
            var effective = string.IsNullOrEmpty(check.PortLabel) ? port : check.PortLabel;
            if (effective.Length == 0)
            {
                sink.Add(ValidationSink.Join(checkPath, "PortLabel"), $"check \"{check.Name}\" is missing a port: set port on the check or its service.");
                continue;
            }

            if (int.TryParse(effective, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                if (check.AddressMode != "driver")
                {
                    sink.Add(ValidationSink.Join(checkPath, "PortLabel"), $"check \"{check.Name}\" cannot use a numeric port {number} without setting address_mode=\"driver\".");
                }
                else if (number <= 0)
                {
                    sink.Add(ValidationSink.Join(checkPath, "PortLabel"), $"check \"{check.Name}\" has invalid numeric port {number}.");
                }

                continue;
            }

            if (effective != port && !labels.Contains(effective))
            {
                sink.Add(ValidationSink.Join(checkPath, "PortLabel"), $"port label \"{effective}\" referenced by services {service.Name} does not exist: define it in a network block.");
            }
        }
    }

    [GeneratedRegex(@"\$\{[^}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex RuntimeReference();

    [GeneratedRegex(@"^(?i:[a-z0-9]|[a-z0-9][a-z0-9\-]{0,61}[a-z0-9])\z", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceName();
}
