using static Nomadic.Core.Tests.HistoricalFixtures.Fixture;

namespace Nomadic.Core.Tests.HistoricalFixtures;

/// <summary>Service and check fixtures of jobspec/parse_test.go, field by field.</summary>
public sealed class ServiceFixtureTests
{
    [Fact]
    public void Service_check_initial_status()
    {
        var job = Decode("service-check-initial-status.hcl");
        var service = Assert.Single(OnlyTask(job).Services!);
        var check = Assert.Single(service.Checks!);

        Assert.Equal("service", job.Type);
        Assert.Equal(1, job.TaskGroups![0].Count);
        Assert.Equal(["foo", "bar"], service.Tags!);
        Assert.Equal("http", service.PortLabel);
        Assert.Equal(string.Empty, service.Name);
        Assert.Equal("check-name", check.Name);
        Assert.Equal("http", check.Type);
        Assert.Equal("/", check.Path);
        Assert.Equal(TimeSpan.FromSeconds(10), check.Interval);
        Assert.Equal(TimeSpan.FromSeconds(2), check.Timeout);
        Assert.Equal("passing", check.InitialStatus);
        Assert.Equal("POST", check.Method);
        var header = Assert.Single(check.Header!);
        Assert.Equal("Authorization", header.Key);
        Assert.Equal(["Basic ZWxhc3RpYzpjaGFuZ2VtZQ=="], header.Value);
    }

    [Fact]
    public void Service_check_pass_fail()
    {
        var service = Assert.Single(OnlyTask(Decode("service-check-pass-fail.hcl")).Services!);
        var check = Assert.Single(service.Checks!);

        Assert.Equal("service", service.Name);
        Assert.Equal("http", service.PortLabel);
        Assert.Equal("check-name", check.Name);
        Assert.Equal("http", check.Type);
        Assert.Equal("/", check.Path);
        Assert.Equal(TimeSpan.FromSeconds(10), check.Interval);
        Assert.Equal(TimeSpan.FromSeconds(2), check.Timeout);
        Assert.Equal("passing", check.InitialStatus);
        Assert.Equal("POST", check.Method);
        Assert.Equal(3, check.SuccessBeforePassing);
        Assert.Equal(4, check.FailuresBeforeCritical);
        Assert.Equal(2, check.FailuresBeforeWarning);
    }

    [Fact]
    public void Service_tagged_address()
    {
        var service = OnlyGroupService(Decode("service-tagged-address.hcl"));

        Assert.Equal("service1", service.Name);
        Assert.Equal(new Dictionary<string, string> { ["public_wan"] = "1.2.3.4" }, service.TaggedAddresses);
    }

    [Fact]
    public void Service_check_driver_address()
    {
        var services = OnlyTask(Decode("service-check-driver-address.hcl")).Services!;

        Assert.Equal(2, services.Count);
        Assert.Equal("http-service", services[0].Name);
        Assert.Equal("http", services[0].PortLabel);
        Assert.Equal("auto", services[0].AddressMode);
        var httpCheck = Assert.Single(services[0].Checks!);
        Assert.Equal("http-check", httpCheck.Name);
        Assert.Equal("http", httpCheck.Type);
        Assert.Equal("/", httpCheck.Path);
        Assert.Equal("http", httpCheck.PortLabel);
        Assert.Equal("driver", httpCheck.AddressMode);

        Assert.Equal("random-service", services[1].Name);
        Assert.Equal("9000", services[1].PortLabel);
        Assert.Equal("driver", services[1].AddressMode);
        var tcpCheck = Assert.Single(services[1].Checks!);
        Assert.Equal("random-check", tcpCheck.Name);
        Assert.Equal("tcp", tcpCheck.Type);
        Assert.Equal("9001", tcpCheck.PortLabel);
        Assert.Equal("driver", tcpCheck.AddressMode);
    }

    [Fact]
    public void Service_check_restart()
    {
        var service = Assert.Single(OnlyTask(Decode("service-check-restart.hcl")).Services!);

        Assert.Equal("http-service", service.Name);
        Assert.Equal(3, service.CheckRestart!.Limit);
        Assert.Equal(TimeSpan.FromSeconds(10), service.CheckRestart.Grace);
        Assert.True(service.CheckRestart.IgnoreWarnings);
        var check = Assert.Single(service.Checks!);
        Assert.Equal("random-check", check.Name);
        Assert.Equal("tcp", check.Type);
        Assert.Equal("9001", check.PortLabel);
        Assert.Null(check.CheckRestart);
    }

    [Fact]
    public void Service_meta()
    {
        var service = Assert.Single(OnlyTask(Decode("service-meta.hcl")).Services!);

        Assert.Equal("http-service", service.Name);
        Assert.Equal(new Dictionary<string, string> { ["foo"] = "bar" }, service.Meta);
    }

    [Theory]
    [InlineData("service-enable-tag-override.hcl")]
    [InlineData("tg-service-enable-tag-override.hcl")]
    public void Service_enable_tag_override(string file)
    {
        var job = Decode(file);
        var service = file.StartsWith("tg-", StringComparison.Ordinal) ? OnlyGroupService(job) : Assert.Single(OnlyTask(job).Services!);

        Assert.Equal("example", service.Name);
        Assert.True(service.EnableTagOverride);
    }

    [Fact]
    public void Service_provider()
    {
        var job = Decode("service-provider.hcl");
        var service = Assert.Single(OnlyTask(job).Services!);

        Assert.Equal(5, job.TaskGroups![0].Count);
        Assert.Equal("service-provider", service.Name);
        Assert.Equal("nomad", service.Provider);
    }

    [Fact]
    public void Group_service_check_script()
    {
        var job = Decode("tg-service-check.hcl");
        var group = Assert.Single(job.TaskGroups!);
        var network = Assert.Single(group.Networks!);
        var port = Assert.Single(network.ReservedPorts!);
        var service = Assert.Single(group.Services!);
        var check = Assert.Single(service.Checks!);

        Assert.Equal(1, group.Count);
        Assert.Equal("bridge", network.Mode);
        Assert.Equal(("http", 80, 8080), (port.Label, port.Value, port.To));
        Assert.Null(network.DynamicPorts);
        Assert.Equal("foo-service", service.Name);
        Assert.Equal("http", service.PortLabel);
        Assert.Equal("ignore", service.OnUpdate);
        Assert.Equal("check-name", check.Name);
        Assert.Equal("script", check.Type);
        Assert.Equal("/bin/true", check.Command);
        Assert.Equal(TimeSpan.FromSeconds(10), check.Interval);
        Assert.Equal(TimeSpan.FromSeconds(2), check.Timeout);
        Assert.Equal("passing", check.InitialStatus);
        Assert.Equal("foo", check.TaskName);
        Assert.Equal("ignore", check.OnUpdate);
        Assert.Equal("post body", check.Body);
        Assert.Equal("foo", Assert.Single(group.Tasks!).Name);
    }

    [Fact]
    public void Group_service_check_expose()
    {
        var service = OnlyGroupService(Decode("tg-service-check-expose.hcl"));

        Assert.Equal("example", service.Name);
        Assert.NotNull(service.Connect!.SidecarService!.Proxy);
        Assert.Equal(["example-check1", "example-check2"], service.Checks!.Select(c => c.Name));
        Assert.Equal([true, false], service.Checks!.Select(c => c.Expose));
    }
}
