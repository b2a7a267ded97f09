using static Nomadic.Core.Tests.Validation.PositionedValidation;

namespace Nomadic.Core.Tests.Validation;

/// <summary>The multiregion rules (from Nomad's documentation of the block; CE has none), with positions.</summary>
public sealed class MultiregionRulesTests
{
    private static string Job(string multiregion) => $$"""
        job "j" {
          multiregion {
            {{multiregion}}
          }
          group "g" {
            task "t" {
              driver = "docker"
            }
          }
        }
        """;

    [Fact]
    public void A_valid_multiregion_block_passes()
    {
        Assert.Empty(Errors(Job("strategy {\n max_parallel = 1\n on_failure = \"fail_all\"\n }\n region \"west\" {\n count = 2\n datacenters = [\"west-1\"]\n }\n region \"east\" {\n count = 1\n }")));
    }

    [Fact]
    public void Strategy_values_are_checked()
    {
        var hcl = Job("strategy {\n max_parallel = -1\n on_failure = \"fail_some\"\n }\n region \"west\" {}");

        Assert.Equal($"{At(hcl, "max_parallel")}: Multiregion.Strategy.MaxParallel: Multiregion max_parallel must not be negative, got -1: 0 deploys every region at once.", Single(hcl, "max_parallel"));
        Assert.Equal($"{At(hcl, "on_failure")}: Multiregion.Strategy.OnFailure: Multiregion on_failure must be \"fail_all\", \"fail_local\" or unset, not \"fail_some\".", Single(hcl, "on_failure"));
    }

    [Fact]
    public void Region_names_are_unique_and_datacenters_not_empty()
    {
        var hcl = Job("region \"west\" {}\n region \"west\" {\n datacenters = [\"\"]\n }");

        Assert.StartsWith($"{At(hcl, "region \"west\"", 2)}: Multiregion.Regions[1].Name: Multiregion region \"west\" is defined more than once", Single(hcl, "more than once"), StringComparison.Ordinal);
        Assert.StartsWith($"{At(hcl, "datacenters")}: Multiregion.Regions[1].Datacenters: Multiregion region \"west\" has an empty datacenter name", Single(hcl, "empty datacenter"), StringComparison.Ordinal);
    }
}
