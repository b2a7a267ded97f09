using System.Numerics;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclNumberConversionTests
{
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.5, "1.5")]
    [InlineData(-2.25, "-2.25")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(1e-7, "0.0000001")]
    [InlineData(123456789.0, "123456789")]
    [InlineData(-0.0, "0")]
    [InlineData(5e-324, "0.")]
    public void FromDouble_uses_the_shortest_round_trip_form(double value, string expected)
    {
        var text = HclNumber.FromDouble(value).ToString();
        if (expected.EndsWith('.'))
        {
            Assert.StartsWith("0.000", text);
            Assert.EndsWith("5", text);
        }
        else
        {
            Assert.Equal(expected, text);
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromDouble_rejects_non_finite_values(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HclNumber.FromDouble(value));
    }

    [Fact]
    public void FromDecimal_is_exact()
    {
        Assert.Equal("1.5", HclNumber.FromDecimal(1.50m).ToString());
        Assert.Equal("-79228162514264337593543950335", HclNumber.FromDecimal(decimal.MinValue).ToString());
        Assert.Equal("0.0000000000000000000000000001", HclNumber.FromDecimal(0.0000000000000000000000000001m).ToString());
    }

    [Fact]
    public void Implicit_conversions_and_constants()
    {
        HclNumber fromInt = 5;
        HclNumber fromLong = 5L;
        Assert.Equal(fromInt, fromLong);
        Assert.Equal("0", HclNumber.Zero.ToString());
        Assert.Equal("1", HclNumber.One.ToString());
        Assert.Equal(HclNumber.Zero, default);
    }

    [Fact]
    public void Integer_accessors()
    {
        Assert.True(HclNumber.Parse("9223372036854775807").TryToInt64(out var max));
        Assert.Equal(long.MaxValue, max);
        Assert.False(HclNumber.Parse("9223372036854775808").TryToInt64(out _));
        Assert.False(HclNumber.Parse("1.5").TryToInt64(out _));
        Assert.True(HclNumber.Parse("1e3").TryToInt32(out var thousand));
        Assert.Equal(1000, thousand);
        Assert.False(HclNumber.Parse("3000000000").TryToInt32(out _));
        Assert.True(HclNumber.Parse("1e3").IsInteger);
        Assert.False(HclNumber.Parse("0.5").IsInteger);
    }

    [Theory]
    [InlineData("-1.9", "-1")]
    [InlineData("1.9", "1")]
    [InlineData("0.001", "0")]
    [InlineData("1e25", "10000000000000000000000000")]
    public void ToBigInteger_truncates(string value, string expected)
    {
        Assert.Equal(BigInteger.Parse(expected), HclNumber.Parse(value).ToBigInteger());
    }

    [Fact]
    public void ToDouble_is_nearest()
    {
        Assert.Equal(0.1, HclNumber.Parse("0.1").ToDouble());
        Assert.Equal(double.PositiveInfinity, HclNumber.Parse("1e400").ToDouble());
        Assert.Equal(-3.0, HclNumber.FromInt64(-3).ToDouble());
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("100", "100")]
    [InlineData("1234567890123", "1.23456789e+12")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("12345678905", "1.23456789e+10")]
    [InlineData("1234567890", "1234567890")]
    [InlineData("0.33333333333333", "0.3333333333")]
    [InlineData("9999999999.9", "1e+10")]
    public void Go_general_format_for_set_hashing(string value, string expected)
    {
        Assert.Equal(expected, HclNumber.Parse(value).ToGoGeneral10());
    }
}
