using System.Text.Json.Serialization;

namespace Nomadic.Topology.Cluster;

/// <summary>The wire form of <c>numalib.Topology</c> inside <c>NodeResources.Processors.Topology</c>.</summary>
internal sealed class TopologyWire
{
    [JsonConverter(typeof(UInt8ListConverter))]
    public List<int>? Nodes { get; set; }

    [JsonConverter(typeof(UInt8MatrixConverter))]
    public List<List<int>>? Distances { get; set; }

    public List<CoreWire>? Cores { get; set; }

    public Dictionary<string, int>? BusAssociativity { get; set; }

    public long OverrideTotalCompute { get; set; }

    /// <summary>Spelled as Nomad spells it.</summary>
    public long OverrideWitholdCompute { get; set; }

    /// <summary>A Nomadic extension Nomad ignores: memory per NUMA node ID.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, long>? NodeMemoryMB { get; set; }
}

/// <summary>The wire form of <c>numalib.Core</c>.</summary>
internal sealed class CoreWire
{
    public int SocketID { get; set; }

    public int NodeID { get; set; }

    public int ID { get; set; }

    /// <summary>Nomad's <c>CoreGrade</c> is a bool: true is performance.</summary>
    public bool Grade { get; set; }

    public bool Disable { get; set; }

    public long BaseSpeed { get; set; }

    public long MaxSpeed { get; set; }

    public long GuessSpeed { get; set; }
}
