namespace Nomadic.Core.Jobs.Validation;

/// <summary>The per-job-type default policies of Nomad 1.7 (<c>api/tasks.go</c>, <c>api/jobs.go</c>).</summary>
public static class PolicyDefaults
{
    /// <summary>The default restart policy: service and system jobs get 2 attempts in 30m, others 3 in 24h; 15s delay, mode fail.</summary>
    /// <param name="jobType">The job's scheduler type.</param>
    public static RestartPolicy Restart(string? jobType) => jobType is JobTypes.Service or JobTypes.System
        ? new RestartPolicy { Attempts = 2, Interval = TimeSpan.FromMinutes(30), Delay = TimeSpan.FromSeconds(15), Mode = "fail", RenderTemplates = false }
        : new RestartPolicy { Attempts = 3, Interval = TimeSpan.FromHours(24), Delay = TimeSpan.FromSeconds(15), Mode = "fail", RenderTemplates = false };

    /// <summary>The default reschedule policy: service jobs reschedule unlimited with exponential 30s..1h delay, batch jobs once in 24h after 5s, others never.</summary>
    /// <param name="jobType">The job's scheduler type.</param>
    public static ReschedulePolicy Reschedule(string? jobType) => jobType switch
    {
        JobTypes.Service => new ReschedulePolicy
        {
            Attempts = 0, Interval = TimeSpan.Zero, Delay = TimeSpan.FromSeconds(30),
            DelayFunction = "exponential", MaxDelay = TimeSpan.FromHours(1), Unlimited = true,
        },
        JobTypes.Batch => new ReschedulePolicy
        {
            Attempts = 1, Interval = TimeSpan.FromHours(24), Delay = TimeSpan.FromSeconds(5),
            DelayFunction = "constant", MaxDelay = TimeSpan.Zero, Unlimited = false,
        },
        _ => new ReschedulePolicy
        {
            Attempts = 0, Interval = TimeSpan.Zero, Delay = TimeSpan.Zero,
            DelayFunction = "", MaxDelay = TimeSpan.Zero, Unlimited = false,
        },
    };

    /// <summary>The default update strategy of service jobs.</summary>
    public static UpdateStrategy Update() => new()
    {
        Stagger = TimeSpan.FromSeconds(30),
        MaxParallel = 1,
        HealthCheck = "checks",
        MinHealthyTime = TimeSpan.FromSeconds(10),
        HealthyDeadline = TimeSpan.FromMinutes(5),
        ProgressDeadline = TimeSpan.FromMinutes(10),
        AutoRevert = false,
        Canary = 0,
        AutoPromote = false,
    };

    /// <summary>The default migrate strategy of service jobs.</summary>
    public static MigrateStrategy Migrate() => new()
    {
        MaxParallel = 1,
        HealthCheck = "checks",
        MinHealthyTime = TimeSpan.FromSeconds(10),
        HealthyDeadline = TimeSpan.FromMinutes(5),
    };
}
