namespace Nomadic.Core.Jobs;

/// <summary>A <c>port "label" { ... }</c> block inside <c>network</c>.</summary>
public sealed class Port
{
    /// <summary>The port label (the block label).</summary>
    public string Label { get; set; } = "";

    /// <summary>The static host port; 0 means dynamic (<c>static</c>).</summary>
    public int Value { get; set; }

    /// <summary>The port inside the task; -1 maps to the host port (<c>to</c>).</summary>
    public int To { get; set; }

    /// <summary>The client host network the port binds to (<c>host_network</c>).</summary>
    public string HostNetwork { get; set; } = "";
}
