using Nomadic.Core.Jobs;

namespace Nomadic.Core.Tests.Validation;

public sealed class NetworkRulesTests
{
    private const string N = "TaskGroups[0].Networks[0]";

    [Fact]
    public void Static_and_dynamic_ports_pass() => WithPorts([new Port { Label = "db", Value = 5432 }], [new Port { Label = "http", To = 8080 }]).ShouldBeValid();

    [Fact]
    public void Duplicate_port_label() => WithPorts([new Port { Label = "http", Value = 80 }], [new Port { Label = "http" }]).ShouldFail($"{N}.DynamicPorts[0].Label", "Port label http already in use");

    [Fact]
    public void Duplicate_static_port() => WithPorts([new Port { Label = "a", Value = 80 }, new Port { Label = "b", Value = 80 }], []).ShouldFail($"{N}.ReservedPorts[1].Value", "Static port 80 already reserved by a");

    [Fact]
    public void Same_static_port_on_different_host_networks() => WithPorts([new Port { Label = "a", Value = 80 }, new Port { Label = "b", Value = 80, HostNetwork = "public" }], []).ShouldBeValid();

    [Fact]
    public void Static_port_above_range() => WithPorts([new Port { Label = "a", Value = 70000 }], []).ShouldFail($"{N}.ReservedPorts[0].Value", "cannot be greater than 65535");

    [Fact]
    public void Static_port_negative() => WithPorts([new Port { Label = "a", Value = -3 }], []).ShouldFail($"{N}.ReservedPorts[0].Value", "negative");

    [Theory]
    [InlineData(-2, "negative value")]
    [InlineData(70000, "greater than 65535")]
    public void Mapped_port_range(int to, string fragment) => WithPorts([], [new Port { Label = "a", To = to }]).ShouldFail($"{N}.DynamicPorts[0].To", fragment);

    [Fact]
    public void Port_needs_label() => WithPorts([], [new Port()]).ShouldFail($"{N}.DynamicPorts[0].Label", "no label");

    [Fact]
    public void Hostname_must_be_dns() => Jobs.Canonical().Also(j => j.Group().Networks![0].Hostname = "bad host!").ShouldFail($"{N}.Hostname", "not a valid DNS name");

    [Fact]
    public void Hostname_with_runtime_reference_passes() => Jobs.Canonical().Also(j => j.Group().Networks![0].Hostname = "${NOMAD_ALLOC_NAME}").ShouldBeValid();

    [Fact]
    public void Task_network_label_clashes_with_group() => Jobs.Canonical().Also(j => j.Task().Resources!.Networks = [new NetworkResource { DynamicPorts = [new Port { Label = "http" }] }])
        .ShouldFail("TaskGroups[0].Tasks[0].Resources.Networks[0].DynamicPorts[0].Label", "already in use by taskgroup network");

    private static Job WithPorts(IList<Port> reserved, IList<Port> dynamic) => Jobs.Canonical().Also(j => j.Group().Networks = [new NetworkResource { ReservedPorts = reserved, DynamicPorts = dynamic }]);
}
