namespace Nomadic.Locks;

/// <summary>One period during which an instance leads.</summary>
public sealed record LeadershipTerm
{
    /// <summary>The namespace of the election's lock variable.</summary>
    public required string Namespace { get; init; }

    /// <summary>The path of the election's lock variable.</summary>
    public required string LockPath { get; init; }

    /// <summary>The leading instance.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The fencing token of the term's lock acquisition; later terms have greater ones.</summary>
    public ulong FencingToken { get; init; }

    /// <summary>When the term started, on the instance's clock.</summary>
    public DateTimeOffset ElectedAt { get; init; }
}
