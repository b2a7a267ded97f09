using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;

namespace Nomadic.Core.Tests.Validation;

public sealed class JobRulesTests
{
    [Fact]
    public void Null_job_is_reported() => Assert.Single(JobValidator.Validate(null));

    [Fact]
    public void Missing_id()
    {
        var job = Jobs.Canonical();
        job.ID = "";
        job.ShouldFail("ID", "Missing job ID");
    }

    [Fact]
    public void Id_with_space() => Mutated(j => j.ID = "my job").ShouldFail("ID", "contains a space");

    [Fact]
    public void Id_with_null_character() => Mutated(j => j.ID = "a\0b").ShouldFail("ID", "null character");

    [Fact]
    public void Missing_name() => Mutated(j => j.Name = "").ShouldFail("Name", "Missing job name");

    [Fact]
    public void Name_with_null_character() => Mutated(j => j.Name = "a\0").ShouldFail("Name", "null character");

    [Fact]
    public void Missing_region() => Mutated(j => j.Region = "").ShouldFail("Region", "Missing job region");

    [Fact]
    public void Missing_region_is_fine_for_multiregion_jobs() => Mutated(j => { j.Region = ""; j.Multiregion = new Multiregion(); }).ShouldNotFailAt("Region");

    [Fact]
    public void Missing_namespace() => Mutated(j => j.Namespace = "").ShouldFail("Namespace", "namespace");

    [Theory]
    [InlineData("")]
    [InlineData("web")]
    [InlineData("_core")]
    public void Bad_type(string type) => Mutated(j => j.Type = type).ShouldFail("Type", "type");

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void Priority_out_of_range(int priority) => Mutated(j => j.Priority = priority).ShouldFail("Priority", "between [1, 100]");

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Priority_bounds_are_allowed(int priority) => Mutated(j => j.Priority = priority).ShouldBeValid();

    [Fact]
    public void Empty_datacenters() => Mutated(j => j.Datacenters = []).ShouldFail("Datacenters", "Missing job datacenters");

    [Fact]
    public void Empty_datacenter_name() => Mutated(j => j.Datacenters = ["dc1", ""]).ShouldFail("Datacenters[1]", "non-empty");

    [Fact]
    public void Payload_is_rejected() => Mutated(j => j.Payload = [1]).ShouldFail("Payload", "only dispatched");

    [Fact]
    public void No_groups() => Mutated(j => j.TaskGroups = []).ShouldFail("TaskGroups", "Missing job task groups");

    [Fact]
    public void Duplicate_group_names()
    {
        var job = Jobs.Raw();
        job.TaskGroups!.Add(new TaskGroup { Name = "web", Tasks = [new JobTask { Name = "t", Driver = "exec" }] });
        JobCanonicalizer.Canonicalize(job);
        job.ShouldFail("TaskGroups[1].Name", "redefines 'web' from group 1");
    }

    [Fact]
    public void Null_group_is_reported() => Mutated(j => j.TaskGroups!.Add(null!)).ShouldFail("TaskGroups[1]", "null");

    [Fact]
    public void Periodic_requires_batch() => Mutated(j => j.Periodic = new PeriodicConfig { Spec = "@daily", Enabled = true, SpecType = "cron" }).ShouldFail("Periodic", "batch");

    [Fact]
    public void Periodic_batch_is_valid()
    {
        var job = Jobs.Raw("batch");
        job.Periodic = new PeriodicConfig { Spec = "0 */2 * * 1-5", TimeZone = "America/New_York" };
        JobCanonicalizer.Canonicalize(job).ShouldBeValid();
    }

    [Fact]
    public void Periodic_needs_a_spec() => Batch(j => j.Periodic = new PeriodicConfig()).ShouldFail("Periodic.Spec", "Must specify a spec");

    [Fact]
    public void Periodic_cron_and_crons_are_exclusive() => Batch(j => j.Periodic = new PeriodicConfig { Spec = "@daily", Specs = ["@hourly"] }).ShouldFail("Periodic.Specs", "Only cron or crons");

    [Theory]
    [InlineData("* * *")]
    [InlineData("@sometimes")]
    [InlineData("* * * * * * * *")]
    [InlineData("*/x * * * *")]
    public void Periodic_bad_cron(string spec) => Batch(j => j.Periodic = new PeriodicConfig { Spec = spec }).ShouldFail("Periodic.Spec", "Invalid cron spec");

    [Fact]
    public void Periodic_bad_crons_item() => Batch(j => j.Periodic = new PeriodicConfig { Specs = ["@daily", "bad"] }).ShouldFail("Periodic.Specs[1]", "Invalid cron spec");

    [Fact]
    public void Periodic_bad_time_zone() => Batch(j => j.Periodic = new PeriodicConfig { Spec = "@daily", TimeZone = "Mars/Olympus" }).ShouldFail("Periodic.TimeZone", "Invalid time zone");

    [Fact]
    public void Periodic_unknown_spec_type() => Batch(j => j.Periodic = new PeriodicConfig { Spec = "@daily", SpecType = "rrule" }).ShouldFail("Periodic.SpecType", "Unknown periodic specification type");

    [Fact]
    public void Disabled_periodic_is_not_checked() => Mutated(j => j.Periodic = new PeriodicConfig { Enabled = false }).ShouldBeValid();

    [Fact]
    public void Parameterized_requires_batch() => Mutated(j => j.ParameterizedJob = new ParameterizedJobConfig { Payload = "optional" }).ShouldFail("ParameterizedJob", "batch");

    [Fact]
    public void Parameterized_payload_value() => Batch(j => j.ParameterizedJob = new ParameterizedJobConfig { Payload = "sometimes" }).ShouldFail("ParameterizedJob.Payload", "Unknown payload requirement");

    [Fact]
    public void Parameterized_meta_disjoint() => Batch(j => j.ParameterizedJob = new ParameterizedJobConfig { Payload = "required", MetaRequired = ["a", "b"], MetaOptional = ["b"] }).ShouldFail("ParameterizedJob.MetaOptional", "[b]");

    private static Job Mutated(Action<Job> change)
    {
        var job = Jobs.Canonical();
        change(job);
        return job;
    }

    private static Job Batch(Action<Job> change)
    {
        var job = Jobs.Raw("batch");
        change(job);
        return JobCanonicalizer.Canonicalize(job);
    }
}
