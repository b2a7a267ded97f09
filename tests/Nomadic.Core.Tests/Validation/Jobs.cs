using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;

namespace Nomadic.Core.Tests.Validation;

/// <summary>Small valid jobs to start each rule's test from.</summary>
internal static class Jobs
{
    public static Job Raw(string type = "service") => new()
    {
        ID = "example",
        Type = type,
        TaskGroups =
        [
            new TaskGroup
            {
                Name = "web",
                Networks = [new NetworkResource { DynamicPorts = [new Port { Label = "http" }] }],
                Tasks = [new JobTask { Name = "server", Driver = "docker" }],
            },
        ],
    };

    public static Job Canonical(string type = "service") => JobCanonicalizer.Canonicalize(Raw(type));

    public static TaskGroup Group(this Job job) => job.TaskGroups![0];

    public static JobTask Task(this Job job) => job.TaskGroups![0].Tasks![0];

    public static IReadOnlyList<JobValidationError> Errors(this Job job) => JobValidator.Validate(job);

    public static void ShouldBeValid(this Job job)
    {
        var errors = JobValidator.Validate(job);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    public static JobValidationError ShouldFail(this Job job, string path, string fragment)
    {
        var errors = JobValidator.Validate(job);
        var match = errors.FirstOrDefault(e => e.Path == path && e.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.True(match is not null, $"expected {path}: ...{fragment}... in:\n{string.Join("\n", errors)}");
        return match;
    }

    public static void ShouldNotFailAt(this Job job, string path)
    {
        var errors = JobValidator.Validate(job).Where(e => e.Path == path).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
