using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclNumberParsingTests
{
    [Theory]
    [InlineData("123", "123")]
    [InlineData("1.5", "1.5")]
    [InlineData("1e10", "10000000000")]
    [InlineData("1.5E-3", "0.0015")]
    [InlineData("1e+3", "1000")]
    [InlineData("-12", "-12")]
    [InlineData("+7", "7")]
    [InlineData("007", "7")]
    [InlineData(".5", "0.5")]
    [InlineData("1.", "1")]
    [InlineData("-0", "0")]
    [InlineData("0.000", "0")]
    [InlineData("0e999999999", "0")]
    [InlineData("100.00", "100")]
    [InlineData("0.0500", "0.05")]
    [InlineData("1p4", "16")]
    [InlineData("1.5p1", "3")]
    [InlineData("1p-1", "0.5")]
    [InlineData("100000000000000000000", "100000000000000000000")]
    [InlineData("3.14159265358979323846264338327950288419716939937510582097494459", "3.14159265358979323846264338327950288419716939937510582097494459")]
    public void Parses_what_cty_accepts(string text, string canonical)
    {
        Assert.True(HclNumber.TryParse(text.AsSpan(), out var n));
        Assert.Equal(canonical, n.ToString());
        Assert.True(HclNumber.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var fromUtf8));
        Assert.Equal(n, fromUtf8);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x10")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("Inf")]
    [InlineData("-Inf")]
    [InlineData("NaN")]
    [InlineData("1_000")]
    [InlineData("--1")]
    [InlineData("+-1")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("١")]
    [InlineData("1e1000000")]
    [InlineData("1e-1000000")]
    [InlineData("1e99999999999999999999")]
    public void Rejects_what_cty_rejects_or_is_out_of_range(string text)
    {
        Assert.False(HclNumber.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void Huge_exponents_fail_fast_without_allocating_their_digits()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.False(HclNumber.TryParse("1e1000000".AsSpan(), out _));
        Assert.False(HclNumber.TryParse("9e2147483648".AsSpan(), out _));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 100_000);
    }

    [Fact]
    public void Exponents_up_to_the_bound_are_accepted()
    {
        Assert.True(HclNumber.TryParse("1e100000".AsSpan(), out var big));
        Assert.Equal(100_001, big.ToString().Length);
        Assert.True(HclNumber.TryParse("1e-100000".AsSpan(), out var small));
        Assert.True(small > HclNumber.Zero);
    }

    [Fact]
    public void Parse_throws_FormatException_on_invalid_text()
    {
        Assert.Throws<FormatException>(() => HclNumber.Parse("abc"));
        Assert.Equal(HclNumber.FromInt64(42), HclNumber.Parse("42"));
    }

    [Fact]
    public void Rejects_non_ascii_utf8()
    {
        Assert.False(HclNumber.TryParse("1\u00e9"u8, out _));
    }
}
