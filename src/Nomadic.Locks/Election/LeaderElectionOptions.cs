namespace Nomadic.Locks;

/// <summary>
/// Options of one election (<c>services.AddLeaderElectedService&lt;TWorker&gt;(path, o =&gt; ...)</c>), named by its lock
/// path. Namespace, TTL and delay default to <see cref="NomadicLocksOptions"/>. Validated when the host starts.
/// </summary>
public sealed class LeaderElectionOptions
{
    /// <summary>The path of the lock variable; set from the registration.</summary>
    public string LockPath { get; set; } = "";

    /// <summary>The namespace of the lock variable; defaults to <c>default</c>.</summary>
    public string Namespace { get; set; } = VariableRules.DefaultNamespace;

    /// <summary>The lock TTL, 10 s to 24 h; defaults to 15 s.</summary>
    public TimeSpan LockTtl { get; set; } = VariableRules.DefaultLockTtl;

    /// <summary>The lock delay after an expiry, 0 to 24 h; defaults to 15 s.</summary>
    public TimeSpan LockDelay { get; set; } = VariableRules.DefaultLockDelay;

    /// <summary>This instance's ID; defaults to machine name, process ID and a random suffix.</summary>
    public string InstanceId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>How long to wait before campaigning again after the worker or the store failed; defaults to 5 s.</summary>
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromSeconds(5);
}
