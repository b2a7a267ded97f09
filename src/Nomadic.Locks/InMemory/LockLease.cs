namespace Nomadic.Locks;

/// <summary>A held lock as the in-memory store tracks it: the lock ID and when it expires on the store's clock.</summary>
internal readonly record struct LockLease(string Id, DateTimeOffset ExpiresAt);
