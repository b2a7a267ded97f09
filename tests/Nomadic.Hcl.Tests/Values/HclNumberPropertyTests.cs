using CsCheck;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclNumberPropertyTests
{
    [Fact]
    public void Text_round_trips()
    {
        Generators.Number.Sample(n =>
        {
            Assert.True(HclNumber.TryParse(n.ToString().AsSpan(), out var parsed));
            Assert.Equal(n, parsed);
            Assert.DoesNotContain("E", n.ToString(), StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Addition_and_subtraction_invert()
    {
        Gen.Select(Generators.Number, Generators.Number).Sample((a, b) =>
        {
            Assert.Equal(a, a + b - b);
            Assert.Equal(a + b, b + a);
        });
    }

    [Fact]
    public void Exact_products_divide_back()
    {
        Gen.Select(Generators.SmallNumber, Generators.SmallNumber.Where(b => b.Sign != 0)).Sample((a, b) =>
        {
            Assert.Equal(a, a * b / b);
        });
    }

    [Fact]
    public void Comparison_agrees_with_subtraction()
    {
        Gen.Select(Generators.Number, Generators.Number).Sample((a, b) =>
        {
            Assert.Equal((a - b).Sign, Math.Sign(a.CompareTo(b)));
            if (a == b)
            {
                Assert.Equal(a.GetHashCode(), b.GetHashCode());
            }
        });
    }

    [Fact]
    public void Modulo_has_the_dividends_sign_and_a_whole_quotient()
    {
        Gen.Select(Generators.SmallNumber, Generators.SmallNumber.Where(b => b.Sign != 0)).Sample((a, b) =>
        {
            var r = a % b;
            Assert.True(r.Sign == 0 || r.Sign == a.Sign);
            Assert.True(HclNumber.Abs(r) < HclNumber.Abs(b));
            Assert.True(((a - r) / b).IsInteger);
        });
    }

    [Fact]
    public void Doubles_round_trip()
    {
        Generators.FiniteDouble.Sample(d =>
        {
            Assert.Equal(d == 0 ? 0 : d, HclNumber.FromDouble(d).ToDouble());
        });
    }

    [Fact]
    public void Floor_and_ceiling_bracket_the_value()
    {
        Generators.Number.Sample(n =>
        {
            var floor = HclNumber.Floor(n);
            var ceiling = HclNumber.Ceiling(n);
            Assert.True(floor <= n && n <= ceiling);
            Assert.True(floor.IsInteger && ceiling.IsInteger);
            Assert.True(ceiling - floor <= HclNumber.One);
        });
    }
}
