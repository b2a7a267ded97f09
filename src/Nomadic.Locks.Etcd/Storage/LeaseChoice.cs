namespace Nomadic.Locks.Storage;

/// <summary>The lease a new lock is attached to, and for a pooled one the keep-alive that restarts its TTL (its new TTL, zero when it ran out).</summary>
internal readonly record struct LeaseChoice(long Id, Task<long>? Refresh);
