namespace Nomadic.Core.Scheduling;

/// <summary>Nomad's allocation desired and client statuses.</summary>
public static class AllocationStatus
{
    /// <summary>The allocation should run.</summary>
    public const string DesiredRun = "run";

    /// <summary>The allocation should stop.</summary>
    public const string DesiredStop = "stop";

    /// <summary>The allocation was preempted or drained.</summary>
    public const string DesiredEvict = "evict";

    /// <summary>The client has not started the allocation yet.</summary>
    public const string ClientPending = "pending";

    /// <summary>The allocation runs.</summary>
    public const string ClientRunning = "running";

    /// <summary>The allocation finished successfully.</summary>
    public const string ClientComplete = "complete";

    /// <summary>The allocation failed.</summary>
    public const string ClientFailed = "failed";

    /// <summary>The node of the allocation was lost.</summary>
    public const string ClientLost = "lost";
}
