using Nomadic.Core.Jobs;

namespace Nomadic.Core.Tests.Validation;

public sealed class PlacementRulesTests
{
    [Theory]
    [InlineData("=", "linux")]
    [InlineData("!=", "windows")]
    [InlineData(">=", "4")]
    [InlineData("regexp", "^lin.*x$")]
    [InlineData("version", ">= 1.2, < 2.0")]
    [InlineData("version", "~> 0.9.1-beta")]
    [InlineData("semver", ">= 1.7.0-a")]
    [InlineData("set_contains", "a,b")]
    [InlineData("is_set", "")]
    [InlineData("is_not_set", "")]
    public void Valid_constraints(string operand, string right) => WithConstraint(new Constraint { LTarget = "${attr.kernel.name}", Operand = operand, RTarget = right }).ShouldBeValid();

    [Fact]
    public void Distinct_hosts_needs_no_left_target() => WithConstraint(new Constraint { Operand = "distinct_hosts", RTarget = "true" }).ShouldBeValid();

    [Fact]
    public void Missing_operand() => WithConstraint(new Constraint { LTarget = "a", RTarget = "b" }).ShouldFail("Constraints[0].Operand", "Missing constraint operand");

    [Fact]
    public void Unknown_operand() => WithConstraint(new Constraint { LTarget = "a", RTarget = "b", Operand = "like" }).ShouldFail("Constraints[0].Operand", "Unknown constraint type \"like\"");

    [Fact]
    public void Missing_left_target() => WithConstraint(new Constraint { Operand = "=", RTarget = "b" }).ShouldFail("Constraints[0].LTarget", "No LTarget provided");

    [Fact]
    public void Comparison_needs_right_target() => WithConstraint(new Constraint { LTarget = "a", Operand = "<" }).ShouldFail("Constraints[0].RTarget", "Operator \"<\" requires an RTarget");

    [Fact]
    public void Set_contains_needs_right_target() => WithConstraint(new Constraint { LTarget = "a", Operand = "set_contains_any" }).ShouldFail("Constraints[0].RTarget", "Set contains constraint requires an RTarget");

    [Fact]
    public void Regexp_must_compile() => WithConstraint(new Constraint { LTarget = "a", Operand = "regexp", RTarget = "(unclosed" }).ShouldFail("Constraints[0].RTarget", "Regular expression failed to compile");

    [Theory]
    [InlineData("version", "banana")]
    [InlineData("version", ">= 1.2,")]
    [InlineData("semver", "v1.2.3")]
    [InlineData("semver", "1.2.3.4")]
    [InlineData("semver", "")]
    public void Version_constraints_must_parse(string operand, string right) => WithConstraint(new Constraint { LTarget = "${attr.nomad.version}", Operand = operand, RTarget = right }).ShouldFail("Constraints[0].RTarget", "constraint is invalid");

    [Theory]
    [InlineData("x", "Failed to convert")]
    [InlineData("0", "1 or greater")]
    public void Distinct_property_count(string right, string fragment) => WithConstraint(new Constraint { LTarget = "${meta.rack}", Operand = "distinct_property", RTarget = right }).ShouldFail("Constraints[0].RTarget", fragment);

    [Fact]
    public void Is_set_takes_no_right_target() => WithConstraint(new Constraint { LTarget = "a", Operand = "is_set", RTarget = "x" }).ShouldFail("Constraints[0].RTarget", "does not support an RTarget");

    [Fact]
    public void Group_constraints_have_group_paths()
    {
        var job = Jobs.Canonical();
        job.Group().Constraints = [new Constraint { LTarget = "a", Operand = "??", RTarget = "b" }];
        job.ShouldFail("TaskGroups[0].Constraints[0].Operand", "Unknown constraint type");
    }

    [Theory]
    [InlineData(0, "cannot be zero")]
    [InlineData(101, "[-100,100]")]
    [InlineData(-101, "[-100,100]")]
    public void Affinity_weight(int weight, string fragment) => WithAffinity(new Affinity { LTarget = "a", Operand = "=", RTarget = "b", Weight = (sbyte)Math.Clamp(weight, sbyte.MinValue, sbyte.MaxValue) })
        .ShouldFail("Affinities[0].Weight", weight == 0 ? fragment : fragment);

    [Theory]
    [InlineData(100)]
    [InlineData(-100)]
    [InlineData(1)]
    public void Affinity_weight_in_range(int weight) => WithAffinity(new Affinity { LTarget = "a", Operand = "=", RTarget = "b", Weight = (sbyte)weight }).ShouldBeValid();

    [Theory]
    [InlineData("", "b", "Operand", "Missing affinity operand")]
    [InlineData("distinct_hosts", "b", "Operand", "Unknown affinity operator")]
    [InlineData("=", "", "RTarget", "requires an RTarget")]
    [InlineData("set_contains_all", "", "RTarget", "Set contains operators require an RTarget")]
    [InlineData("regexp", "[", "RTarget", "Regular expression failed to compile")]
    [InlineData("semver", "abc", "RTarget", "Semver affinity is invalid")]
    public void Affinity_operands(string operand, string right, string field, string fragment) => WithAffinity(new Affinity { LTarget = "a", Operand = operand, RTarget = right, Weight = 50 })
        .ShouldFail($"Affinities[0].{field}", fragment);

    [Fact]
    public void Affinity_needs_left_target() => WithAffinity(new Affinity { Operand = "=", RTarget = "b", Weight = 50 }).ShouldFail("Affinities[0].LTarget", "No LTarget");

    [Fact]
    public void System_jobs_may_not_have_affinities()
    {
        var job = Jobs.Canonical("system");
        job.Group().Affinities = [new Affinity { LTarget = "a", Operand = "=", RTarget = "b", Weight = 50 }];
        job.ShouldFail("TaskGroups[0].Affinities", "System jobs may not have an affinity block");
    }

    [Fact]
    public void System_jobs_may_not_have_spreads()
    {
        var job = Jobs.Canonical("system");
        job.Spreads = [new Spread { Attribute = "${node.datacenter}", Weight = 50 }];
        job.ShouldFail("Spreads", "System jobs may not have a spread block");
    }

    [Fact]
    public void Valid_spread() => WithSpread(new Spread { Attribute = "${node.datacenter}", Weight = 100, SpreadTarget = [new SpreadTarget { Value = "dc1", Percent = 60 }, new SpreadTarget { Value = "dc2", Percent = 40 }] }).ShouldBeValid();

    [Fact]
    public void Spread_needs_attribute() => WithSpread(new Spread { Weight = 50 }).ShouldFail("Spreads[0].Attribute", "Missing spread attribute");

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(101)]
    public void Spread_weight(int weight) => WithSpread(new Spread { Attribute = "a", Weight = (sbyte)Math.Clamp(weight, sbyte.MinValue, sbyte.MaxValue) }).ShouldFail("Spreads[0].Weight", "positive weight from 0 to 100");

    [Fact]
    public void Spread_percentages_sum() => WithSpread(new Spread { Attribute = "a", Weight = 50, SpreadTarget = [new SpreadTarget { Value = "x", Percent = 70 }, new SpreadTarget { Value = "y", Percent = 40 }] })
        .ShouldFail("Spreads[0].SpreadTarget", "must not be greater than 100%; got 110%");

    [Fact]
    public void Spread_target_percentage() => WithSpread(new Spread { Attribute = "a", Weight = 50, SpreadTarget = [new SpreadTarget { Value = "x", Percent = 150 }] })
        .ShouldFail("Spreads[0].SpreadTarget[0].Percent", "between 0 and 100");

    [Fact]
    public void Spread_duplicate_targets() => WithSpread(new Spread { Attribute = "a", Weight = 50, SpreadTarget = [new SpreadTarget { Value = "x", Percent = 10 }, new SpreadTarget { Value = "x", Percent = 10 }] })
        .ShouldFail("Spreads[0].SpreadTarget[1].Value", "already defined");

    private static Job WithConstraint(Constraint constraint) => Jobs.Canonical().Also(j => j.Constraints = [constraint]);

    private static Job WithAffinity(Affinity affinity) => Jobs.Canonical().Also(j => j.Affinities = [affinity]);

    private static Job WithSpread(Spread spread) => Jobs.Canonical().Also(j => j.Spreads = [spread]);
}
