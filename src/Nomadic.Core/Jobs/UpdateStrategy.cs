namespace Nomadic.Core.Jobs;

/// <summary>An <c>update</c> block: the rolling update and canary strategy.</summary>
public sealed class UpdateStrategy
{
    /// <summary>The delay between migrations (<c>stagger</c>).</summary>
    public TimeSpan? Stagger { get; set; }

    /// <summary>How many allocations are updated at once (<c>max_parallel</c>).</summary>
    public int? MaxParallel { get; set; }

    /// <summary><c>checks</c>, <c>task_states</c> or <c>manual</c> (<c>health_check</c>).</summary>
    public string? HealthCheck { get; set; }

    /// <summary>How long an allocation must be healthy (<c>min_healthy_time</c>).</summary>
    public TimeSpan? MinHealthyTime { get; set; }

    /// <summary>The deadline for an allocation to become healthy (<c>healthy_deadline</c>).</summary>
    public TimeSpan? HealthyDeadline { get; set; }

    /// <summary>The deadline for the deployment to make progress (<c>progress_deadline</c>).</summary>
    public TimeSpan? ProgressDeadline { get; set; }

    /// <summary>The number of canaries (<c>canary</c>).</summary>
    public int? Canary { get; set; }

    /// <summary>Whether a failed deployment reverts (<c>auto_revert</c>).</summary>
    public bool? AutoRevert { get; set; }

    /// <summary>Whether healthy canaries are promoted automatically (<c>auto_promote</c>).</summary>
    public bool? AutoPromote { get; set; }
}
