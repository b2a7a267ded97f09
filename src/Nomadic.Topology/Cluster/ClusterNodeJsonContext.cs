using System.Text.Json.Serialization;

namespace Nomadic.Topology.Cluster;

/// <summary>Source-generated System.Text.Json metadata for Nomad's node JSON, with Nomad's exact (PascalCase) field names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.Unspecified,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(NodeTopologyJsonConverter)])]
[JsonSerializable(typeof(ClusterNode))]
[JsonSerializable(typeof(List<ClusterNode>))]
[JsonSerializable(typeof(TopologyWire))]
internal sealed partial class ClusterNodeJsonContext : JsonSerializerContext
{
}
