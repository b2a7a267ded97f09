using System.Globalization;

namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// Consul Connect rules for group services: <c>ConsulConnect.Validate</c>, <c>ConsulGateway.Validate</c> and the TCP
/// check rule of <c>Service.validateConsulService</c> (structs/services.go), and <c>groupConnectValidate</c> with the
/// mesh gateway port check of the job endpoint's Connect hook (nomad/job_endpoint_hook_connect.go).
/// </summary>
internal static class ConnectRules
{
    public static void ValidateGroup(TaskGroup group, string path, ValidationSink sink)
    {
        var services = group.Services ?? [];
        var listeners = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i] is not { Connect: { } connect } service)
            {
                continue;
            }

            var servicePath = ValidationSink.Index(path, "Services", i);
            var connectPath = ValidationSink.Join(servicePath, "Connect");
            var kinds = (connect.SidecarService is null ? 0 : 1) + (connect.Native ? 1 : 0) + (connect.Gateway is null ? 0 : 1);
            if (kinds != 1)
            {
                sink.Add(connectPath, "Consul Connect must be exclusively native, make use of a sidecar, or represent a Gateway: keep exactly one of native, sidecar_service and gateway.");
                continue;
            }

            if (connect.SidecarService is { } sidecar)
            {
                ValidateSidecarGroup(group, service, connectPath, sink);
                ValidateSidecarChecks(service, servicePath, sink);
                ValidateUpstreamListeners(group, service, sidecar, ValidationSink.Join(connectPath, "SidecarService.Proxy.Upstreams"), listeners, sink);
            }
            else if (connect.Native)
            {
                ValidateNativeTask(group, service, servicePath, sink);
            }
            else
            {
                ValidateGateway(group, service, connect.Gateway!, servicePath, sink);
            }
        }
    }

    private static void ValidateSidecarGroup(TaskGroup group, Service service, string path, ValidationSink sink)
    {
        var networks = group.Networks ?? [];
        if (networks.Count != 1)
        {
            sink.Add(path, $"Consul Connect sidecars require exactly 1 network, found {networks.Count} in group \"{group.Name}\": add one network block with mode = \"bridge\".");
        }
        else if (networks[0]?.Mode != "bridge")
        {
            // Nomad 1.7 accepts only bridge here; CNI networks for Connect came later.
            sink.Add(path, $"Consul Connect sidecar requires bridge network, found \"{networks[0]?.Mode}\" in group \"{group.Name}\": set mode = \"bridge\".");
        }

        // Consul assumes lowercase sidecar names without checking, so Nomad enforces it.
        if (service.Name is { } name && name != name.ToLowerInvariant())
        {
            sink.Add(path, $"Consul Connect service name \"{name}\" in group \"{group.Name}\" must not contain uppercase characters.");
        }

        if (group.Name is { } groupName && groupName != groupName.ToLowerInvariant())
        {
            sink.Add(path, $"Consul Connect group \"{groupName}\" with service \"{service.Name}\" must not contain uppercase characters.");
        }
    }

    private static void ValidateSidecarChecks(Service service, string path, ValidationSink sink)
    {
        var checks = service.Checks ?? [];
        for (var i = 0; i < checks.Count; i++)
        {
            if (checks[i] is { Type: "tcp" } check)
            {
                sink.Add(ValidationSink.Index(path, "Checks", i), $"Check {check.Name} invalid: tcp checks are not valid for Connect enabled services (the service listens on loopback inside the network namespace); use an http check with expose = true.");
            }
        }
    }

    private static void ValidateUpstreamListeners(TaskGroup group, Service service, ConsulSidecarService sidecar, string path, Dictionary<string, string> listeners, ValidationSink sink)
    {
        var upstreams = sidecar.Proxy?.Upstreams ?? [];
        for (var i = 0; i < upstreams.Count; i++)
        {
            if (upstreams[i] is not { } upstream)
            {
                continue;
            }

            var listener = JoinHostPort(upstream.LocalBindAddress ?? "", upstream.LocalBindPort);
            if (listeners.TryGetValue(listener, out var other))
            {
                sink.Add(ValidationSink.Join($"{path}[{i}]", "LocalBindPort"), $"Consul Connect services \"{service.Name}\" and \"{other}\" in group \"{group.Name}\" using same address for upstreams ({listener}): give each upstream its own local_bind_port.");
            }
            else
            {
                listeners[listener] = service.Name ?? "";
            }
        }
    }

    private static void ValidateNativeTask(TaskGroup group, Service service, string path, ValidationSink sink)
    {
        var tasks = (group.Tasks ?? []).Where(t => t is not null).ToList();
        if (string.IsNullOrEmpty(service.TaskName))
        {
            if (tasks.Count != 1)
            {
                sink.Add(ValidationSink.Join(path, "TaskName"), $"task for Consul Connect Native service {group.Name}->{service.Name} is ambiguous and must be set: set task in the service block.");
            }
        }
        else if (!tasks.Any(t => t.Name == service.TaskName))
        {
            sink.Add(ValidationSink.Join(path, "TaskName"), $"task {service.TaskName} named by Consul Connect Native service {group.Name}->{service.Name} does not exist.");
        }
    }

    private static void ValidateGateway(TaskGroup group, Service service, ConsulGateway gateway, string servicePath, ValidationSink sink)
    {
        var path = ValidationSink.Join(servicePath, "Connect.Gateway");
        if (gateway.Proxy is { } proxy)
        {
            ValidateGatewayProxy(proxy, ValidationSink.Join(path, "Proxy"), sink);
        }

        var kinds = (gateway.Ingress is null ? 0 : 1) + (gateway.Terminating is null ? 0 : 1) + (gateway.Mesh is null ? 0 : 1);
        if (kinds != 1)
        {
            sink.Add(path, "One Consul Gateway Configuration must be set: keep exactly one of ingress, terminating and mesh.");
        }

        if (gateway.Mesh is not null && string.IsNullOrEmpty(service.PortLabel))
        {
            sink.Add(ValidationSink.Join(servicePath, "PortLabel"), "service.port must be set for mesh gateway service: it is the gateway's WAN address, usually a port of a host_network.");
        }

        var networks = group.Networks ?? [];
        if (networks.Count != 1)
        {
            sink.Add(path, $"Consul Connect gateways require exactly 1 network, found {networks.Count} in group \"{group.Name}\".");
        }
        else if (networks[0]?.Mode is not ("bridge" or "host"))
        {
            sink.Add(path, "Consul Connect Gateway service requires Task Group with network mode of type \"bridge\" or \"host\".");
        }
    }

    private static void ValidateGatewayProxy(ConsulGatewayProxy proxy, string path, ValidationSink sink)
    {
        if (proxy.ConnectTimeout is null)
        {
            sink.Add(ValidationSink.Join(path, "ConnectTimeout"), "Consul Gateway Proxy connection_timeout must be set.");
        }

        if (proxy.EnvoyDNSDiscoveryType is not (null or "" or "STRICT_DNS" or "LOGICAL_DNS"))
        {
            sink.Add(ValidationSink.Join(path, "EnvoyDNSDiscoveryType"), "Consul Gateway Proxy Envoy DNS Discovery type must be STRICT_DNS or LOGICAL_DNS.");
        }

        foreach (var (name, address) in proxy.EnvoyGatewayBindAddresses ?? new Dictionary<string, ConsulGatewayBindAddress>())
        {
            var addressPath = ValidationSink.Key(path, "EnvoyGatewayBindAddresses", name);
            if (string.IsNullOrEmpty(address?.Address))
            {
                sink.Add(ValidationSink.Join(addressPath, "Address"), "Consul Gateway Bind Address must be set.");
            }
            else if (address.Port <= 0 && address.Port != -1)
            {
                sink.Add(ValidationSink.Join(addressPath, "Port"), "Consul Gateway Bind Address must set valid Port.");
            }
        }
    }

    private static string JoinHostPort(string host, int port) =>
        host.Contains(':', StringComparison.Ordinal)
            ? $"[{host}]:{port.ToString(CultureInfo.InvariantCulture)}"
            : $"{host}:{port.ToString(CultureInfo.InvariantCulture)}";
}
