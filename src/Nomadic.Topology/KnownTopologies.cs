namespace Nomadic.Topology;

/// <summary>The reference topologies of Nomad's <c>nomad/structs/testing.go</c>, for tests, samples and benchmarks.</summary>
public static class KnownTopologies
{
    /// <summary>
    /// <c>MockBasicTopology</c>: a simple VM with 1 socket, 1 NUMA node and 4 performance cores at 3500 MHz
    /// (14,000 MHz), no overrides and no devices.
    /// </summary>
    public static NodeTopology Basic { get; } = CreateBasic();

    /// <summary>
    /// <c>MockWorkstationTopology</c>: 2 sockets and 2 NUMA nodes (SLIT 10/20), 32 threads at 3000 MHz (96,000 MHz);
    /// odd cores on node 1 and even cores on node 0 (core <c>i</c> is on node <c>i % 2</c>); GPUs and NICs on
    /// PCI buses 0000:02:00.1, 0000:02:01.1, 0000:03:00.2 (node 0) and 0000:08:00.1, 0000:09:01.0 (node 1).
    /// </summary>
    public static NodeTopology Workstation { get; } = CreateWorkstation();

    /// <summary>
    /// <c>MockR6aTopology</c>: an EC2 r6a.metal with 2 sockets, 4 NUMA nodes (SLIT 10, 12 within a socket, 32 across),
    /// 192 cores at 3731 MHz; node 0: 0-23,96-119; node 1: 24-47,120-143; node 2: 48-71,144-167; node 3: 72-95,168-191.
    /// </summary>
    public static NodeTopology R6a { get; } = CreateR6a();

    private static NodeTopology CreateBasic()
    {
        var builder = new NodeTopologyBuilder().AddNumaNode(0).SetDistances([[10]]);
        for (var i = 0; i < 4; i++)
        {
            builder.AddCore(new Core(i, 0, 0, CoreGrade.Performance, false, 3500, 0, 0));
        }

        return builder.Build();
    }

    private static NodeTopology CreateWorkstation()
    {
        var builder = new NodeTopologyBuilder().AddNumaNode(0).AddNumaNode(1).SetDistances([[10, 20], [20, 10]]);
        for (var i = 0; i < 32; i++)
        {
            builder.AddCore(new Core(i, i % 2, i % 2, CoreGrade.Performance, false, 3000, 0, 0));
        }

        return builder
            .AddPciDevice("0000:02:00.1", 0)
            .AddPciDevice("0000:02:01.1", 0)
            .AddPciDevice("0000:03:00.2", 0)
            .AddPciDevice("0000:08:00.1", 1)
            .AddPciDevice("0000:09:01.0", 1)
            .Build();
    }

    private static NodeTopology CreateR6a()
    {
        var builder = new NodeTopologyBuilder()
            .SetDistances([[10, 12, 32, 32], [12, 10, 32, 32], [32, 32, 10, 12], [32, 32, 12, 10]]);
        for (var node = 0; node < 4; node++)
        {
            builder.AddNumaNode(node);
            for (var i = node * 24; i < (node + 1) * 24; i++)
            {
                builder.AddCore(new Core(i, node / 2, node, CoreGrade.Performance, false, 3731, 0, 0));
                builder.AddCore(new Core(i + 96, node / 2, node, CoreGrade.Performance, false, 3731, 0, 0));
            }
        }

        return builder.Build();
    }
}
