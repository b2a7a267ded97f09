using CsCheck;
using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Core.Tests.Jobs;

namespace Nomadic.Core.Tests.Validation;

public sealed class PropertyTests
{
    private static readonly Gen<Job> ArbitraryJobs = Gen.Int.Select(seed => new NullInjector(new Random(seed)).Inject(new RandomModel(new Random(seed)).Create<Job>()));

    [Fact]
    public void Canonicalized_valid_jobs_validate_clean() =>
        ValidJobGen.Job.Sample(job =>
        {
            JobCanonicalizer.Canonicalize(job);
            var errors = JobValidator.Validate(job);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }, iter: 300);

    [Fact]
    public void Canonicalization_is_idempotent_on_valid_jobs() =>
        ValidJobGen.Job.Sample(job =>
        {
            var options = new JobCanonicalizerOptions { VaultDefaultIdentity = new WorkloadIdentity { Audience = ["vault.io"], TTL = TimeSpan.FromHours(1) } };
            JobCanonicalizer.Canonicalize(job, options);
            var once = NomadApiJson.Serialize(job, indented: false);
            JobCanonicalizer.Canonicalize(job, options);
            Assert.Equal(once, NomadApiJson.Serialize(job, indented: false));
        }, iter: 200);

    [Fact]
    public void Validation_never_throws_on_arbitrary_models() =>
        ArbitraryJobs.Sample(job => JobValidator.Validate(job), iter: 500, threads: 1);

    [Fact]
    public void Canonicalization_never_throws_on_arbitrary_models() =>
        ArbitraryJobs.Sample(job =>
        {
            JobCanonicalizer.Canonicalize(job);
            JobValidator.Validate(job);
        }, iter: 500, threads: 1);

    [Fact]
    public void Empty_model_objects_do_not_throw()
    {
        var job = new Job { TaskGroups = [new TaskGroup { Tasks = [new JobTask { Services = [new Service { Checks = [new ServiceCheck()] }], Identities = [new WorkloadIdentity()], Actions = [new TaskAction()] }] }] };
        Assert.NotEmpty(JobValidator.Validate(job));
        JobCanonicalizer.Canonicalize(job);
        Assert.NotEmpty(JobValidator.Validate(job));
    }
}
