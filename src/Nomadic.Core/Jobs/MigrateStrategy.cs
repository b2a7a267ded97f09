namespace Nomadic.Core.Jobs;

/// <summary>A <c>migrate</c> block: how allocations move off a draining node.</summary>
public sealed class MigrateStrategy
{
    /// <summary>How many allocations migrate at once (<c>max_parallel</c>).</summary>
    public int? MaxParallel { get; set; }

    /// <summary><c>checks</c> or <c>task_states</c> (<c>health_check</c>).</summary>
    public string? HealthCheck { get; set; }

    /// <summary>How long a migrated allocation must be healthy (<c>min_healthy_time</c>).</summary>
    public TimeSpan? MinHealthyTime { get; set; }

    /// <summary>The deadline for a migrated allocation to become healthy (<c>healthy_deadline</c>).</summary>
    public TimeSpan? HealthyDeadline { get; set; }
}
