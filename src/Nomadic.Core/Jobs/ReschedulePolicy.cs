namespace Nomadic.Core.Jobs;

/// <summary>A <c>reschedule</c> block: how failed allocations are placed again on other nodes.</summary>
public sealed class ReschedulePolicy
{
    /// <summary>Reschedule attempts within <see cref="Interval"/> (<c>attempts</c>).</summary>
    public int? Attempts { get; set; }

    /// <summary>The window in which <see cref="Attempts"/> count (<c>interval</c>).</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>The first delay before rescheduling (<c>delay</c>).</summary>
    public TimeSpan? Delay { get; set; }

    /// <summary><c>constant</c>, <c>exponential</c> or <c>fibonacci</c> (<c>delay_function</c>).</summary>
    public string? DelayFunction { get; set; }

    /// <summary>The upper bound of the delay (<c>max_delay</c>).</summary>
    public TimeSpan? MaxDelay { get; set; }

    /// <summary>Whether attempts are unlimited (<c>unlimited</c>).</summary>
    public bool? Unlimited { get; set; }
}
