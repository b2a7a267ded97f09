using static Nomadic.Core.Tests.Validation.PositionedValidation;

namespace Nomadic.Core.Tests.Validation;

/// <summary>Consul Connect rules (structs/services.go and nomad/job_endpoint_hook_connect.go of Nomad 1.7.7), with positions.</summary>
public sealed class ConnectRulesTests
{
    private static string Job(string network, string service, string groupName = "api", string tasks = "task \"app\" {\n driver = \"docker\"\n }") => $$"""
        job "j" {
          group "{{groupName}}" {
            {{network}}
            {{service}}
            {{tasks}}
          }
        }
        """;

    private const string Bridge = "network {\n mode = \"bridge\"\n port \"http\" { to = 8080 }\n }";

    [Fact]
    public void A_valid_sidecar_service_passes()
    {
        Assert.Empty(Errors(Job(Bridge, "service {\n name = \"api\"\n port = \"8080\"\n connect {\n sidecar_service {}\n }\n }")));
    }

    [Fact]
    public void A_sidecar_needs_one_bridge_network()
    {
        var hostNetwork = Job("network {\n mode = \"host\"\n }", "service {\n name = \"api\"\n port = \"8080\"\n connect {\n sidecar_service {}\n }\n }");
        var noNetwork = Job("", "service {\n name = \"api\"\n port = \"8080\"\n connect {\n sidecar_service {}\n }\n }");

        Assert.Equal($"{At(hostNetwork, "connect {")}: TaskGroups[0].Services[0].Connect: Consul Connect sidecar requires bridge network, found \"host\" in group \"api\": set mode = \"bridge\".", Single(hostNetwork, "bridge network"));
        Assert.StartsWith($"{At(noNetwork, "connect {")}: TaskGroups[0].Services[0].Connect: Consul Connect sidecars require exactly 1 network, found 0", Single(noNetwork, "exactly 1 network"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sidecar_service_and_group_names_are_lowercase()
    {
        var hcl = Job(Bridge, "service {\n name = \"Api\"\n port = \"8080\"\n connect {\n sidecar_service {}\n }\n }", groupName: "API");
        var errors = Errors(hcl);

        Assert.Contains(errors, e => e.StartsWith($"{At(hcl, "connect {")}: TaskGroups[0].Services[0].Connect: Consul Connect service name \"Api\" in group \"API\" must not contain uppercase", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{At(hcl, "connect {")}: TaskGroups[0].Services[0].Connect: Consul Connect group \"API\" with service \"Api\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Connect_kinds_are_exclusive()
    {
        var both = Job(Bridge, "service {\n name = \"api\"\n port = \"8080\"\n connect {\n native = true\n sidecar_service {}\n }\n }");

        Assert.Equal(
            $"{At(both, "connect {")}: TaskGroups[0].Services[0].Connect: Consul Connect must be exclusively native, make use of a sidecar, or represent a Gateway: keep exactly one of native, sidecar_service and gateway.",
            Single(both, "exclusively"));
    }

    [Fact]
    public void Tcp_checks_are_rejected_on_sidecar_services()
    {
        var hcl = Job(Bridge, "service {\n name = \"api\"\n port = \"8080\"\n check {\n type = \"tcp\"\n name = \"alive\"\n interval = \"10s\"\n timeout = \"2s\"\n }\n connect {\n sidecar_service {}\n }\n }");

        Assert.StartsWith($"{At(hcl, "check {")}: TaskGroups[0].Services[0].Checks[0]: Check alive invalid: tcp checks are not valid for Connect enabled services", Single(hcl, "tcp checks"), StringComparison.Ordinal);
    }

    [Fact]
    public void Upstream_listeners_are_unique_in_a_group()
    {
        const string upstreams = "proxy {\n upstreams {\n destination_name = \"db\"\n local_bind_port = 5000\n }\n }";
        var hcl = Job(
            Bridge,
            $"service {{\n name = \"a\"\n port = \"8080\"\n connect {{\n sidecar_service {{\n {upstreams}\n }}\n }}\n }}\nservice {{\n name = \"b\"\n port = \"8081\"\n connect {{\n sidecar_service {{\n {upstreams}\n }}\n }}\n }}");

        Assert.Equal(
            $"{At(hcl, "local_bind_port", 2)}: TaskGroups[0].Services[1].Connect.SidecarService.Proxy.Upstreams[0].LocalBindPort: Consul Connect services \"b\" and \"a\" in group \"api\" using same address for upstreams (:5000): give each upstream its own local_bind_port.",
            Single(hcl, "same address"));
    }

    [Fact]
    public void A_native_service_names_an_existing_task_when_the_group_has_several()
    {
        const string twoTasks = "task \"a\" {\n driver = \"docker\"\n }\n task \"b\" {\n driver = \"docker\"\n }";
        var ambiguous = Job(Bridge, "service {\n name = \"api\"\n port = \"http\"\n connect {\n native = true\n }\n }", tasks: twoTasks);
        var missing = Job(Bridge, "service {\n name = \"api\"\n port = \"http\"\n task = \"c\"\n connect {\n native = true\n }\n }", tasks: twoTasks);

        Assert.StartsWith($"{At(ambiguous, "service {")}: TaskGroups[0].Services[0].TaskName: task for Consul Connect Native service api->api is ambiguous", Single(ambiguous, "ambiguous"), StringComparison.Ordinal);
        Assert.Equal($"{At(missing, "task = ")}: TaskGroups[0].Services[0].TaskName: task c named by Consul Connect Native service api->api does not exist.", Single(missing, "named by"));
    }

    [Fact]
    public void Gateways_need_one_kind_one_bridge_or_host_network_and_valid_proxy_settings()
    {
        var hcl = Job(
            "network {\n mode = \"none\"\n }",
            "service {\n name = \"gw\"\n connect {\n gateway {\n proxy {\n envoy_dns_discovery_type = \"DNS\"\n envoy_gateway_bind_addresses \"x\" {\n port = 1\n }\n }\n ingress {}\n mesh {}\n }\n }\n }");
        var errors = Errors(hcl);

        Assert.Contains($"{At(hcl, "gateway {")}: TaskGroups[0].Services[0].Connect.Gateway: One Consul Gateway Configuration must be set: keep exactly one of ingress, terminating and mesh.", errors);
        Assert.Contains($"{At(hcl, "gateway {")}: TaskGroups[0].Services[0].Connect.Gateway: Consul Connect Gateway service requires Task Group with network mode of type \"bridge\" or \"host\".", errors);
        Assert.Contains($"{At(hcl, "envoy_dns_discovery_type")}: TaskGroups[0].Services[0].Connect.Gateway.Proxy.EnvoyDNSDiscoveryType: Consul Gateway Proxy Envoy DNS Discovery type must be STRICT_DNS or LOGICAL_DNS.", errors);
        Assert.Contains(errors, e => e.StartsWith($"{At(hcl, "proxy {")}: ", StringComparison.Ordinal) && e.EndsWith("EnvoyGatewayBindAddresses[\"x\"].Address: Consul Gateway Bind Address must be set.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith($"{At(hcl, "service {")}: TaskGroups[0].Services[0].PortLabel: service.port must be set for mesh gateway service", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gateway_proxy_gets_consuls_default_connect_timeout()
    {
        var hcl = Job("network {\n mode = \"bridge\"\n }", "service {\n name = \"gw\"\n port = \"8080\"\n connect {\n gateway {\n proxy {}\n terminating {}\n }\n }\n }");

        Assert.Empty(Errors(hcl));
    }
}
