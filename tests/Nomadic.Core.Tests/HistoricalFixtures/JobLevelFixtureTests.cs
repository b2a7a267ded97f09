using Nomadic.Core.Jobs;
using static Nomadic.Core.Tests.HistoricalFixtures.Fixture;

namespace Nomadic.Core.Tests.HistoricalFixtures;

/// <summary>Job-level fixtures of jobspec/parse_test.go, field by field.</summary>
public sealed class JobLevelFixtureTests
{
    [Fact]
    public void Default_job()
    {
        var job = Decode("default-job.hcl");

        Assert.Equal("foo", job.ID);
        Assert.Equal("foo", job.Name);
        Assert.Null(job.Type);
        Assert.Null(job.TaskGroups);
        Assert.Null(job.Constraints);
    }

    [Fact]
    public void Specify_job()
    {
        var job = Decode("specify-job.hcl");

        Assert.Equal("job1", job.ID);
        Assert.Equal("My Job", job.Name);
    }

    [Theory]
    [InlineData("version-constraint.hcl", "$attr.kernel.version", "~> 3.2", "version")]
    [InlineData("regexp-constraint.hcl", "$attr.kernel.version", "[0-9.]+", "regexp")]
    [InlineData("set-contains-constraint.hcl", "$meta.data", "foo,bar,baz", "set_contains")]
    [InlineData("distinctHosts-constraint.hcl", "", "true", "distinct_hosts")]
    [InlineData("distinctProperty-constraint.hcl", "${meta.rack}", "", "distinct_property")]
    public void Constraint_shorthands(string file, string lTarget, string rTarget, string operand)
    {
        var job = Decode(file);

        Assert.Equal("foo", job.ID);
        Assert.Equal("foo", job.Name);
        var constraint = Assert.Single(job.Constraints!);
        Assert.Equal(lTarget, constraint.LTarget);
        Assert.Equal(rTarget, constraint.RTarget);
        Assert.Equal(operand, constraint.Operand);
    }

    [Fact]
    public void Periodic_cron()
    {
        var periodic = Decode("periodic-cron.hcl").Periodic!;

        Assert.Equal("cron", periodic.SpecType);
        Assert.Equal("*/5 * * *", periodic.Spec);
        Assert.Null(periodic.Specs);
        Assert.True(periodic.ProhibitOverlap);
        Assert.Equal("Europe/Minsk", periodic.TimeZone);
        Assert.Null(periodic.Enabled);
    }

    [Fact]
    public void Periodic_crons()
    {
        var periodic = Decode("periodic-crons.hcl").Periodic!;

        Assert.Equal("cron", periodic.SpecType);
        Assert.Null(periodic.Spec);
        Assert.Equal(["*/5 * * *", "*/7 * * *"], periodic.Specs!);
        Assert.True(periodic.ProhibitOverlap);
        Assert.Equal("Europe/Minsk", periodic.TimeZone);
    }

    [Fact]
    public void Parameterized_job()
    {
        var job = Decode("parameterized_job.hcl");

        Assert.Equal("parameterized_job", job.ID);
        Assert.Equal("required", job.ParameterizedJob!.Payload);
        Assert.Equal(["foo", "bar"], job.ParameterizedJob.MetaRequired!);
        Assert.Equal(["baz", "bam"], job.ParameterizedJob.MetaOptional!);
        var task = OnlyTask(job);
        Assert.Equal("foo", job.TaskGroups![0].Name);
        Assert.Equal("bar", task.Name);
        Assert.Equal("docker", task.Driver);
        Assert.Equal("foo/bar", task.DispatchPayload!.File);
    }

    [Fact]
    public void Multiregion()
    {
        var job = Decode("multiregion.hcl");

        Assert.Equal("multiregion_job", job.ID);
        Assert.Equal(1, job.Multiregion!.Strategy!.MaxParallel);
        Assert.Equal("fail_all", job.Multiregion.Strategy.OnFailure);
        var regions = job.Multiregion.Regions!;
        Assert.Equal(2, regions.Count);
        Assert.Equal("west", regions[0].Name);
        Assert.Equal(2, regions[0].Count);
        Assert.Equal(["west-1"], regions[0].Datacenters!);
        Assert.Equal(new Dictionary<string, string> { ["region_code"] = "W" }, regions[0].Meta);
        Assert.Equal("east", regions[1].Name);
        Assert.Equal(1, regions[1].Count);
        Assert.Equal(["east-1", "east-2"], regions[1].Datacenters!);
        Assert.Equal(new Dictionary<string, string> { ["region_code"] = "E" }, regions[1].Meta);
    }

    [Fact]
    public void Reschedule_job()
    {
        var job = Decode("reschedule-job.hcl");

        Assert.Equal("batch", job.Type);
        Assert.Equal(["dc1"], job.Datacenters!);
        Assert.Equal(15, job.Reschedule!.Attempts);
        Assert.Equal(TimeSpan.FromMinutes(30), job.Reschedule.Interval);
        Assert.Equal("constant", job.Reschedule.DelayFunction);
        Assert.Equal(TimeSpan.FromSeconds(10), job.Reschedule.Delay);
        Assert.Null(job.Reschedule.MaxDelay);
        Assert.Null(job.Reschedule.Unlimited);
        AssertBashTask(job, expectedCount: 3);
    }

    [Fact]
    public void Reschedule_job_unlimited()
    {
        var job = Decode("reschedule-job-unlimited.hcl");

        Assert.Null(job.Reschedule!.Attempts);
        Assert.Null(job.Reschedule.Interval);
        Assert.Equal("exponential", job.Reschedule.DelayFunction);
        Assert.Equal(TimeSpan.FromSeconds(10), job.Reschedule.Delay);
        Assert.Equal(TimeSpan.FromSeconds(120), job.Reschedule.MaxDelay);
        Assert.True(job.Reschedule.Unlimited);
        AssertBashTask(job, expectedCount: 3);
    }

    [Fact]
    public void Migrate_job()
    {
        var job = Decode("migrate-job.hcl");

        Assert.Equal(2, job.Migrate!.MaxParallel);
        Assert.Equal("task_states", job.Migrate.HealthCheck);
        Assert.Equal(TimeSpan.FromSeconds(11), job.Migrate.MinHealthyTime);
        Assert.Equal(TimeSpan.FromMinutes(11), job.Migrate.HealthyDeadline);
        var group = Assert.Single(job.TaskGroups!);
        Assert.Equal(3, group.Migrate!.MaxParallel);
        Assert.Equal("checks", group.Migrate.HealthCheck);
        Assert.Equal(TimeSpan.FromSeconds(1), group.Migrate.MinHealthyTime);
        Assert.Equal(TimeSpan.FromMinutes(1), group.Migrate.HealthyDeadline);
        AssertBashTask(job, expectedCount: 3);
    }

    [Fact]
    public void Consul_namespace()
    {
        var group = Assert.Single(Decode("consul-namespace.hcl").TaskGroups!);

        Assert.Equal("group", group.Name);
        Assert.Equal("foo", group.Consul!.Namespace);
    }

    private static void AssertBashTask(Job job, int expectedCount)
    {
        var group = Assert.Single(job.TaskGroups!);
        Assert.Equal("bar", group.Name);
        Assert.Equal(expectedCount, group.Count);
        var task = Assert.Single(group.Tasks!);
        Assert.Equal("bar", task.Name);
        Assert.Equal("raw_exec", task.Driver);
        Assert.Equal("bash", task.Config!["command"]);
        Assert.Equal(new List<object?> { "-c", "echo hi" }, task.Config["args"]);
    }
}
