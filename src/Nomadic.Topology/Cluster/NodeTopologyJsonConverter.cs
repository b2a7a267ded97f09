using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Nomadic.Topology.Cluster;

/// <summary>Reads and writes a <see cref="NodeTopology"/> in the JSON shape of Nomad's <c>numalib.Topology</c>.</summary>
internal sealed class NodeTopologyJsonConverter : JsonConverter<NodeTopology>
{
    public override NodeTopology? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<TopologyWire>)options.GetTypeInfo(typeof(TopologyWire));
        var wire = JsonSerializer.Deserialize(ref reader, info);
        return wire is null ? null : FromWire(wire);
    }

    public override void Write(Utf8JsonWriter writer, NodeTopology value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<TopologyWire>)options.GetTypeInfo(typeof(TopologyWire));
        JsonSerializer.Serialize(writer, ToWire(value), info);
    }

    internal static TopologyWire ToWire(NodeTopology topology) => new()
    {
        Nodes = [.. topology.NumaNodes],
        Distances = [.. topology.Distances.Select(row => row.ToList())],
        Cores = [.. topology.Cores.Select(c => new CoreWire
        {
            SocketID = c.SocketId,
            NodeID = c.NumaNodeId,
            ID = c.Id,
            Grade = c.Grade == CoreGrade.Performance,
            Disable = c.Disabled,
            BaseSpeed = c.BaseSpeed,
            MaxSpeed = c.MaxSpeed,
            GuessSpeed = c.GuessSpeed,
        })],
        BusAssociativity = topology.BusAssociativity.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        OverrideTotalCompute = topology.OverrideTotalCompute,
        OverrideWitholdCompute = topology.OverrideWithheldCompute,
        NodeMemoryMB = topology.MemoryMB.Count == 0
            ? null
            : topology.MemoryMB.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value, StringComparer.Ordinal),
    };

    private static NodeTopology FromWire(TopologyWire wire)
    {
        var builder = new NodeTopologyBuilder();
        try
        {
            foreach (var node in wire.Nodes ?? [])
            {
                builder.AddNumaNode(node);
            }

            foreach (var (key, memory) in wire.NodeMemoryMB ?? [])
            {
                if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var node))
                {
                    throw new JsonException($"NodeMemoryMB key '{key}' is not a NUMA node ID.");
                }

                builder.AddNumaNode(node, memory);
            }

            if (wire.Distances is { Count: > 0 } distances)
            {
                builder.SetDistances(distances);
            }

            foreach (var core in wire.Cores ?? [])
            {
                builder.AddCore(new Core(
                    core.ID,
                    core.SocketID,
                    core.NodeID,
                    core.Grade ? CoreGrade.Performance : CoreGrade.Efficiency,
                    core.Disable,
                    core.BaseSpeed,
                    core.MaxSpeed,
                    core.GuessSpeed));
            }

            foreach (var (bus, node) in wire.BusAssociativity ?? [])
            {
                builder.AddPciDevice(bus, node);
            }

            return builder
                .WithOverrideTotalCompute(wire.OverrideTotalCompute)
                .WithWithheldCompute(wire.OverrideWitholdCompute)
                .Build();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            throw new JsonException($"invalid topology: {ex.Message}", ex);
        }
    }
}
