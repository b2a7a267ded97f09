using System.Numerics;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclNumberArithmeticTests
{
    private static HclNumber N(string s) => HclNumber.Parse(s);

    [Fact]
    public void Addition_is_exact_at_high_precision()
    {
        var pi = N("3.14159265358979323846264338327950288419716939937510582097494459");
        Assert.Equal("4.14159265358979323846264338327950288419716939937510582097494459", (pi + 1).ToString());
    }

    [Theory]
    [InlineData("0.1", "0.2", "0.3")]
    [InlineData("9223372036854775807", "1", "9223372036854775808")]
    [InlineData("-9223372036854775808", "-1", "-9223372036854775809")]
    [InlineData("1e30", "-1e30", "0")]
    [InlineData("1.25", "-0.25", "1")]
    public void Adds(string a, string b, string sum)
    {
        Assert.Equal(sum, (N(a) + N(b)).ToString());
    }

    [Theory]
    [InlineData("1", "10", "0.1")]
    [InlineData("10", "4", "2.5")]
    [InlineData("-7", "2", "-3.5")]
    [InlineData("1", "8", "0.125")]
    [InlineData("6", "3", "2")]
    [InlineData("1e20", "1e-20", "10000000000000000000000000000000000000000")]
    public void Divides_exactly_when_possible(string a, string b, string quotient)
    {
        Assert.Equal(quotient, (N(a) / N(b)).ToString());
    }

    [Fact]
    public void Division_keeps_one_hundred_significant_digits_and_rounds_half_even()
    {
        Assert.Equal("0." + new string('3', 100), (N("1") / N("3")).ToString());
        Assert.Equal("0." + new string('6', 99) + "7", (N("2") / N("3")).ToString());
        Assert.Equal("-0." + new string('6', 99) + "7", (N("-2") / N("3")).ToString());
        Assert.Equal("33." + new string('3', 98), (N("100") / N("3")).ToString());
    }

    [Fact]
    public void Division_by_zero_throws()
    {
        Assert.Throws<DivideByZeroException>(() => N("1") / HclNumber.Zero);
        Assert.Throws<DivideByZeroException>(() => HclNumber.Zero / HclNumber.Zero);
    }

    [Theory]
    [InlineData("11", "5.1", "0.8")]
    [InlineData("11", "5", "1")]
    [InlineData("-11", "5", "-1")]
    [InlineData("11", "-5", "1")]
    [InlineData("-11", "-5", "-1")]
    [InlineData("5.5", "2", "1.5")]
    [InlineData("1", "1e30", "1")]
    [InlineData("1e30", "7", "1")]
    [InlineData("-9223372036854775808", "-1", "0")]
    [InlineData("5", "0", "5")]
    public void Modulo_follows_cty(string a, string b, string remainder)
    {
        Assert.Equal(remainder, (N(a) % N(b)).ToString());
    }

    [Theory]
    [InlineData("2", "10", "1024")]
    [InlineData("2", "-2", "0.25")]
    [InlineData("1.5", "2", "2.25")]
    [InlineData("4", "0.5", "2")]
    [InlineData("10", "0", "1")]
    [InlineData("0", "3", "0")]
    [InlineData("-2", "3", "-8")]
    public void Raises_to_powers(string a, string b, string result)
    {
        Assert.Equal(result, HclNumber.Pow(N(a), N(b)).ToString());
    }

    [Fact]
    public void Integer_powers_are_exact()
    {
        Assert.Equal(BigInteger.Pow(2, 200).ToString(), HclNumber.Pow(2, 200).ToString());
        Assert.Equal("0.000000000000000000000000000001", HclNumber.Pow(N("0.1"), 30).ToString());
    }

    [Fact]
    public void Pow_reports_impossible_results()
    {
        Assert.Throws<DivideByZeroException>(() => HclNumber.Pow(0, -1));
        Assert.Throws<ArithmeticException>(() => HclNumber.Pow(-8, N("0.5")));
        Assert.Throws<OverflowException>(() => HclNumber.Pow(10, N("1e9")));
    }

    [Fact]
    public void Logarithms_go_through_double()
    {
        Assert.Equal("3", HclNumber.Log(8, 2).ToString());
        Assert.Equal("2", HclNumber.Log(100, 10).ToString());
        Assert.Throws<ArithmeticException>(() => HclNumber.Log(-1, 10));
        Assert.True(HclNumber.Log(N("1e1000"), 10) > 999);
    }

    [Theory]
    [InlineData("1.5", "1", "2", "1")]
    [InlineData("-1.5", "-2", "-1", "-1")]
    [InlineData("3", "3", "3", "3")]
    [InlineData("-0.5", "-1", "0", "0")]
    [InlineData("0.5", "0", "1", "0")]
    public void Rounds(string value, string floor, string ceiling, string truncated)
    {
        Assert.Equal(floor, HclNumber.Floor(N(value)).ToString());
        Assert.Equal(ceiling, HclNumber.Ceiling(N(value)).ToString());
        Assert.Equal(truncated, HclNumber.Truncate(N(value)).ToString());
    }

    [Fact]
    public void Negation_and_absolute_value()
    {
        Assert.Equal("9223372036854775808", (-HclNumber.FromInt64(long.MinValue)).ToString());
        Assert.Equal(N("2.5"), HclNumber.Abs(N("-2.5")));
        Assert.Equal(N("2.5"), HclNumber.Abs(N("2.5")));
        Assert.Equal(-1, N("-0.001").Sign);
        Assert.Equal(0, HclNumber.Zero.Sign);
    }

    [Fact]
    public void Multiplies_huge_integers()
    {
        var big = N("123456789012345678901234567890");
        Assert.Equal("15241578753238836750495351562536198787501905199875019052100", (big * big).ToString());
        Assert.Equal("1", ((big * big) / big / big).ToString());
    }

    [Fact]
    public void Compares_across_scales()
    {
        Assert.True(N("1e100000") > N("1"));
        Assert.True(N("0.1") < N("0.2"));
        Assert.True(N("-1e5") < N("-1"));
        Assert.True(N("-0.001") > N("-1"));
        Assert.True(N("10") > N("9.99999999999999999999999999999"));
        Assert.Equal(0, N("1.50").CompareTo(N("1.5")));
        Assert.True(N("2") >= N("2") && N("2") <= N("2") && N("2") == N("2.0") && N("2") != N("2.1"));
    }

    [Fact]
    public void Equal_numbers_are_equal_and_hash_alike()
    {
        var a = N("1.10") + N("0.9");
        var b = HclNumber.FromInt64(2);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
        Assert.Equal(N("1e20"), HclNumber.FromBigInteger(BigInteger.Pow(10, 20)));
    }
}
