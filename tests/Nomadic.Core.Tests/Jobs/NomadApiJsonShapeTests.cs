using System.Text.Json;
using Nomadic.Core.Jobs;

namespace Nomadic.Core.Tests.Jobs;

public class NomadApiJsonShapeTests
{
    private static Job SampleJob() => new()
    {
        ID = "example",
        Name = "example",
        Datacenters = ["dc1"],
        Meta = new Dictionary<string, string> { ["zeta"] = "1", ["alpha"] = "2" },
        TaskGroups =
        [
            new TaskGroup
            {
                Name = "cache",
                Count = 3,
                Networks = [new NetworkResource { DynamicPorts = [new Port { Label = "db", To = 6379 }] }],
                Tasks =
                [
                    new JobTask
                    {
                        Name = "redis",
                        Driver = "docker",
                        Config = new Dictionary<string, object?> { ["image"] = "redis:7", ["ports"] = new List<object?> { "db" } },
                        KillTimeout = TimeSpan.FromSeconds(5),
                        Resources = new Resources { CPU = 500, MemoryMB = 256, MemoryMaxMB = 512, NUMA = new NumaResource { Affinity = "prefer" } },
                        Identities = [new WorkloadIdentity { Name = "vault_default", Audience = ["vault.io"], TTL = TimeSpan.FromHours(1), ChangeMode = "restart" }],
                        Actions = [new TaskAction { Name = "ping", Command = "redis-cli", Args = ["PING"] }],
                        Vault = new Vault { Cluster = "default", Role = "redis", Env = true, ChangeMode = "restart" },
                    },
                ],
            },
        ],
    };

    [Fact]
    public void Envelope_and_go_field_names()
    {
        using var doc = JsonDocument.Parse(NomadApiJson.Serialize(SampleJob()));
        var job = doc.RootElement.GetProperty("Job");
        Assert.Equal("example", job.GetProperty("ID").GetString());
        var task = job.GetProperty("TaskGroups")[0].GetProperty("Tasks")[0];
        var resources = task.GetProperty("Resources");
        Assert.Equal(500, resources.GetProperty("CPU").GetInt32());
        Assert.Equal(256, resources.GetProperty("MemoryMB").GetInt32());
        Assert.Equal(512, resources.GetProperty("MemoryMaxMB").GetInt32());
        Assert.Equal("prefer", resources.GetProperty("NUMA").GetProperty("Affinity").GetString());
        var identity = task.GetProperty("Identities")[0];
        Assert.Equal("vault.io", identity.GetProperty("Audience")[0].GetString());
        Assert.Equal(3_600_000_000_000, identity.GetProperty("TTL").GetInt64());
        Assert.Equal("restart", identity.GetProperty("ChangeMode").GetString());
        Assert.Equal("PING", task.GetProperty("Actions")[0].GetProperty("Args")[0].GetString());
        Assert.Equal("redis", task.GetProperty("Vault").GetProperty("Role").GetString());
        Assert.Equal(6379, job.GetProperty("TaskGroups")[0].GetProperty("Networks")[0].GetProperty("DynamicPorts")[0].GetProperty("To").GetInt32());
    }

    [Fact]
    public void Durations_are_integer_nanoseconds()
    {
        using var doc = JsonDocument.Parse(NomadApiJson.Serialize(SampleJob()));
        var task = doc.RootElement.GetProperty("Job").GetProperty("TaskGroups")[0].GetProperty("Tasks")[0];
        Assert.Equal(JsonValueKind.Number, task.GetProperty("KillTimeout").ValueKind);
        Assert.Equal(5_000_000_000, task.GetProperty("KillTimeout").GetInt64());
        Assert.Equal(0, task.GetProperty("ShutdownDelay").GetInt64());
    }

    [Fact]
    public void Nil_pointers_slices_and_maps_print_null_like_go()
    {
        var json = NomadApiJson.Serialize(SampleJob());
        using var doc = JsonDocument.Parse(json);
        var job = doc.RootElement.GetProperty("Job");
        foreach (var name in new[] { "Region", "Namespace", "Constraints", "Affinities", "Update", "Periodic", "ConsulToken", "VaultToken", "Stop", "Payload", "JobModifyIndex" })
        {
            Assert.Equal(JsonValueKind.Null, job.GetProperty(name).ValueKind);
        }

        Assert.False(job.GetProperty("Dispatched").GetBoolean());
        var task = job.GetProperty("TaskGroups")[0].GetProperty("Tasks")[0];
        Assert.Equal("", task.GetProperty("User").GetString());
        Assert.Equal(JsonValueKind.Null, task.GetProperty("Env").ValueKind);
        // omitempty in Go's api.Task, and fields newer than Nomad 1.7 stay out when unset.
        Assert.False(task.TryGetProperty("CSIPluginConfig", out _));
        Assert.False(job.TryGetProperty("UI", out _));
        Assert.False(task.GetProperty("Resources").GetProperty("NUMA").TryGetProperty("Devices", out _));
    }

    [Fact]
    public void Field_order_indentation_and_sorted_maps_follow_go()
    {
        var json = NomadApiJson.Serialize(new Job { ID = "x", Meta = new Dictionary<string, string> { ["b"] = "1", ["a"] = "2" } });
        Assert.StartsWith("{\n    \"Job\": {\n        \"Region\": null,\n        \"Namespace\": null,\n        \"ID\": \"x\",\n        \"Name\": null,", json.ReplaceLineEndings("\n"));
        Assert.True(json.IndexOf("\"a\"", StringComparison.Ordinal) < json.IndexOf("\"b\"", StringComparison.Ordinal));
        var keys = JsonDocument.Parse(json).RootElement.GetProperty("Job").EnumerateObject().Select(p => p.Name).ToArray();
        string[] goOrder =
        [
            "Region", "Namespace", "ID", "Name", "Type", "Priority", "AllAtOnce", "Datacenters", "NodePool", "Constraints",
            "Affinities", "TaskGroups", "Update", "Multiregion", "Spreads", "Periodic", "ParameterizedJob", "Reschedule",
            "Migrate", "Meta", "ConsulToken", "VaultToken", "Stop", "ParentID", "Dispatched", "DispatchIdempotencyToken",
            "Payload", "ConsulNamespace", "VaultNamespace", "NomadTokenID", "Status", "StatusDescription", "Stable",
            "Version", "SubmitTime", "CreateIndex", "ModifyIndex", "JobModifyIndex",
        ];
        Assert.Equal(goOrder, keys);
    }

    [Fact]
    public void Compact_output_is_one_line()
    {
        var json = NomadApiJson.Serialize(SampleJob(), indented: false);
        Assert.DoesNotContain('\n', json);
        Assert.StartsWith("{\"Job\":{\"Region\":null,", json);
    }

    [Fact]
    public void Schemaless_config_keeps_nested_values_and_sorts_keys()
    {
        var job = SampleJob();
        job.TaskGroups![0].Tasks![0].Config = new Dictionary<string, object?>
        {
            ["z"] = 1.5,
            ["mount"] = new List<object?> { new Dictionary<string, object?> { ["type"] = "bind", ["readonly"] = true } },
            ["args"] = new[] { "-c", "x" },
            ["n"] = 42,
            ["none"] = null,
        };
        var json = NomadApiJson.Serialize(job, indented: false);
        Assert.Contains("\"Config\":{\"args\":[\"-c\",\"x\"],\"mount\":[{\"readonly\":true,\"type\":\"bind\"}],\"n\":42,\"none\":null,\"z\":1.5}", json);
        var back = NomadApiJson.Deserialize(json).TaskGroups![0].Tasks![0].Config!;
        Assert.Equal(42L, back["n"]);
        Assert.Equal(1.5, back["z"]);
        Assert.Null(back["none"]);
        var mount = Assert.IsType<Dictionary<string, object?>>(Assert.IsType<List<object?>>(back["mount"])[0]);
        Assert.Equal(true, mount["readonly"]);
    }
}
