using Nomadic.Topology.Cluster;

namespace Nomadic.Topology.Tests;

public sealed class ClusterNodeJsonPositionTests
{
    [Fact]
    public void A_bad_value_has_its_line_and_column()
    {
        var ex = Assert.Throws<ClusterNodeJsonException>(() => ClusterNodeJson.ParseArray("[\n  {\"Name\": 5}\n]"));

        Assert.Equal(2, ex.Line);
        Assert.InRange(ex.Column!.Value, 12L, 13L);
        Assert.Equal("$[0].Name", ex.Path);
    }

    [Fact]
    public void A_null_node_has_no_position()
    {
        var ex = Assert.Throws<ClusterNodeJsonException>(() => ClusterNodeJson.ParseArray("[null]"));

        Assert.Null(ex.Line);
        Assert.Null(ex.Column);
    }
}
