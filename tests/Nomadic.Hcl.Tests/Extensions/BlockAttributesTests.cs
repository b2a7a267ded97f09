using System.Text;
using Nomadic.Hcl.Extensions;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Extensions;

/// <summary>
/// Schemaless bodies read as Nomad's <c>hclutil.BlocksAsAttrs</c> reads them: nested blocks become tuples of
/// objects nested under their labels, and object constructors become one-element tuples.
/// </summary>
public sealed class BlockAttributesTests
{
    [Fact]
    public void Labelled_block_nests_under_its_label()
    {
        var value = Read("policy {\n  check \"foo\" {\n    query = \"q\"\n  }\n}\n", "policy", "check");

        AssertJson("[{\"foo\":[{\"query\":\"q\"}]}]", value);
    }

    [Fact]
    public void Block_with_two_labels_nests_outermost_label_first()
    {
        var value = Read("policy {\n  check \"a\" \"b\" {\n    n = 1\n  }\n}\n", "policy", "check");

        AssertJson("[{\"a\":[{\"b\":[{\"n\":1}]}]}]", value);
    }

    [Fact]
    public void Blocks_of_one_type_keep_their_order_and_labels()
    {
        var value = Read("policy {\n  check \"x\" { n = 1 }\n  check { n = 2 }\n  check \"y\" { n = 3 }\n}\n", "policy", "check");

        AssertJson("[{\"x\":[{\"n\":1}]},{\"n\":2},{\"y\":[{\"n\":3}]}]", value);
    }

    [Fact]
    public void Object_constructor_attribute_becomes_a_one_element_tuple()
    {
        var value = Read("config {\n  labels = { a = \"b\" }\n}\n", "config", "labels");

        AssertJson("[{\"a\":\"b\"}]", value);
    }

    [Fact]
    public void Object_constructor_inside_a_nested_block_becomes_a_one_element_tuple()
    {
        var value = Read("config {\n  mount {\n    opts = { ro = true }\n    n = [1]\n  }\n}\n", "config", "mount");

        AssertJson("[{\"n\":[1],\"opts\":[{\"ro\":true}]}]", value);
    }

    [Theory]
    [InlineData("config {\n  labels = local.m\n}\n")]
    [InlineData("config {\n  labels = { for k in [\"a\"] : k => \"b\" }\n}\n")]
    public void Other_object_valued_expressions_stay_objects(string source)
    {
        var map = HclValue.Object([KeyValuePair.Create("a", HclValue.String("b"))]);
        var context = EvalContext.Create(new Dictionary<string, HclValue> { ["local"] = HclValue.Object([KeyValuePair.Create("m", map)]) });

        var value = Read(source, "config", "labels", context);

        AssertJson("{\"a\":\"b\"}", value);
    }

    private static HclValue Read(string source, string blockType, string attribute, EvalContext? context = null)
    {
        var file = HclParser.ParseNative(Encoding.UTF8.GetBytes(source), "test.hcl");
        Assert.Empty(file.Diagnostics);
        var diags = new DiagnosticBag();
        var content = BlockAttributes.Wrap(file.Body).Content(new BodySchema { Blocks = [new BlockHeaderSchema(blockType, [])] }, diags);
        var attributes = Assert.Single(content.Blocks).Body.JustAttributes(diags);
        var value = attributes[attribute].Expression.Evaluate(context, diags);
        Assert.Empty(diags);
        return value;
    }

    private static void AssertJson(string want, HclValue value) => Assert.Equal(want, HclJsonValues.ToJsonString(value));
}
