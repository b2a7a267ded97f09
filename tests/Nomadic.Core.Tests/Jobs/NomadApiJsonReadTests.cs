using Nomadic.Core.Jobs;

namespace Nomadic.Core.Tests.Jobs;

public class NomadApiJsonReadTests
{
    // Shape of `nomad job run -output` (Go's json.MarshalIndent of struct{ Job *api.Job }), abridged.
    private const string RunOutput = """
        {
            "Job": {
                "Region": null,
                "Namespace": null,
                "ID": "example",
                "Name": "example",
                "Type": "service",
                "Datacenters": ["*"],
                "TaskGroups": [
                    {
                        "Name": "cache",
                        "Count": 1,
                        "Networks": [
                            { "Mode": "", "Device": "", "CIDR": "", "IP": "", "DNS": null, "ReservedPorts": null,
                              "DynamicPorts": [ { "Label": "db", "Value": 0, "To": 6379, "HostNetwork": "" } ],
                              "Hostname": "", "MBits": null }
                        ],
                        "Tasks": [
                            {
                                "Name": "redis",
                                "Driver": "docker",
                                "User": "",
                                "Config": { "image": "redis:7", "ports": ["db"], "auth_soft_fail": true },
                                "Resources": { "CPU": 500, "Cores": null, "MemoryMB": 256, "MemoryMaxMB": null, "DiskMB": null,
                                               "Networks": null, "Devices": null, "NUMA": null, "IOPS": null },
                                "KillTimeout": 20000000000,
                                "Leader": false,
                                "ShutdownDelay": 0,
                                "KillSignal": "",
                                "Kind": "",
                                "Identity": null,
                                "Identities": [ { "Name": "vault_default", "Audience": ["vault.io"], "ChangeMode": "",
                                                  "ChangeSignal": "", "Env": false, "File": false, "ServiceName": "", "TTL": 3600000000000 } ],
                                "Actions": [ { "Name": "ping", "Command": "redis-cli", "Args": ["PING"] } ]
                            }
                        ],
                        "ShutdownDelay": null,
                        "MaxClientDisconnect": 300000000000
                    }
                ],
                "ConsulToken": null,
                "VaultToken": null,
                "Dispatched": false,
                "Payload": null
            }
        }
        """;

    [Fact]
    public void Reads_run_output()
    {
        var job = NomadApiJson.Deserialize(RunOutput);
        Assert.Equal("example", job.ID);
        Assert.Equal(["*"], job.Datacenters!);
        var group = Assert.Single(job.TaskGroups!);
        Assert.Equal(TimeSpan.FromMinutes(5), group.MaxClientDisconnect);
        Assert.Null(group.ShutdownDelay);
        var task = Assert.Single(group.Tasks!);
        Assert.Equal(TimeSpan.FromSeconds(20), task.KillTimeout);
        Assert.Equal(500, task.Resources!.CPU);
        Assert.Null(task.Resources.MemoryMaxMB);
        Assert.Equal(TimeSpan.FromHours(1), task.Identities![0].TTL);
        Assert.Equal("redis-cli", task.Actions![0].Command);
        Assert.Equal(6379, group.Networks![0].DynamicPorts![0].To);
        Assert.Equal("redis:7", task.Config!["image"]);
    }

    [Fact]
    public void Reads_a_bare_job_as_get_v1_job_returns_it()
    {
        var job = NomadApiJson.Deserialize("""{"ID":"web","Name":"web","Type":"batch","Priority":70,"Status":"running","Version":3,"CreateIndex":10,"SomeServerField":{"x":1}}""");
        Assert.Equal("web", job.ID);
        Assert.Equal(70, job.Priority);
        Assert.Equal(3UL, job.Version);
        Assert.Equal("running", job.Status);
    }

    [Fact]
    public void Field_names_match_case_insensitively_like_go()
    {
        var job = NomadApiJson.Deserialize("""{"job":{"id":"a","taskgroups":[{"name":"g","count":2}]}}""");
        Assert.Equal("a", job.ID);
        Assert.Equal(2, job.TaskGroups![0].Count);
    }

    [Fact]
    public void Round_trips_run_output_through_the_model()
    {
        var once = NomadApiJson.Serialize(NomadApiJson.Deserialize(RunOutput));
        var twice = NomadApiJson.Serialize(NomadApiJson.Deserialize(once));
        Assert.Equal(once, twice);
        Assert.Contains("\"ConsulToken\": null", once);
    }

    [Fact]
    public void Sub_tick_nanoseconds_truncate_to_whole_ticks()
    {
        var job = NomadApiJson.Deserialize("""{"Job":{"TaskGroups":[{"ShutdownDelay":1234567}]}}""");
        Assert.Equal(TimeSpan.FromTicks(12345), job.TaskGroups![0].ShutdownDelay);
    }
}
