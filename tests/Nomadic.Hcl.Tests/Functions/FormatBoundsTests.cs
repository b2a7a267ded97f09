using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public sealed class FormatBoundsTests
{
    [Theory]
    [InlineData("%1000001d")]
    [InlineData("%.1000001f")]
    [InlineData("%99999999999999999999d")]
    public void Widths_and_precisions_are_bounded(string spec) =>
        Assert.Throws<Nomadic.Hcl.Functions.HclFunctionException>(() => Call("format", S(spec), N(1)));
}

public sealed class SetProductBoundsTests
{
    [Fact]
    public void A_product_of_more_than_a_million_elements_is_an_error()
    {
        var thousand = Nomadic.Hcl.Values.HclValue.List(Enumerable.Range(0, 1000).Select(i => N(i)));

        Assert.Throws<Nomadic.Hcl.Functions.HclFunctionException>(() => Call("setproduct", thousand, thousand, thousand));
    }
}
