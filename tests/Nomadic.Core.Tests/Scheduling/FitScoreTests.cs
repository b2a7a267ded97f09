using Nomadic.Core.Scheduling;

namespace Nomadic.Core.Tests.Scheduling;

/// <summary>Nomad's nomad/structs/funcs_test.go TestScoreFitBinPack: node 4096 MHz / 8192 MB, reserved 2048 / 4096.</summary>
public class FitScoreTests
{
    [Theory]
    [InlineData(2048, 4096, 18.0, 0.0)]
    [InlineData(0, 0, 0.0, 18.0)]
    [InlineData(1024, 2048, 13.675, 4.325)]
    public void Matches_nomad_funcs_test(long cpu, long memory, double binPack, double spread)
    {
        var b = FitScore.BinPack(4096 - 2048, 8192 - 4096, cpu, memory);
        var s = FitScore.Spread(4096 - 2048, 8192 - 4096, cpu, memory);
        Assert.Equal(binPack, b, 0.001);
        Assert.Equal(spread, s, 0.001);
        Assert.Equal(18.0, b + s, 0.001);
    }

    [Fact]
    public void Over_full_nodes_clamp_to_the_range()
    {
        Assert.Equal(18.0, FitScore.BinPack(1000, 1000, 5000, 5000));
        Assert.Equal(0.0, FitScore.Spread(1000, 1000, 5000, 5000));
    }
}
