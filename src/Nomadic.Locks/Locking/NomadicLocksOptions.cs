namespace Nomadic.Locks;

/// <summary>
/// Options of <c>services.AddNomadicLocks()</c>: the defaults of the locks the registered
/// <see cref="IDistributedLockProvider"/> creates. Validated when the host starts.
/// </summary>
public sealed class NomadicLocksOptions
{
    /// <summary>The namespace of lock variables; defaults to <c>default</c>.</summary>
    public string Namespace { get; set; } = VariableRules.DefaultNamespace;

    /// <summary>The lock TTL, 10 s to 24 h; defaults to 15 s, as in Nomad. Renewals are sent every 0.7 × TTL.</summary>
    public TimeSpan LockTtl { get; set; } = VariableRules.DefaultLockTtl;

    /// <summary>How long an expired lock stays unavailable, 0 to 24 h; defaults to 15 s, as in Nomad.</summary>
    public TimeSpan LockDelay { get; set; } = VariableRules.DefaultLockDelay;
}
