namespace Nomadic.Core.Jobs.Validation;

/// <summary>The scheduler types a job may name.</summary>
public static class JobTypes
{
    /// <summary>Long-running services.</summary>
    public const string Service = "service";

    /// <summary>Run-to-completion work.</summary>
    public const string Batch = "batch";

    /// <summary>One allocation on every eligible node.</summary>
    public const string System = "system";

    /// <summary>Run-to-completion work on every eligible node.</summary>
    public const string SysBatch = "sysbatch";

    /// <summary>Nomad's internal garbage-collection jobs; never accepted from users.</summary>
    public const string Core = "_core";
}
