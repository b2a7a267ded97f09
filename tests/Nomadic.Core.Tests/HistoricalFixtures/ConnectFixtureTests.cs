using Nomadic.Core.Jobs;
using static Nomadic.Core.Tests.HistoricalFixtures.Fixture;

namespace Nomadic.Core.Tests.HistoricalFixtures;

/// <summary>Network and Consul Connect fixtures of jobspec/parse_test.go, field by field.</summary>
public sealed class ConnectFixtureTests
{
    [Fact]
    public void Group_network()
    {
        var job = Decode("tg-network.hcl");
        var group = Assert.Single(job.TaskGroups!);

        Assert.Equal(["dc1"], job.Datacenters!);
        Assert.Equal(TimeSpan.FromSeconds(14), group.ShutdownDelay);
        Assert.Equal(3, group.Count);
        var network = Assert.Single(group.Networks!);
        Assert.Equal("bridge", network.Mode);
        var port = Assert.Single(network.ReservedPorts!);
        Assert.Equal(("http", 80, 8080, "public"), (port.Label, port.Value, port.To, port.HostNetwork));
        Assert.Equal(["8.8.8.8"], network.DNS!.Servers!);
        Assert.Equal(["ndots:2", "edns0"], network.DNS.Options!);

        var service = Assert.Single(group.Services!);
        Assert.Equal("connect-service", service.Name);
        Assert.Equal(["foo", "bar"], service.Tags!);
        Assert.Equal(["canary", "bam"], service.CanaryTags!);
        Assert.Equal("1234", service.PortLabel);
        var sidecar = service.Connect!.SidecarService!;
        Assert.Equal(["side1", "side2"], sidecar.Tags!);
        Assert.Equal(8080, sidecar.Proxy!.LocalServicePort);
        var upstream = Assert.Single(sidecar.Proxy.Upstreams!);
        Assert.Equal("other-service", upstream.DestinationName);
        Assert.Equal("10.0.0.1:6379", upstream.DestinationPeer);
        Assert.Equal("infra", upstream.DestinationPartition);
        Assert.Equal("tcp", upstream.DestinationType);
        Assert.Equal(4567, upstream.LocalBindPort);
        Assert.Equal("0.0.0.0", upstream.LocalBindAddress);
        Assert.Equal("/var/run/testsocket.sock", upstream.LocalBindSocketPath);
        Assert.Equal("0666", upstream.LocalBindSocketMode);
        Assert.Equal("dc1", upstream.Datacenter);
        Assert.Equal("local", upstream.MeshGateway!.Mode);

        var sidecarTask = service.Connect.SidecarTask!;
        Assert.Equal(500, sidecarTask.Resources!.CPU);
        Assert.Equal(1024, sidecarTask.Resources.MemoryMB);
        Assert.Equal(new Dictionary<string, string> { ["FOO"] = "abc" }, sidecarTask.Env);
        Assert.Equal(TimeSpan.FromSeconds(5), sidecarTask.ShutdownDelay);

        var task = Assert.Single(group.Tasks!);
        Assert.Equal("raw_exec", task.Driver);
        Assert.Equal(10, Assert.Single(task.Resources!.Networks!).MBits);
    }

    [Fact]
    public void Group_service_proxy_expose()
    {
        var paths = OnlyGroupService(Decode("tg-service-proxy-expose.hcl")).Connect!.SidecarService!.Proxy!.Expose!.Paths!;

        Assert.Equal(2, paths.Count);
        Assert.Equal(("/health", "http", 2222, "healthcheck"), (paths[0].Path, paths[0].Protocol, paths[0].LocalPathPort, paths[0].ListenerPort));
        Assert.Equal(("/metrics", "grpc", 3000, "metrics"), (paths[1].Path, paths[1].Protocol, paths[1].LocalPathPort, paths[1].ListenerPort));
    }

    [Fact]
    public void Sidecar_task_name()
    {
        var connect = OnlyGroupService(Decode("tg-service-connect-sidecar_task-name.hcl")).Connect!;

        Assert.False(connect.Native);
        Assert.NotNull(connect.SidecarService);
        Assert.Equal("my-sidecar", connect.SidecarTask!.Name);
    }

    [Fact]
    public void Sidecar_disable_default_tcp_check()
    {
        var connect = OnlyGroupService(Decode("tg-service-connect-sidecar_disablecheck.hcl")).Connect!;

        Assert.True(connect.SidecarService!.DisableDefaultTCPCheck);
        Assert.Null(connect.SidecarTask);
    }

    [Fact]
    public void Sidecar_meta()
    {
        var sidecar = OnlyGroupService(Decode("tg-service-connect-sidecar_meta.hcl")).Connect!.SidecarService!;

        Assert.Equal(
            new Dictionary<string, string> { ["test-key"] = "test-value", ["test-key1"] = "test-value1", ["test-key2"] = "test-value2" },
            sidecar.Meta);
    }

    [Fact]
    public void Sidecar_task_resources()
    {
        var connect = OnlyGroupService(Decode("tg-service-connect-resources.hcl")).Connect!;

        Assert.Null(connect.SidecarService);
        Assert.Equal(111, connect.SidecarTask!.Resources!.CPU);
        Assert.Equal(222, connect.SidecarTask.Resources.MemoryMB);
        Assert.Equal(333, connect.SidecarTask.Resources.MemoryMaxMB);
    }

    [Fact]
    public void Proxy_local_service()
    {
        var proxy = OnlyGroupService(Decode("tg-service-connect-local-service.hcl")).Connect!.SidecarService!.Proxy!;

        Assert.Equal("10.0.1.2", proxy.LocalServiceAddress);
        Assert.Equal(9876, proxy.LocalServicePort);
    }

    [Fact]
    public void Connect_native()
    {
        var service = OnlyGroupService(Decode("tg-service-connect-native.hcl"));

        Assert.Equal("example", service.Name);
        Assert.Equal("task1", service.TaskName);
        Assert.True(service.Connect!.Native);
        Assert.Null(service.Connect.SidecarService);
    }

    [Fact]
    public void Ingress_gateway_proxy()
    {
        var service = OnlyGroupService(Decode("tg-service-connect-gateway-ingress.hcl"));
        var proxy = service.Connect!.Gateway!.Proxy!;

        Assert.Equal("ingress-gateway-service", service.Name);
        AssertGatewayProxy(proxy);
        Assert.Equal(string.Empty, proxy.EnvoyDNSDiscoveryType);
        Assert.NotNull(service.Connect.Gateway.Ingress);
    }

    [Fact]
    public void Terminating_gateway_proxy()
    {
        var service = OnlyGroupService(Decode("tg-service-connect-gateway-terminating.hcl"));
        var proxy = service.Connect!.Gateway!.Proxy!;

        Assert.Equal("terminating-gateway-service", service.Name);
        AssertGatewayProxy(proxy);
        Assert.Equal("LOGICAL_DNS", proxy.EnvoyDNSDiscoveryType);
        Assert.NotNull(service.Connect.Gateway.Terminating);
    }

    [Fact]
    public void Mesh_gateway()
    {
        var gateway = OnlyGroupService(Decode("tg-service-connect-gateway-mesh.hcl")).Connect!.Gateway!;

        Assert.Equal(new Dictionary<string, object?> { ["foo"] = "bar" }, gateway.Proxy!.Config);
        Assert.Null(gateway.Proxy.ConnectTimeout);
        Assert.NotNull(gateway.Mesh);
        Assert.Null(gateway.Ingress);
        Assert.Null(gateway.Terminating);
    }

    private static void AssertGatewayProxy(ConsulGatewayProxy proxy)
    {
        Assert.Equal(TimeSpan.FromSeconds(3), proxy.ConnectTimeout);
        Assert.True(proxy.EnvoyGatewayBindTaggedAddresses);
        Assert.True(proxy.EnvoyGatewayNoDefaultBind);
        var binds = proxy.EnvoyGatewayBindAddresses!;
        Assert.Equal(2, binds.Count);
        Assert.Equal(("listener1", "10.0.0.1", 8888), (binds["listener1"].Name, binds["listener1"].Address, binds["listener1"].Port));
        Assert.Equal(("listener2", "10.0.0.2", 8889), (binds["listener2"].Name, binds["listener2"].Address, binds["listener2"].Port));
        Assert.Equal(new Dictionary<string, object?> { ["foo"] = "bar" }, proxy.Config);
    }
}
