using Nomadic.Hcl;
using Nomadic.Hcl.Values;
using static Nomadic.Core.Tests.Jobspec.JobspecTestHelpers;

namespace Nomadic.Core.Tests.Jobspec;

public sealed class LocalsAndPassthroughTests
{
    [Theory]
    [InlineData(new string[0], "default_region.example")]
    [InlineData(new[] { "region_var=set_region" }, "set_region.example")]
    public void Locals_see_variables(string[] args, string region)
    {
        var parsed = Parse("variables {\n  region_var = \"default_region\"\n}\nlocals {\n  dc = \"local_dc\"\n  region = \"${var.region_var}.example\"\n}\njob \"example\" {\n  datacenters = [local.dc]\n  region = local.region\n}\n", args);

        Assert.Equal(region, JobAttribute(parsed, "region").AsString());
        Assert.Equal("local_dc", JobAttribute(parsed, "datacenters").Elements[0].AsString());
    }

    [Theory]
    [InlineData("prod", 20)]
    [InlineData("staging", 3)]
    [InlineData("unknown", 0)]
    public void Locals_with_functions_and_lookups(string env, int count)
    {
        var hcl = """
            variable "env" {
              description = "target environment for the job"
            }
            locals {
              env = lookup(local.environments, var.env, { count = 0, dcs = [] })
            }
            locals {
              environments = {
                prod    = { count = 20, dcs = ["prod-dc1", "prod-dc2"] },
                staging = { count = 3, dcs = ["dc1"] },
              }
            }
            job "job-webserver" {
              count = local.env.count
            }
            """;

        var parsed = Parse(hcl, ["env=" + env]);

        Assert.Equal(HclValue.Number(count), JobAttribute(parsed, "count"));
    }

    [Fact]
    public void A_cycle_is_reported_once_naming_its_members()
    {
        var parsed = Parse("locals {\n  a = local.b\n  b = \"${local.c}x\"\n  c = local.a\n  d = 1\n}\njob \"j\" {}\n");

        var d = SingleError(parsed);
        Assert.Equal("Circular reference in locals", d.Summary);
        Assert.Contains("local.a -> local.b -> local.c -> local.a", d.Detail, StringComparison.Ordinal);
        Assert.Equal("input.hcl:4,7-14", d.Subject.ToString());
        Assert.Equal(HclValue.Number(1), parsed.Locals["d"]);
    }

    [Fact]
    public void A_self_reference_is_a_cycle()
    {
        var d = SingleError(Parse("locals {\n  a = local.a + 1\n}\njob \"j\" {}\n"));

        Assert.Equal("input.hcl:2,7-14: Circular reference in locals; The local values local.a -> local.a refer to each other in a cycle, so none of them can be evaluated. Remove one of these references.", d.ToString());
    }

    [Fact]
    public void An_undeclared_local_is_reported_with_a_suggestion()
    {
        var d = SingleError(Parse("locals {\n  region = \"x\"\n  b = local.regoin\n}\njob \"j\" {}\n"));

        Assert.Equal("input.hcl:3,7-19: Reference to undeclared local value; A local value with the name \"regoin\" has not been declared. Did you mean \"region\"?", d.ToString());
    }

    [Fact]
    public void Duplicate_locals_across_blocks_are_reported()
    {
        var d = SingleError(Parse("locals {\n  a = 1\n}\nlocals {\n  a = 2\n}\njob \"j\" {}\n"));

        Assert.Equal("input.hcl:5,3-4: Duplicate value in locals; Duplicate a definition found. Previous definition was at input.hcl:2,3-4.", d.ToString());
    }

    [Fact]
    public void An_error_in_a_local_is_reported_once_and_dependents_stay_quiet()
    {
        var parsed = Parse("locals {\n  a = 1 + \"x\"\n  b = local.a\n}\njob \"j\" {}\n");

        Assert.Equal("input.hcl:2,11-14", SingleError(parsed).Subject.ToString());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("foo-${BAR}")]
    [InlineData("${env[\"BLAH\"]}")]
    [InlineData("${mixed-indexing.0[3][\"FOO\"].5}")]
    [InlineData("${NOMAD_ALLOC_ID}/${node.datacenter}/${meta.rack}/${attr.kernel.name}")]
    [InlineData("${attr.unique.network.ip-address}")]
    [InlineData("${attr.driver.docker.external-ip.0}")]
    [InlineData("ip ${attr.x.external-ip.0} end")]
    public void Runtime_references_pass_through_untouched(string region)
    {
        var parsed = Parse("job \"example\" {\n  region = \"" + region + "\"\n}\n");

        Assert.Equal(region, JobAttribute(parsed, "region").AsString());
    }

    [Fact]
    public void Unquoted_runtime_references_are_wrapped()
    {
        Assert.Equal("${meta.mytest}", JobAttribute(Parse("job \"example\" {\n  region = meta.mytest\n}\n"), "region").AsString());
    }

    [Fact]
    public void Runtime_references_pass_through_in_locals_too()
    {
        var parsed = Parse("locals {\n  id = \"${NOMAD_ALLOC_ID}-x\"\n}\njob \"j\" {\n  region = local.id\n}\n");

        Assert.Equal("${NOMAD_ALLOC_ID}-x", JobAttribute(parsed, "region").AsString());
    }

    [Fact]
    public void Filesystem_functions_are_disabled_by_default()
    {
        var parsed = Parse("job \"j\" {\n  region = file(\"x\")\n}\n");
        var diags = new DiagnosticBag();
        var content = parsed.Job!.PartialContent(new BodySchema { Attributes = [new AttributeSchema("region")] }, diags, out _);

        content.Attributes["region"].Expression.Evaluate(parsed.Context, diags);

        Assert.Contains("filesystem function disabled", Assert.Single(diags).Detail, StringComparison.Ordinal);
    }
}
