using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Nomadic.Topology.Cluster;

/// <summary>Reads and writes nodes in Nomad's node JSON (<c>GET /v1/node/:id</c>), one node or an array of nodes.</summary>
public static class ClusterNodeJson
{
    private static readonly ClusterNodeJsonContext Indented = new(new JsonSerializerOptions(ClusterNodeJsonContext.Default.Options) { WriteIndented = true });

    /// <summary>Parses one node object.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ClusterNodeJsonException">The JSON is malformed or a value has the wrong type; the message has its path.</exception>
    public static ClusterNode Parse(string json) =>
        Read(json, ClusterNodeJsonContext.Default.ClusterNode) ?? throw new ClusterNodeJsonException("$: expected a node object, found null.") { Path = "$" };

    /// <summary>Parses an array of node objects, such as a <c>--nodes</c> file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The nodes.</returns>
    /// <exception cref="ClusterNodeJsonException">The JSON is malformed, is not an array, or holds a null or bad node.</exception>
    public static IReadOnlyList<ClusterNode> ParseArray(string json)
    {
        var nodes = Read(json, ClusterNodeJsonContext.Default.ListClusterNode)
            ?? throw new ClusterNodeJsonException("$: expected an array of nodes, found null.") { Path = "$" };
        var missing = nodes.FindIndex(n => n is null);
        if (missing >= 0)
        {
            throw new ClusterNodeJsonException($"$[{missing}]: expected a node object, found null.") { Path = $"$[{missing}]" };
        }

        return nodes;
    }

    /// <summary>Writes one node.</summary>
    /// <param name="node">The node.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ClusterNode node, bool indented = true) =>
        JsonSerializer.Serialize(node, indented ? Indented.ClusterNode : ClusterNodeJsonContext.Default.ClusterNode);

    /// <summary>Writes an array of nodes.</summary>
    /// <param name="nodes">The nodes.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeArray(IEnumerable<ClusterNode> nodes, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return JsonSerializer.Serialize(nodes.ToList(), indented ? Indented.ListClusterNode : ClusterNodeJsonContext.Default.ListClusterNode);
    }

    /// <summary>Writes a topology alone, in the shape of <c>NodeResources.Processors.Topology</c>.</summary>
    /// <param name="topology">The topology.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeTopology(NodeTopology topology, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var context = indented ? Indented : ClusterNodeJsonContext.Default;
        return JsonSerializer.Serialize(NodeTopologyJsonConverter.ToWire(topology), context.TopologyWire);
    }

    private static T? Read<T>(string json, JsonTypeInfo<T> info)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, info);
        }
        catch (JsonException ex)
        {
            var path = ex.Path ?? "$";
            var line = ex.LineNumber + 1;
            var column = ex.BytePositionInLine + 1;
            var message = ex.Message;
            var suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
            if (suffix >= 0)
            {
                message = message[..suffix];
            }

            var where = ex.LineNumber is null ? path : $"{path} (line {line}, column {column})";
            throw new ClusterNodeJsonException($"{where}: {message}", ex) { Path = path, Line = line, Column = column };
        }
    }
}
