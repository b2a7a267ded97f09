namespace Nomadic.Core.Jobs;

/// <summary>A <c>device "vendor/type/name" { ... }</c> block inside <c>resources</c>.</summary>
public sealed class RequestedDevice
{
    /// <summary>The device name: <c>type</c>, <c>vendor/type</c> or <c>vendor/type/model</c> (the block label).</summary>
    public string Name { get; set; } = "";

    /// <summary>How many instances (<c>count</c>; default 1).</summary>
    public ulong? Count { get; set; }

    /// <summary>Constraints on device attributes (<c>constraint</c> blocks).</summary>
    public IList<Constraint>? Constraints { get; set; }

    /// <summary>Preferences on device attributes (<c>affinity</c> blocks).</summary>
    public IList<Affinity>? Affinities { get; set; }
}
