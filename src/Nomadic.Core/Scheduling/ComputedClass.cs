using System.Runtime.CompilerServices;
using System.Text;
using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// Nomad's computed node class: what feasibility depends on (datacenter, class, pool, attributes, meta, drivers,
/// devices) minus everything unique to one node, so nodes that share it share every cached feasibility result.
/// Keys are remembered per node object, which the engine treats as immutable.
/// </summary>
internal sealed class ComputedClass
{
    private readonly ConditionalWeakTable<ClusterNode, ClassKey> _keys = [];

    public ClassKey KeyOf(ClusterNode node) => _keys.GetValue(node, static n => new ClassKey(Compute(n)));

    private static string Compute(ClusterNode node)
    {
        var key = new StringBuilder();
        key.Append(node.Datacenter).Append('\0').Append(node.NodeClass).Append('\0').Append(node.NodePool).Append('\0');
        AppendSorted(key, node.Attributes);
        AppendSorted(key, node.Meta);
        foreach (var driver in node.Drivers.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            key.Append(driver.Key).Append(driver.Value.Detected ? '+' : '-').Append(driver.Value.Healthy ? '+' : '-').Append('\0');
        }

        foreach (var device in node.NodeResources?.Devices ?? [])
        {
            key.Append(device.Vendor).Append('/').Append(device.Type).Append('/').Append(device.Name).Append('#');
            key.Append(device.Instances.Count(i => i.Healthy)).Append('\0');
            foreach (var attribute in device.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                key.Append(attribute.Key).Append('=').Append(DeviceAllocator.Format(attribute.Value)).Append(attribute.Value.Unit).Append('\0');
            }
        }

        return key.ToString();
    }

    private static void AppendSorted(StringBuilder key, IReadOnlyDictionary<string, string> values)
    {
        foreach (var pair in values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!pair.Key.StartsWith("unique.", StringComparison.Ordinal))
            {
                key.Append(pair.Key).Append('=').Append(pair.Value).Append('\0');
            }
        }

        key.Append('\u0001');
    }
}
