using System.Diagnostics;
using Nomadic.Hcl.Json;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.JsonSyntax.JsonTestSupport;

namespace Nomadic.Hcl.Tests.JsonSyntax;

public class JsonNumberLimitTests
{
    [Theory]
    [InlineData("1e999999999")]
    [InlineData("1e-999999999")]
    [InlineData("1e99999999999999999999")]
    public void Exponents_beyond_the_number_range_are_rejected_quickly(string source)
    {
        var stopwatch = Stopwatch.StartNew();
        var (node, diagnostics) = ParseValue(source);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), stopwatch.Elapsed.ToString());
        Assert.IsType<JsonInvalidSyntax>(node);
        Assert.Equal("Invalid JSON number", Assert.Single(diagnostics).Summary);
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("-2.5e-300")]
    public void Large_exponents_within_range_are_exact(string source)
    {
        var (node, diagnostics) = ParseValue(source);
        Assert.Empty(diagnostics);
        Assert.Equal(HclNumber.Parse(source), Assert.IsType<JsonNumberSyntax>(node).Value);
    }
}
