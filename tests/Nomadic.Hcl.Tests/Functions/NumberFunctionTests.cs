using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class NumberFunctionTests
{
    [Theory]
    [InlineData("abs", "[-1]", "1")]
    [InlineData("abs", "[1]", "1")]
    [InlineData("abs", "[-1.5]", "1.5")]
    [InlineData("abs", "[0]", "0")]
    [InlineData("ceil", "[1.2]", "2")]
    [InlineData("ceil", "[-1.2]", "-1")]
    [InlineData("ceil", "[5]", "5")]
    [InlineData("floor", "[1.8]", "1")]
    [InlineData("floor", "[-1.2]", "-2")]
    [InlineData("floor", "[5]", "5")]
    [InlineData("log", "[50, 10]", "1.6989700043360185")]
    [InlineData("log", "[16, 2]", "4")]
    [InlineData("log", "[1, 10]", "0")]
    [InlineData("pow", "[3, 2]", "9")]
    [InlineData("pow", "[4, 0]", "1")]
    [InlineData("pow", "[2, 0.5]", "1.4142135623730951")]
    [InlineData("pow", "[2, -1]", "0.5")]
    [InlineData("signum", "[-13]", "-1")]
    [InlineData("signum", "[0]", "0")]
    [InlineData("signum", "[344]", "1")]
    [InlineData("max", "[12, 54, 3]", "54")]
    [InlineData("max", "[-1.5, -2]", "-1.5")]
    [InlineData("min", "[12, 54, 3]", "3")]
    [InlineData("min", "[0.1, 0.01]", "0.01")]
    [InlineData("parseint", "[\"100\", 10]", "100")]
    [InlineData("parseint", "[\"FF\", 16]", "255")]
    [InlineData("parseint", "[\"-10\", 16]", "-16")]
    [InlineData("parseint", "[\"1011111011101111\", 2]", "48879")]
    [InlineData("parseint", "[\"aA\", 62]", "656")]
    [InlineData("parseint", "[\"12345678901234567890123\", 10]", "12345678901234567890123")]
    [InlineData("parseint", "[\"+7\", 8]", "7")]
    public void Computes(string name, string args, string expected) =>
        Same(N(expected), CallJson(name, args));

    [Theory]
    [InlineData("parseint", "[\"12.3\", 10]", "cannot parse \"12.3\" as a base 10 integer", 0)]
    [InlineData("parseint", "[\"FF\", 10]", "cannot parse \"FF\" as a base 10 integer", 0)]
    [InlineData("parseint", "[\"\", 10]", "cannot parse \"\" as a base 10 integer", 0)]
    [InlineData("parseint", "[\"1\", 63]", "base must be a whole number between 2 and 62 inclusive", 1)]
    [InlineData("parseint", "[\"1\", 1]", "base must be a whole number between 2 and 62 inclusive", 1)]
    [InlineData("parseint", "[1, 10]", "first argument must be a string, not number", 0)]
    public void RejectsWithArgumentIndex(string name, string args, string message, int index)
    {
        var e = FailsJson(name, args);
        Assert.Equal(message, e.Message);
        Assert.Equal(index, e.ArgumentIndex);
    }

    [Fact]
    public void MinAndMaxNeedAnArgument()
    {
        Assert.Equal("must pass at least one number", Fails("max").Message);
        Assert.Equal("must pass at least one number", Fails("min").Message);
    }

    [Fact]
    public void SignumNeedsAWholeNumber() =>
        Assert.Equal("value must be a whole number, between -9223372036854775808 and 9223372036854775807", FailsJson("signum", "[0.5]").Message);

    [Fact]
    public void MaxConvertsStringArguments() => Same(N(10), Call("max", S("10"), N(2)));

    [Fact]
    public void NonNumericStringIsAConversionError() => Assert.Equal(0, Fails("abs", S("x")).ArgumentIndex);

    [Fact]
    public void NullIsRejected() => Assert.Equal("argument must not be null", Fails("abs", HclValue.Null(HclType.Number)).Message);

    [Theory]
    [InlineData("abs")]
    [InlineData("ceil")]
    [InlineData("floor")]
    [InlineData("signum")]
    public void UnknownGivesUnknownNumber(string name) => Same(Unknown(HclType.Number), Call(name, Unknown(HclType.Number)));

    [Fact]
    public void UnknownOfUnknownTypeGivesUnknownNumberWhenDynamicIsAllowed() => Same(Unknown(HclType.Number), Call("abs", HclValue.DynamicUnknown));

    [Fact]
    public void ParseIntOfUnknownTypeIsWhollyUnknown() => Same(HclValue.DynamicUnknown, Call("parseint", HclValue.DynamicUnknown, N(10)));

    [Fact]
    public void LogOfZeroIsAnError() => Assert.NotNull(FailsJson("log", "[0, 10]"));
}
