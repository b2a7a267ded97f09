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

    public TimeSpan LockTtl { get; init; }

    public TimeSpan LockDelay { get; init; }
}
