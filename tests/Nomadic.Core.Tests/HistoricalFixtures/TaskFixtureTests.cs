using Nomadic.Core.Jobs;
using static Nomadic.Core.Tests.HistoricalFixtures.Fixture;

namespace Nomadic.Core.Tests.HistoricalFixtures;

/// <summary>Task-level fixtures of jobspec/parse_test.go, field by field.</summary>
public sealed class TaskFixtureTests
{
    [Fact]
    public void Task_nested_config()
    {
        var job = Decode("task-nested-config.hcl");

        // A task directly under the job becomes a group of its own name.
        Assert.Equal("bar", Assert.Single(job.TaskGroups!).Name);
        var task = OnlyTask(job);
        Assert.Equal("bar", task.Name);
        Assert.Equal("docker", task.Driver);
        Assert.Equal("hashicorp/image", task.Config!["image"]);
        // A block inside schemaless config is a list of maps ([]map[string]interface{} in Go).
        var portMap = Assert.IsType<List<object?>>(task.Config["port_map"]);
        var entry = Assert.IsType<Dictionary<string, object?>>(Assert.Single(portMap));
        Assert.Equal(1234L, entry["db"]);
        Assert.Equal(2, task.Config.Count);
    }

    [Fact]
    public void Job_with_kill_signal()
    {
        var task = OnlyTask(Decode("job-with-kill-signal.hcl"));

        Assert.Equal("bar", task.Name);
        Assert.Equal("docker", task.Driver);
        Assert.Equal("SIGQUIT", task.KillSignal);
        Assert.Equal("hashicorp/image", Assert.Single(task.Config!).Value);
    }

    [Fact]
    public void Artifacts()
    {
        var job = Decode("artifacts.hcl");

        Assert.Equal("binstore-storagelocker", job.ID);
        Assert.Equal("binsl", job.TaskGroups![0].Name);
        var task = OnlyTask(job);
        Assert.Equal("binstore", task.Name);
        Assert.Equal("docker", task.Driver);
        var artifacts = task.Artifacts!;
        Assert.Equal(4, artifacts.Count);

        Assert.Equal("http://foo.com/bar", artifacts[0].GetterSource);
        Assert.Equal(new Dictionary<string, string> { ["foo"] = "bar" }, artifacts[0].GetterOptions);
        Assert.Equal(string.Empty, artifacts[0].RelativeDest);

        Assert.Equal("http://foo.com/baz", artifacts[1].GetterSource);
        Assert.Null(artifacts[1].GetterOptions);
        Assert.Null(artifacts[1].RelativeDest);

        Assert.Equal("http://foo.com/bam", artifacts[2].GetterSource);
        Assert.Null(artifacts[2].GetterOptions);
        Assert.Equal("var/foo", artifacts[2].RelativeDest);

        Assert.Equal("https://example.com/file.txt", artifacts[3].GetterSource);
        Assert.Equal(new Dictionary<string, string> { ["User-Agent"] = "nomad", ["X-Nomad-Alloc"] = "alloc" }, artifacts[3].GetterHeaders);
        Assert.Null(artifacts[3].GetterMode);
    }

    [Fact]
    public void Csi_plugin()
    {
        var plugin = OnlyTask(Decode("csi-plugin.hcl")).CSIPluginConfig!;

        Assert.Equal("org.hashicorp.csi", plugin.ID);
        Assert.Equal("monolith", plugin.Type);
        Assert.Equal("/csi/test", plugin.MountDir);
        Assert.Equal(TimeSpan.FromMinutes(1), plugin.HealthTimeout);
    }

    [Fact]
    public void Vault_inheritance()
    {
        // jobspec2 completes every vault block with env = true, disable_file = false, change_mode = "restart"
        // (normalizeVault) and hands the group's block, else the job's, to tasks without one.
        var groups = Decode("vault_inheritance.hcl").TaskGroups!;

        Assert.Equal(["cache", "cache2"], groups.Select(g => g.Name));
        AssertVault(groups[0].Tasks![0], "redis", "group", env: true, disableFile: false);
        AssertVault(groups[0].Tasks![1], "redis2", "task", env: false, disableFile: true);
        AssertVault(Assert.Single(groups[1].Tasks!), "redis", "job", env: true, disableFile: false);
    }

    [Fact]
    public void Resources_cores()
    {
        var job = Decode("resources-cores.hcl");
        var group = Assert.Single(job.TaskGroups!);
        var task = Assert.Single(group.Tasks!);

        Assert.Equal("cores-test", job.ID);
        Assert.Equal(5, group.Count);
        Assert.Equal("docker", task.Driver);
        Assert.Equal(4, task.Resources!.Cores);
        Assert.Equal(128, task.Resources.MemoryMB);
        Assert.Null(task.Resources.CPU);
    }

    [Fact]
    public void Task_scaling_policy()
    {
        var policies = OnlyTask(Decode("task-scaling-policy.hcl")).ScalingPolicies!;

        Assert.Equal(2, policies.Count);
        AssertScaling(policies[0], "vertical_cpu", 50, 1000, "cpu", enabled: true);
        AssertScaling(policies[1], "vertical_mem", 128, 1024, "mem", enabled: false);
    }

    [Fact]
    public void Group_scaling_policy()
    {
        var scaling = Assert.Single(Decode("tg-scaling-policy.hcl").TaskGroups!).Scaling!;

        Assert.Equal("horizontal", scaling.Type);
        Assert.Equal(5, scaling.Min);
        Assert.Equal(100, scaling.Max);
        Assert.False(scaling.Enabled);
        Assert.Null(scaling.Target);
        var policy = scaling.Policy!;
        Assert.Equal("bar", policy["foo"]);
        Assert.Equal(true, policy["b"]);
        Assert.Equal(5L, policy["val"]);
        Assert.Equal(0.1, policy["f"]);
        Assert.Equal(5, policy.Count);
    }

    [Fact]
    public void Group_scaling_policy_labelled_block()
    {
        var policy = Assert.Single(Decode("tg-scaling-policy.hcl").TaskGroups!).Scaling!.Policy!;

        var check = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(policy["check"])));
        var foo = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(check["foo"])));
        Assert.Equal("some_query", foo["query"]);
    }

    [Fact]
    public void Group_scaling_policy_minimal()
    {
        var scaling = Assert.Single(Decode("tg-scaling-policy-minimal.hcl").TaskGroups!).Scaling!;

        Assert.Equal("horizontal", scaling.Type);
        Assert.Null(scaling.Min);
        Assert.Equal(10, scaling.Max);
        Assert.Null(scaling.Policy);
        Assert.Null(scaling.Enabled);
    }

    private static void AssertVault(JobTask task, string name, string policy, bool env, bool disableFile)
    {
        Assert.Equal(name, task.Name);
        Assert.Equal([policy], task.Vault!.Policies!);
        Assert.Equal(env, task.Vault.Env);
        Assert.Equal(disableFile, task.Vault.DisableFile);
        Assert.Equal("restart", task.Vault.ChangeMode);
    }

    private static void AssertScaling(ScalingPolicy policy, string type, long min, long max, string test, bool enabled)
    {
        Assert.Equal(type, policy.Type);
        Assert.Null(policy.Target);
        Assert.Equal(min, policy.Min);
        Assert.Equal(max, policy.Max);
        Assert.Equal(new Dictionary<string, object?> { ["test"] = test }, policy.Policy);
        Assert.Equal(enabled, policy.Enabled);
    }
}
