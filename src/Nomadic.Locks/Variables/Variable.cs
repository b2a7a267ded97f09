namespace Nomadic.Locks;

/// <summary>
/// A Nomad variable: a set of string items stored at a path in a namespace, with the store's indexes and
/// times and, while it serves as a lock, the lock's metadata. The JSON shape of Nomad's <c>/v1/var</c> API.
/// </summary>
public sealed record Variable
{
    /// <summary>The namespace the variable lives in, for example <c>default</c>.</summary>
    public required string Namespace { get; init; }

    /// <summary>The path, without leading or trailing <c>/</c>, for example <c>app/db</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The items (keys and values). Empty only for a variable created by a lock acquisition.</summary>
    public required IReadOnlyDictionary<string, string> Items { get; init; }

    /// <summary>The store index at which the variable was created.</summary>
    public ulong CreateIndex { get; init; }

    /// <summary>
    /// The store index of the variable's last change; the value a check-and-set write must quote.
    /// Indexes only grow, across all variables of a store.
    /// </summary>
    public ulong ModifyIndex { get; init; }

    /// <summary>When the variable was created, on the store's clock.</summary>
    public DateTimeOffset CreateTime { get; init; }

    /// <summary>When the variable last changed, on the store's clock.</summary>
    public DateTimeOffset ModifyTime { get; init; }

    /// <summary>The lock held on this variable, or <see langword="null"/> when it is not locked.</summary>
    public VariableLock? Lock { get; init; }

    /// <summary>The variable's metadata, without its items.</summary>
    /// <returns>A <see cref="VariableMetadata"/> with this variable's namespace, path, indexes and times.</returns>
    public VariableMetadata ToMetadata() => new()
    {
        Namespace = Namespace,
        Path = Path,
        CreateIndex = CreateIndex,
        ModifyIndex = ModifyIndex,
        CreateTime = CreateTime,
        ModifyTime = ModifyTime,
        Lock = Lock,
    };
}
