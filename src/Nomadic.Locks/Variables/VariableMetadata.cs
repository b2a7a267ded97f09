namespace Nomadic.Locks;

/// <summary>
/// A variable without its items, as Nomad's <c>GET /v1/vars</c> lists it.
/// </summary>
public sealed record VariableMetadata
{
    /// <summary>The namespace the variable lives in.</summary>
    public required string Namespace { get; init; }

    /// <summary>The path, without leading or trailing <c>/</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The store index at which the variable was created.</summary>
    public ulong CreateIndex { get; init; }

    /// <summary>The store index of the variable's last change.</summary>
    public ulong ModifyIndex { get; init; }

    /// <summary>When the variable was created, on the store's clock.</summary>
    public DateTimeOffset CreateTime { get; init; }

    /// <summary>When the variable last changed, on the store's clock.</summary>
    public DateTimeOffset ModifyTime { get; init; }

    /// <summary>The lock held on the variable, or <see langword="null"/> when it is not locked.</summary>
    public VariableLock? Lock { get; init; }
}
