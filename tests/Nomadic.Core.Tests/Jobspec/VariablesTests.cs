using Nomadic.Hcl;
using Nomadic.Hcl.Values;
using static Nomadic.Core.Tests.Jobspec.JobspecTestHelpers;

namespace Nomadic.Core.Tests.Jobspec;

/// <summary>Input variables, with the facts of Nomad's <c>jobspec2/parse_test.go</c>.</summary>
public sealed class VariablesTests
{
    private const string DefaultsJob = """
        variables {
          region_var = "default_region"
        }

        variable "dc_var" {
          default = "default_dc"
        }

        job "example" {
          datacenters = [var.dc_var]
          region      = var.region_var
        }
        """;

    [Fact]
    public void Vars_and_functions()
    {
        var parsed = Parse("variables {\n  region_var = \"default\"\n}\njob \"example\" {\n  datacenters = [for s in [\"dc1\", \"dc2\"] : upper(s)]\n  region = var.region_var\n}\n", ["region_var=aug"]);

        Assert.Equal("example", parsed.JobName);
        Assert.Equal(HclValue.Tuple([HclValue.String("DC1"), HclValue.String("DC2")]), JobAttribute(parsed, "datacenters"));
        Assert.Equal("aug", JobAttribute(parsed, "region").AsString());
    }

    [Fact]
    public void Defaults_apply_when_nothing_is_set()
    {
        var parsed = Parse(DefaultsJob);

        Assert.Equal("default_dc", JobAttribute(parsed, "datacenters").Elements[0].AsString());
        Assert.Equal("default_region", JobAttribute(parsed, "region").AsString());
    }

    [Fact]
    public void Set_via_var_arguments()
    {
        var parsed = Parse(DefaultsJob, ["dc_var=set_dc", "region_var=set_region"]);

        Assert.Equal("set_dc", parsed.Variables["dc_var"].AsString());
        Assert.Equal("set_region", JobAttribute(parsed, "region").AsString());
    }

    [Fact]
    public void Set_via_environment()
    {
        var parsed = Parse(DefaultsJob, env: new Dictionary<string, string> { ["NOMAD_VAR_dc_var"] = "set_dc", ["NOMAD_VAR_region_var"] = "set_region", ["NOMAD_VAR_undeclared"] = "x" });

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal("set_dc", parsed.Variables["dc_var"].AsString());
        Assert.Equal("set_region", parsed.Variables["region_var"].AsString());
    }

    [Fact]
    public void Set_via_var_files_of_either_syntax()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var hcl = Path.Combine(dir.FullName, "a.hcl");
            File.WriteAllText(hcl, "dc_var = \"set_dc\"\n\tregion_var = \"set_region\"");
            var json = Path.Combine(dir.FullName, "b.json");
            File.WriteAllText(json, "{\"region_var\": \"json_region\"}");

            var parsed = Parse(DefaultsJob, varFiles: [hcl, json]);

            Assert.Equal("set_dc", parsed.Variables["dc_var"].AsString());
            Assert.Equal("json_region", parsed.Variables["region_var"].AsString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Precedence_is_environment_then_var_files_then_arguments()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var file = Path.Combine(dir.FullName, "v.hcl");
            File.WriteAllText(file, "dc_var = \"file\"\nregion_var = \"file\"\n");
            var env = new Dictionary<string, string> { ["NOMAD_VAR_dc_var"] = "env", ["NOMAD_VAR_region_var"] = "env" };

            var parsed = Parse(DefaultsJob, ["region_var=first", "region_var=cmd"], env, [file]);

            Assert.Equal("file", parsed.Variables["dc_var"].AsString());
            Assert.Equal("cmd", parsed.Variables["region_var"].AsString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_var_file_is_an_error()
    {
        var parsed = Parse(DefaultsJob, varFiles: ["does-not-exist.hcl"]);

        var d = SingleError(parsed);
        Assert.Equal("Failed to read file", d.Summary);
        Assert.Null(parsed.Job);
    }

    [Fact]
    public void Unset_variable_is_reported_at_its_declaration()
    {
        var parsed = Parse("variable \"region_var\" {}\njob \"example\" {\n  region = var.region_var\n}\n");

        var d = SingleError(parsed);
        Assert.Equal("input.hcl:1,1-22: Unset variable \"region_var\"; A used variable must be set or have a default value; see https://developer.hashicorp.com/nomad/docs/reference/hcl2/variables for details.", d.ToString());
    }

    [Theory]
    [InlineData("number", "count=5", "5")]
    [InlineData("bool", "flag=true", "true")]
    [InlineData("list(string)", "l=[\"a\", \"b\"]", "[\"a\", \"b\"]")]
    [InlineData("map(number)", "m={a = 1}", "{a = 1}")]
    [InlineData("string", "s=[1, 2]", "\"[1, 2]\"")]
    public void Argument_values_are_literal_for_string_and_number_and_hcl_otherwise(string type, string argument, string want)
    {
        var name = argument[..argument.IndexOf('=', StringComparison.Ordinal)];
        var parsed = Parse($"variable \"{name}\" {{\n  type = {type}\n}}\njob \"j\" {{}}\n", [argument]);

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(want, Normalize(parsed.Variables[name].ToString()));
    }

    private static string Normalize(string formatted) => formatted.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal).Replace("[ ", "[", StringComparison.Ordinal).Replace(", ]", "]", StringComparison.Ordinal).Replace("{ ", "{", StringComparison.Ordinal).Replace(", }", "}", StringComparison.Ordinal).Replace(" }", "}", StringComparison.Ordinal).Replace(", ", ", ", StringComparison.Ordinal).Replace(" ]", "]", StringComparison.Ordinal);

    [Fact]
    public void Argument_value_of_the_wrong_type_is_reported()
    {
        var parsed = Parse("variable \"count\" {\n  type = number\n}\njob \"j\" {}\n", ["count=abc"]);

        var d = SingleError(parsed);
        Assert.Equal("Invalid argument value for -var variable", d.Summary);
        Assert.Equal("The received arg value for count is not compatible with the variable's type constraint: a number is required.", d.Detail);
    }

    [Fact]
    public void Argument_value_with_bad_syntax_is_reported_in_its_pseudo_file()
    {
        var parsed = Parse("variable \"l\" {\n  type = list(string)\n}\njob \"j\" {}\n", ["l=[\"a\""]);

        var d = parsed.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("<value for var.l from arguments>:1,", d.Subject.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Default_of_the_wrong_type_is_reported_at_the_default()
    {
        var parsed = Parse("variable \"n\" {\n  type    = number\n  default = \"x\"\n}\njob \"j\" {}\n");

        var d = SingleError(parsed);
        Assert.Equal("input.hcl:3,13-16: Invalid default value for variable; This default value is not compatible with the variable's type constraint: a number is required.", d.ToString());
    }

    [Fact]
    public void Untyped_variables_take_the_type_of_their_default()
    {
        var parsed = Parse("variable \"n\" {\n  default = 3\n}\njob \"j\" {}\n", ["n=7"]);

        Assert.Equal(HclValue.Number(7), parsed.Variables["n"]);
    }

    [Fact]
    public void Undeclared_argument_is_an_error_when_strict_and_a_warning_otherwise()
    {
        var strict = Parse("job \"j\" {}\n", ["nope=1"]);
        var lax = Parse("job \"j\" {}\n", ["nope=1"], strict: false);

        Assert.Equal("Undefined -var variable; A \"nope\" variable was passed in the command line but was not found in known variables. To declare variable \"nope\", place this block in your job file", SingleError(strict).ToString());
        Assert.False(lax.HasErrors);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(lax.Diagnostics).Severity);
    }

    [Fact]
    public void Undeclared_var_file_value_is_reported_at_its_name()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var file = Path.Combine(dir.FullName, "v.hcl");
            File.WriteAllText(file, "nope = 1\n");

            var d = SingleError(Parse("job \"j\" {}\n", varFiles: [file]));

            Assert.Equal("Undefined variable", d.Summary);
            Assert.Equal($"{file}:1,1-5", d.Subject.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Variable_declaration_in_a_var_file_is_reported()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var file = Path.Combine(dir.FullName, "v.hcl");
            File.WriteAllText(file, "variable \"x\" {}\n");

            var d = SingleError(Parse("variable \"x\" { default = 1 }\njob \"j\" {}\n", varFiles: [file]));

            Assert.Equal("Variable declaration in a .var file", d.Summary);
            Assert.Equal($"{file}:1,1-9", d.Subject.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Duplicate_and_invalid_variable_names_are_reported()
    {
        var parsed = Parse("variable \"a\" { default = 1 }\nvariables {\n  a = 2\n}\nvariable \"1x\" { default = 1 }\njob \"j\" {}\n");

        Assert.Equal(
            [
                "input.hcl:3,3-4: Duplicate variable; Duplicate a variable definition found.",
                "input.hcl:5,10-14: Invalid variable name; A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes.",
            ],
            parsed.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Defaults_may_not_use_variables_or_functions()
    {
        var parsed = Parse("variable \"a\" { default = upper(\"x\") }\njob \"j\" {}\n");

        Assert.Equal("input.hcl:1,26-36: Function calls not allowed; Functions may not be called here.", SingleError(parsed).ToString());
    }

    [Fact]
    public void Sensitive_is_not_part_of_nomads_variable_block()
    {
        var parsed = Parse("variable \"a\" {\n  sensitive = true\n  default = 1\n}\njob \"j\" {}\n");

        Assert.Equal("input.hcl:2,3-12: Unsupported argument; An argument named \"sensitive\" is not expected here.", SingleError(parsed).ToString());
    }

    [Fact]
    public void Var_typos_are_still_errors()
    {
        var parsed = Parse("variable \"region\" { default = \"r\" }\njob \"j\" {\n  region = var.regoin\n}\n");
        var diags = new DiagnosticBag();
        var content = parsed.Job!.PartialContent(new BodySchema { Attributes = [new AttributeSchema("region")] }, diags, out _);

        content.Attributes["region"].Expression.Evaluate(parsed.Context, diags);

        var d = Assert.Single(diags);
        Assert.Equal("Unsupported attribute", d.Summary);
        Assert.Equal("input.hcl:3,15-22", d.Subject.ToString());
    }
}
