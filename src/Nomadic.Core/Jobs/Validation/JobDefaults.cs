namespace Nomadic.Core.Jobs.Validation;

/// <summary>The default values Nomad 1.7 fills in when it canonicalizes a job (api and server side).</summary>
public static class JobDefaults
{
    /// <summary>The namespace of a job that names none.</summary>
    public const string Namespace = "default";

    /// <summary>The region of a job that names none.</summary>
    public const string Region = "global";

    /// <summary>The scheduler type of a job that names none.</summary>
    public const string Type = JobTypes.Service;

    /// <summary>The priority of a job that names none.</summary>
    public const int Priority = 50;

    /// <summary>The smallest priority a job may have.</summary>
    public const int MinPriority = 1;

    /// <summary>The largest priority a job may have (Nomad's default <c>job_max_priority</c>).</summary>
    public const int MaxPriority = 100;

    /// <summary>The node pool of a job that names none.</summary>
    public const string NodePool = "default";

    /// <summary>The datacenter glob used when a job names no datacenter.</summary>
    public const string Datacenter = "*";

    /// <summary>The CPU in MHz of a task that asks for neither <c>cpu</c> nor <c>cores</c>.</summary>
    public const int CpuMhz = 100;

    /// <summary>The memory in MB of a task that asks for none.</summary>
    public const int MemoryMB = 300;

    /// <summary>The ephemeral disk size in MB of a group that asks for none.</summary>
    public const int EphemeralDiskMB = 300;

    /// <summary>The number of rotated log files kept per task.</summary>
    public const int LogMaxFiles = 10;

    /// <summary>The size of one log file in MB.</summary>
    public const int LogMaxFileSizeMB = 10;

    /// <summary>The time a task is given between its kill signal and a forced kill.</summary>
    public static readonly TimeSpan KillTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The affinity and spread weight used when none is given.</summary>
    public const sbyte Weight = 50;

    /// <summary>The name of a task's default workload identity.</summary>
    public const string IdentityName = "default";

    /// <summary>The audience of a task's default workload identity.</summary>
    public const string IdentityAudience = "nomadproject.io";

    /// <summary>The Vault and Consul cluster used when a block names none.</summary>
    public const string Cluster = "default";
}
