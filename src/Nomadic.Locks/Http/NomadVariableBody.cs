namespace Nomadic.Locks.Http;

/// <summary>
/// The fields of a <c>PUT /v1/var/:path</c> or <c>DELETE</c> request body that matter to a store: Nomad's
/// <c>Namespace</c>, <c>Path</c>, <c>Items</c> and <c>Lock {ID, TTL, LockDelay}</c>.
/// </summary>
internal sealed record NomadVariableBody
{
    public string? Namespace { get; init; }

    public string? Path { get; init; }

    public IReadOnlyDictionary<string, string>? Items { get; init; }

    public bool HasLock { get; init; }

    public string? LockId { get; init; }

    /// <summary>The lock's TTL; <see langword="null"/> when the body names none.</summary>
    public TimeSpan? LockTtl { get; init; }

    /// <summary>The lock delay; <see langword="null"/> when the body names none (an explicit zero is kept).</summary>
    public TimeSpan? LockDelay { get; init; }
}
