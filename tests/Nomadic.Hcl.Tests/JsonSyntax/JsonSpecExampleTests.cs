using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.JsonSyntax.JsonTestSupport;

namespace Nomadic.Hcl.Tests.JsonSyntax;

/// <summary>The examples of hcl's json/spec.md.</summary>
public class JsonSpecExampleTests
{
    private static readonly BodySchema ChildSchema = new() { Attributes = [new AttributeSchema("child_attr")] };

    private static List<(string Labels, string ChildAttr)> Blocks(string source, params string[] labelNames)
    {
        var diagnostics = new DiagnosticBag();
        var content = ParseClean(source).Body.Content(new BodySchema { Blocks = [new BlockHeaderSchema("foo", labelNames)] }, diagnostics);
        var result = new List<(string, string)>();
        foreach (var block in content.Blocks)
        {
            Assert.Equal("foo", block.Type);
            var child = block.Body.Content(ChildSchema, diagnostics);
            result.Add((string.Join("/", block.Labels), child.Attributes["child_attr"].Expression.Evaluate(null, diagnostics).AsString()));
        }

        Assert.Empty(diagnostics);
        return result;
    }

    [Fact]
    public void Attribute()
    {
        var diagnostics = new DiagnosticBag();
        var content = ParseClean("{\"foo\": \"bar baz\"}").Body.Content(new BodySchema { Attributes = [new AttributeSchema("foo")] }, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(HclValue.String("bar baz"), content.Attributes["foo"].Expression.Evaluate(new EvalContext(), diagnostics));
    }

    [Fact]
    public void Single_block() => Assert.Equal([(string.Empty, "baz")], Blocks("""{"foo": {"child_attr": "baz"}}"""));

    [Fact]
    public void Array_of_blocks() =>
        Assert.Equal([(string.Empty, "baz"), (string.Empty, "boz")], Blocks("""{"foo": [{"child_attr": "baz"}, {"child_attr": "boz"}]}"""));

    [Fact]
    public void Empty_array_is_no_blocks() => Assert.Empty(Blocks("""{"foo": []}"""));

    [Fact]
    public void Two_labels_as_nested_objects()
    {
        const string source = """
            {
              "foo": {
                "bar": {
                  "baz": {"child_attr": "baz"},
                  "boz": {"child_attr": "baz"}
                },
                "boz": {
                  "baz": {"child_attr": "baz"}
                }
              }
            }
            """;
        Assert.Equal([("bar/baz", "baz"), ("bar/boz", "baz"), ("boz/baz", "baz")], Blocks(source, "a", "b"));
    }

    [Fact]
    public void Two_labels_with_an_array_body()
    {
        const string source = """
            {
              "foo": {
                "bar": {
                  "baz": {"child_attr": "baz"},
                  "boz": {"child_attr": "baz"}
                },
                "boz": {
                  "baz": [{"child_attr": "baz"}, {"child_attr": "boz"}]
                }
              }
            }
            """;
        Assert.Equal([("bar/baz", "baz"), ("bar/boz", "baz"), ("boz/baz", "baz"), ("boz/baz", "boz")], Blocks(source, "a", "b"));
    }

    [Fact]
    public void Two_labels_with_an_array_at_the_type_level()
    {
        const string source = """
            {
              "foo": [
                {"bar": {"baz": {"child_attr": "baz"}, "boz": {"child_attr": "baz"}}},
                {"bar": {"baz": [{"child_attr": "baz"}, {"child_attr": "boz"}]}}
              ]
            }
            """;
        Assert.Equal([("bar/baz", "baz"), ("bar/boz", "baz"), ("bar/baz", "baz"), ("bar/baz", "boz")], Blocks(source, "a", "b"));
    }

    [Fact]
    public void Two_labels_with_a_duplicate_label_property()
    {
        const string source = """
            {
              "foo": {
                "bar": {"baz": {"child_attr": "baz"}, "boz": {"child_attr": "baz"}},
                "bar": {"baz": [{"child_attr": "baz"}, {"child_attr": "boz"}]}
              }
            }
            """;
        Assert.Equal([("bar/baz", "baz"), ("bar/boz", "baz"), ("bar/baz", "baz"), ("bar/baz", "boz")], Blocks(source, "a", "b"));
    }

    [Fact]
    public void Comment_property_is_ignored_in_bodies_only()
    {
        var diagnostics = new DiagnosticBag();
        var file = ParseClean("""{"//": "a comment", "foo": {"//": "kept here"}}""");
        var content = file.Body.Content(new BodySchema { Attributes = [new AttributeSchema("foo")] }, diagnostics);
        Assert.Empty(diagnostics);
        var value = content.Attributes["foo"].Expression.Evaluate(new EvalContext(), diagnostics);
        Assert.Equal(HclValue.Object([new("//", HclValue.String("kept here"))]), value);
    }
}
