using Nomadic.Core.Scheduling;

namespace Nomadic.Core.Tests.Scheduling;

/// <summary>Truth tables of Nomad's checkConstraint (feasible_test.go TestCheckConstraint, TestCheckVersionConstraint, TestCheckSemverConstraint).</summary>
public class ConstraintOperatorTests
{
    [Theory]
    [InlineData("=", "foo", "foo", true)]
    [InlineData("is", "foo", "foo", true)]
    [InlineData("==", "foo", "bar", false)]
    [InlineData("!=", "foo", "foo", false)]
    [InlineData("not", "foo", "bar", true)]
    [InlineData("!=", null, "foo", true)]
    [InlineData("=", null, "foo", false)]
    [InlineData("<", "1", "2", true)]
    [InlineData("<", "10", "9", false)]
    [InlineData("<=", "1.5", "1.5", true)]
    [InlineData(">", "2.5", "10", false)]
    [InlineData(">=", "b", "a", true)]
    [InlineData("<", "abc", "abd", true)]
    [InlineData("<", null, "1", false)]
    [InlineData("is_set", "x", null, true)]
    [InlineData("is_set", null, null, false)]
    [InlineData("is_not_set", null, null, true)]
    [InlineData("regexp", "foobarbaz", "[\\w]+", true)]
    [InlineData("regexp", "foo", "[\\d]+", false)]
    [InlineData("regexp", "foo", "[", false)]
    [InlineData("set_contains", "a,b,c", "a,c", true)]
    [InlineData("set_contains_all", "a,b", "a,c", false)]
    [InlineData("set_contains_any", "a, b", "c,b", true)]
    [InlineData("set_contains_any", "a,b", "c,d", false)]
    [InlineData("distinct_hosts", null, null, true)]
    [InlineData("bogus", "a", "a", false)]
    public void Operators(string operand, string? left, string? right, bool expected) =>
        Assert.Equal(expected, ConstraintOperators.Check(operand, left, right));

    [Theory]
    [InlineData("1.2.3", "~> 1.0", true)]
    [InlineData("1.2.3", ">= 1.0, < 1.4", true)]
    [InlineData("2.0.1", "~> 1.0", false)]
    [InlineData("1.4", ">= 1.0, < 1.4", false)]
    [InlineData("2.0.1abc", "~> 2.0", false)]
    [InlineData("1.3.0-beta1", ">= 1.0", false)]
    [InlineData("1.3.0-beta1", ">= 1.3.0-alpha", true)]
    [InlineData("v1.2.3", "= 1.2.3", true)]
    [InlineData("1.7.0-dev", "!= 1.7.0", false)]
    [InlineData("not-a-version", ">= 1.0", false)]
    public void Version(string version, string constraint, bool expected) =>
        Assert.Equal(expected, ConstraintOperators.Check("version", version, constraint));

    [Theory]
    [InlineData("1.2.3", "~> 1.0", true)]
    [InlineData("1.3.0-beta1", ">= 1.0", true)]
    [InlineData("1.3.0-beta1", ">= 1.3.0", false)]
    [InlineData("1.7.0", ">= 1.7.0-a", true)]
    [InlineData("1.0.0-alpha.1", "> 1.0.0-alpha", true)]
    [InlineData("1.0.0-alpha.beta", "> 1.0.0-alpha.1", true)]
    [InlineData("1.2.3.4", ">= 1.0", false)]
    [InlineData("1.2.3", "= 1.2.3, != 1.2.4", true)]
    public void Semver(string version, string constraint, bool expected) =>
        Assert.Equal(expected, ConstraintOperators.Check("semver", version, constraint));
}
