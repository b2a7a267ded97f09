using CsCheck;

namespace Nomadic.Topology.Tests;

public sealed class CpuListTests
{
    [Theory]
    [InlineData("0-3,8,10-11\n", new[] { 0, 1, 2, 3, 8, 10, 11 })]
    [InlineData("5", new[] { 5 })]
    [InlineData(" 2 , 0-1 ,1", new[] { 0, 1, 2 })]
    [InlineData("", new int[0])]
    public void Parses_the_list_format(string text, int[] expected) => Assert.Equal(expected, CpuList.Parse(text));

    [Theory]
    [InlineData("0-x")]
    [InlineData("3-1")]
    [InlineData("a")]
    [InlineData("1,,2")]
    [InlineData("-1")]
    [InlineData("0-99999999")]
    public void Rejects_malformed_lists(string text)
    {
        var ex = Assert.Throws<FormatException>(() => CpuList.Parse(text));
        Assert.Contains("CPU list", ex.Message);
    }

    [Fact]
    public void Formats_ranges() => Assert.Equal("0-3,8,10-11", CpuList.Format([11, 10, 8, 3, 2, 1, 0, 0]));

    [Fact]
    public void Round_trips() =>
        Gen.Int[0, 300].HashSet[0, 40].Sample(ids => Assert.Equal(ids.Order(), CpuList.Parse(CpuList.Format(ids))));
}
