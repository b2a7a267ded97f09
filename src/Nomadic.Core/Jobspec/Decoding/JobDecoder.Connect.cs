using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>connect: sidecar_service, sidecar_task, proxy, upstreams, expose, gateway.</summary>
internal sealed partial class JobDecoder
{
    private ConsulConnect Connect(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["native"], B("gateway"), B("sidecar_service"), B("sidecar_task"));
        var connect = new ConsulConnect { Native = r.Bool("native", "Native") ?? false };
        connect.SidecarService = Optional(r, "sidecar_service", "SidecarService", SidecarService);
        connect.SidecarTask = Optional(r, "sidecar_task", "SidecarTask", SidecarTask);
        connect.Gateway = Optional(r, "gateway", "Gateway", Gateway);
        return connect;
    }

    private ConsulSidecarService SidecarService(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["tags", "port", "disable_default_tcp_check", "meta"], B("proxy"), B("meta"));
        var sidecar = new ConsulSidecarService
        {
            Tags = r.StringList("tags", "Tags"),
            Port = r.String("port", "Port") ?? string.Empty,
            DisableDefaultTCPCheck = r.Bool("disable_default_tcp_check", "DisableDefaultTCPCheck") ?? false,
            Meta = r.BlockOrAttributeMap("meta", "Meta"),
        };
        sidecar.Proxy = Optional(r, "proxy", "Proxy", Proxy);
        return sidecar;
    }

    private SidecarTask SidecarTask(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["name", "driver", "user", "kill_timeout", "shutdown_delay", "kill_signal", "env", "meta"], B("config"), B("env"), B("resources"), B("meta"), B("logs"));
        var task = new SidecarTask
        {
            Name = r.String("name", "Name") ?? string.Empty,
            Driver = r.String("driver", "Driver") ?? string.Empty,
            User = r.String("user", "User") ?? string.Empty,
            KillTimeout = r.Duration("kill_timeout", "KillTimeout"),
            ShutdownDelay = r.Duration("shutdown_delay", "ShutdownDelay"),
            KillSignal = r.String("kill_signal", "KillSignal") ?? string.Empty,
            Env = r.BlockOrAttributeMap("env", "Env"),
            Meta = r.BlockOrAttributeMap("meta", "Meta"),
        };
        task.Config = Optional(r, "config", "Config", (b, p) => BodyReader.Schemaless(_context, b, p));
        task.Resources = Optional(r, "resources", "Resources", Resources);
        task.LogConfig = Optional(r, "logs", "LogConfig", Logs);
        return task;
    }

    private ConsulProxy Proxy(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["local_service_address", "local_service_port", "config"], B("expose"), B("upstreams"), B("config"));
        var proxy = new ConsulProxy
        {
            LocalServiceAddress = r.String("local_service_address", "LocalServiceAddress") ?? string.Empty,
            LocalServicePort = r.Int("local_service_port", "LocalServicePort") ?? 0,
        };
        proxy.Config = SchemalessBlockOrAttribute(r, "config", "Config");
        proxy.Expose = Optional(r, "expose", "Expose", (b, p) =>
        {
            var e = _context.Read(b.Body, p, [], B("path"));
            return new ConsulExposeConfig
            {
                Paths = Many(e, "path", "Paths", (pb, pp) =>
                {
                    var x = _context.Read(pb.Body, pp, ["path", "protocol", "local_path_port", "listener_port"]);
                    return new ConsulExposePath
                    {
                        Path = x.String("path", "Path") ?? string.Empty,
                        Protocol = x.String("protocol", "Protocol") ?? string.Empty,
                        LocalPathPort = x.Int("local_path_port", "LocalPathPort") ?? 0,
                        ListenerPort = x.String("listener_port", "ListenerPort") ?? string.Empty,
                    };
                }),
            };
        });
        proxy.Upstreams = Many(r, "upstreams", "Upstreams", Upstream);
        return proxy;
    }

    private ConsulUpstream Upstream(HclBlock block, string path)
    {
        var r = _context.Read(
            block.Body,
            path,
            ["destination_name", "destination_namespace", "destination_peer", "destination_partition", "destination_type", "local_bind_port", "datacenter", "local_bind_address", "local_bind_socket_path", "local_bind_socket_mode", "config"],
            B("mesh_gateway"),
            B("config"));
        var upstream = new ConsulUpstream
        {
            DestinationName = r.String("destination_name", "DestinationName") ?? string.Empty,
            DestinationNamespace = r.String("destination_namespace", "DestinationNamespace") ?? string.Empty,
            DestinationPeer = r.String("destination_peer", "DestinationPeer") ?? string.Empty,
            DestinationPartition = r.String("destination_partition", "DestinationPartition") ?? string.Empty,
            DestinationType = r.String("destination_type", "DestinationType") ?? string.Empty,
            LocalBindPort = r.Int("local_bind_port", "LocalBindPort") ?? 0,
            Datacenter = r.String("datacenter", "Datacenter") ?? string.Empty,
            LocalBindAddress = r.String("local_bind_address", "LocalBindAddress") ?? string.Empty,
            LocalBindSocketPath = r.String("local_bind_socket_path", "LocalBindSocketPath") ?? string.Empty,
            LocalBindSocketMode = r.String("local_bind_socket_mode", "LocalBindSocketMode") ?? string.Empty,
        };
        upstream.MeshGateway = Optional(r, "mesh_gateway", "MeshGateway", (b, p) =>
            new ConsulMeshGateway { Mode = _context.Read(b.Body, p, ["mode"]).String("mode", "Mode") ?? string.Empty });
        upstream.Config = SchemalessBlockOrAttribute(r, "config", "Config");
        return upstream;
    }

    private ConsulGateway Gateway(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, [], B("proxy"), B("ingress"), B("terminating"), B("mesh"));
        var gateway = new ConsulGateway();
        gateway.Proxy = Optional(r, "proxy", "Proxy", GatewayProxy);
        gateway.Ingress = Optional(r, "ingress", "Ingress", (b, p) => BodyReader.Schemaless(_context, b, p));
        gateway.Terminating = Optional(r, "terminating", "Terminating", (b, p) => BodyReader.Schemaless(_context, b, p));
        gateway.Mesh = Optional(r, "mesh", "Mesh", (b, p) => BodyReader.Schemaless(_context, b, p));
        return gateway;
    }

    private ConsulGatewayProxy GatewayProxy(HclBlock block, string path)
    {
        var r = _context.Read(
            block.Body,
            path,
            ["connect_timeout", "envoy_gateway_bind_tagged_addresses", "envoy_gateway_no_default_bind", "envoy_dns_discovery_type", "config"],
            B("envoy_gateway_bind_addresses", "name"),
            B("config"));
        var proxy = new ConsulGatewayProxy
        {
            ConnectTimeout = r.Duration("connect_timeout", "ConnectTimeout"),
            EnvoyGatewayBindTaggedAddresses = r.Bool("envoy_gateway_bind_tagged_addresses", "EnvoyGatewayBindTaggedAddresses") ?? false,
            EnvoyGatewayNoDefaultBind = r.Bool("envoy_gateway_no_default_bind", "EnvoyGatewayNoDefaultBind") ?? false,
            EnvoyDNSDiscoveryType = r.String("envoy_dns_discovery_type", "EnvoyDNSDiscoveryType") ?? string.Empty,
        };
        proxy.Config = SchemalessBlockOrAttribute(r, "config", "Config");
        var binds = r.Blocks("envoy_gateway_bind_addresses");
        if (binds.Count > 0)
        {
            proxy.EnvoyGatewayBindAddresses = new Dictionary<string, ConsulGatewayBindAddress>(StringComparer.Ordinal);
            foreach (var b in binds)
            {
                var p = r.PathOf($"EnvoyGatewayBindAddresses[{b.Labels[0]}]");
                _context.SourceMap.Add(p, b);
                var a = _context.Read(b.Body, p, ["address", "port"]);
                proxy.EnvoyGatewayBindAddresses[b.Labels[0]] = new ConsulGatewayBindAddress
                {
                    Name = b.Labels[0],
                    Address = a.String("address", "Address") ?? string.Empty,
                    Port = a.Int("port", "Port") ?? 0,
                };
            }
        }

        return proxy;
    }

    private IDictionary<string, object?>? SchemalessBlockOrAttribute(BodyReader r, string name, string field)
    {
        if (r.Has(name))
        {
            return r.ObjectMap(name, field);
        }

        return r.Single(name) is { } block ? BodyReader.Schemaless(_context, block, r.PathOf(field)) : null;
    }
}
