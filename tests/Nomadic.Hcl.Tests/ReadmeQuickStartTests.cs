using System.Text;
using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests;

/// <summary>The README's quick start, kept true: the same calls on an in-memory file.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void The_quick_start_decodes_and_evaluates()
    {
        const string Source = """
            region = "eu-${env}"
            service "web" {
              port = 8080
            }
            """;
        var file = HclParser.Parse(Encoding.UTF8.GetBytes(Source), "app.hcl");
        var diags = new DiagnosticBag();
        diags.AddRange(file.Diagnostics);

        var content = file.Body.Content(new BodySchema
        {
            Attributes = [new AttributeSchema("region", Required: true)],
            Blocks = [new BlockHeaderSchema("service", ["name"])],
        }, diags);

        var context = EvalContext.Create(
            new Dictionary<string, HclValue> { ["env"] = HclValue.String("prod") },
            new Dictionary<string, HclFunction>(HclStandardLibrary.Create().Concat(ExpressionFunctions.All)));
        var region = content.Attributes["region"].Expression.Evaluate(context, diags);

        Assert.False(diags.HasErrors, diags.ToString());
        Assert.Equal("eu-prod", region.AsString());
        Assert.Equal("web", Assert.Single(content.Blocks).Labels[0]);
    }

    [Fact]
    public void A_typo_is_reported_like_hcl()
    {
        var file = HclParser.Parse(Encoding.UTF8.GetBytes("region = regoin\n"), "app.hcl");
        var diags = new DiagnosticBag();
        var content = file.Body.Content(new BodySchema { Attributes = [new AttributeSchema("region")] }, diags);
        content.Attributes["region"].Expression.Evaluate(EvalContext.Create(new Dictionary<string, HclValue> { ["region"] = HclValue.String("x") }), diags);

        Assert.Equal("app.hcl:1,10-16: Unknown variable; There is no variable named \"regoin\". Did you mean \"region\"?", Assert.Single(diags).ToString());
    }
}
