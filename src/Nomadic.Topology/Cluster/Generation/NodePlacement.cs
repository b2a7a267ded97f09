namespace Nomadic.Topology.Cluster.Generation;

/// <summary>Where a generated node sits: its name, datacenter, rack and position in the cluster.</summary>
internal readonly record struct NodePlacement(string Name, string Datacenter, string Rack, int Index);
