using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;

namespace Nomadic.Core.Tests.Validation;

public sealed class ServiceRulesTests
{
    private const string S = "TaskGroups[0].Services[0]";

    [Fact]
    public void Valid_group_service_with_checks() => GroupService(s => { }).ShouldBeValid();

    [Theory]
    [InlineData("web_api")]
    [InlineData("-web")]
    [InlineData("web.api")]
    public void Service_name_rfc1123(string name) => GroupService(s => s.Name = name).ShouldFail($"{S}.Name", "RFC 1123");

    [Fact]
    public void Service_name_runtime_reference_is_allowed() => GroupService(s => s.Name = "web-${NOMAD_ALLOC_INDEX}").ShouldBeValid();

    [Fact]
    public void Service_address_mode() => GroupService(s => s.AddressMode = "bridge").ShouldFail($"{S}.AddressMode", "address_mode must be");

    [Fact]
    public void Service_address_with_non_auto_mode() => GroupService(s => { s.AddressMode = "host"; s.Address = "10.0.0.1"; }).ShouldFail($"{S}.AddressMode", "must be \"auto\" if address is set");

    [Fact]
    public void Service_on_update() => GroupService(s => s.OnUpdate = "always").ShouldFail($"{S}.OnUpdate", "on_update must be");

    [Fact]
    public void Service_provider() => GroupService(s => s.Provider = "etcd").ShouldFail($"{S}.Provider", "provider must be");

    [Fact]
    public void Service_unknown_port_label() => GroupService(s => s.PortLabel = "grpc").ShouldFail($"{S}.PortLabel", "port label \"grpc\"");

    [Fact]
    public void Service_duplicate() => GroupService(s => { }).Also(j => j.Group().Services!.Add(j.Group().Services![0])).ShouldFail("TaskGroups[0].Services[1].Name", "duplicate");

    [Fact]
    public void Service_task_name_must_exist() => GroupService(s => s.TaskName = "ghost").ShouldFail($"{S}.TaskName", "does not exist");

    [Fact]
    public void Service_identity_needs_name() => GroupService(s => s.Identity = new WorkloadIdentity { Audience = ["consul.io"] }).ShouldFail($"{S}.Identity.Name", "empty name");

    [Fact]
    public void Task_service_cannot_use_alloc_mode()
    {
        var job = TaskService(s => s.AddressMode = "alloc");
        job.ShouldFail("TaskGroups[0].Tasks[0].Services[0].AddressMode", "only services defined in a \"group\" block");
    }

    [Fact]
    public void Task_service_cannot_have_connect() => TaskService(s => s.Connect = new ConsulConnect()).ShouldFail("TaskGroups[0].Tasks[0].Services[0].Connect", "cannot have \"connect\" block");

    [Fact]
    public void Task_service_numeric_port_in_driver_mode() => TaskService(s => { s.AddressMode = "driver"; s.PortLabel = "8080"; s.Checks = null; }).ShouldBeValid();

    [Fact]
    public void Nomad_provider_has_no_script_checks() => GroupService(s => { s.Provider = "nomad"; s.Checks![0].Type = "script"; s.Checks[0].Command = "/bin/true"; }).ShouldFail($"{S}.Checks[0].Type", "invalid check type");

    [Fact]
    public void Check_type() => GroupService(s => s.Checks![0].Type = "ping").ShouldFail($"{S}.Checks[0].Type", "invalid check type (\"ping\")");

    [Fact]
    public void Http_check_needs_path() => GroupService(s => s.Checks![0].Path = "").ShouldFail($"{S}.Checks[0].Path", "http type must have http path");

    [Fact]
    public void Http_check_path_relative() => GroupService(s => s.Checks![0].Path = "http://example.com/health").ShouldFail($"{S}.Checks[0].Path", "relative http path");

    [Fact]
    public void Script_check_needs_command() => GroupService(s => { s.Checks![0].Type = "script"; s.Checks[0].Path = ""; }).ShouldFail($"{S}.Checks[0].Command", "script type must have a valid script path");

    [Fact]
    public void Check_interval_required() => GroupService(s => s.Checks![0].Interval = TimeSpan.Zero).ShouldFail($"{S}.Checks[0].Interval", "missing required value interval");

    [Fact]
    public void Check_interval_minimum() => GroupService(s => s.Checks![0].Interval = TimeSpan.FromMilliseconds(500)).ShouldFail($"{S}.Checks[0].Interval", "interval (500ms) cannot be lower than 1s");

    [Fact]
    public void Check_timeout_required() => GroupService(s => s.Checks![0].Timeout = TimeSpan.Zero).ShouldFail($"{S}.Checks[0].Timeout", "missing required value timeout");

    [Fact]
    public void Check_timeout_minimum() => GroupService(s => s.Checks![0].Timeout = TimeSpan.FromMilliseconds(10)).ShouldFail($"{S}.Checks[0].Timeout", "lower than required minimum timeout");

    [Fact]
    public void Check_initial_status() => GroupService(s => s.Checks![0].InitialStatus = "ok").ShouldFail($"{S}.Checks[0].InitialStatus", "invalid initial check state");

    [Fact]
    public void Check_address_mode_auto() => GroupService(s => s.Checks![0].AddressMode = "auto").ShouldFail($"{S}.Checks[0].AddressMode", "only valid for services");

    [Fact]
    public void Check_on_update_ignore_with_check_restart() => GroupService(s => { s.Checks![0].OnUpdate = "ignore"; s.Checks[0].CheckRestart = new CheckRestart { Limit = 3 }; })
        .ShouldFail($"{S}.Checks[0].OnUpdate", "not compatible with check_restart");

    [Fact]
    public void Check_duplicate_names() => GroupService(s => s.Checks!.Add(s.Checks[0])).ShouldFail($"{S}.Checks[1].Name", "duplicate");

    [Fact]
    public void Check_numeric_port_without_driver_mode() => GroupService(s => s.Checks![0].PortLabel = "8080").ShouldFail($"{S}.Checks[0].PortLabel", "numeric port 8080");

    [Fact]
    public void Check_needs_a_port() => GroupService(s => s.PortLabel = "").ShouldFail($"{S}.Checks[0].PortLabel", "missing a port");

    [Fact]
    public void Check_unknown_port_label() => GroupService(s => s.Checks![0].PortLabel = "admin").ShouldFail($"{S}.Checks[0].PortLabel", "port label \"admin\"");

    [Fact]
    public void Group_service_cannot_use_driver_mode() => GroupService(s => s.AddressMode = "driver").ShouldFail($"{S}.AddressMode", "only services defined in a \"task\" block");

    [Fact]
    public void Group_check_task_must_exist() => GroupService(s => s.Checks![0].TaskName = "ghost").ShouldFail($"{S}.Checks[0].TaskName", "refers to non-existent task ghost");

    [Fact]
    public void Group_script_check_needs_task() => GroupService(s => { s.Checks![0].Type = "script"; s.Checks[0].Command = "/bin/check"; }).ShouldFail($"{S}.Checks[0].TaskName", "must specify task parameter");

    [Fact]
    public void Group_script_check_with_task_passes() => GroupService(s => { s.Checks![0].Type = "script"; s.Checks[0].Command = "/bin/check"; s.Checks[0].TaskName = "server"; }).ShouldBeValid();

    [Fact]
    public void Task_service_task_name_must_be_its_task() => TaskService(s => s.TaskName = "other").ShouldFail("TaskGroups[0].Tasks[0].Services[0].TaskName", "may only specify task the service belongs to");

    [Fact]
    public void Mixed_providers_in_a_group() => GroupService(s => { }).Also(j => j.Task().Services = [new Service { Name = "side", Provider = "nomad", AddressMode = "auto", OnUpdate = "require_healthy" }])
        .ShouldFail("TaskGroups[0].Services", "Multiple service providers used");

    private static Job GroupService(Action<Service> change)
    {
        var job = Jobs.Raw();
        var service = new Service
        {
            Name = "web",
            PortLabel = "http",
            Checks = [new ServiceCheck { Name = "alive", Type = "http", Path = "/health", Interval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromSeconds(2) }],
        };
        job.Group().Services = [service];
        JobCanonicalizer.Canonicalize(job);
        change(service);
        return job;
    }

    private static Job TaskService(Action<Service> change)
    {
        var job = Jobs.Raw();
        var service = new Service { Name = "web", PortLabel = "http" };
        job.Task().Services = [service];
        JobCanonicalizer.Canonicalize(job);
        change(service);
        return job;
    }
}
