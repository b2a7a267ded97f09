using System.Text;
using Nomadic.Hcl.Extensions;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Extensions;

/// <summary>The facts of HCL's <c>ext/dynblock</c> tests, for native and JSON bodies.</summary>
public sealed class DynamicBlocksTests
{
    private static readonly BodySchema GroupSchema = new()
    {
        Blocks = [new BlockHeaderSchema("group", ["name"]), new BlockHeaderSchema("b")],
        Attributes = [new AttributeSchema("a")],
    };

    private static readonly BodySchema InnerSchema = new()
    {
        Attributes = [new AttributeSchema("count"), new AttributeSchema("outer")],
        Blocks = [new BlockHeaderSchema("task", ["name"])],
    };

    private static IHclBody Native(string source, EvalContext? context = null)
    {
        var file = HclParser.ParseNative(Encoding.UTF8.GetBytes(source), "test.hcl");
        Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics));
        return DynamicBlocks.Expand(file.Body, context ?? new EvalContext());
    }

    private static string Summarize(IHclBody body, BodySchema schema, DiagnosticBag diags)
    {
        var content = body.Content(schema, diags);
        return string.Join(" ", content.Blocks.Select(b => $"{b.Type}[{string.Join(",", b.Labels)}]"));
    }

    private static HclValue Attr(IHclBody body, BodySchema schema, string name, EvalContext? context = null)
    {
        var diags = new DiagnosticBag();
        var content = body.Content(schema, diags);
        Assert.Empty(diags);
        var value = content.Attributes[name].Expression.Evaluate(context ?? new EvalContext(), diags);
        Assert.Empty(diags);
        return value;
    }

    [Fact]
    public void Generates_one_block_per_element_with_labels_and_content()
    {
        var body = Native("""
            dynamic "group" {
              for_each = [{ name = "a", idx = 1 }, { name = "b", idx = 2 }]
              labels   = [group.value.name]
              content {
                count = group.value.idx + group.key
              }
            }
            b {}
            """);
        var diags = new DiagnosticBag();

        var content = body.Content(GroupSchema, diags);

        Assert.Empty(diags);
        Assert.Equal("group[a] group[b] b[]", string.Join(" ", content.Blocks.Select(b => $"{b.Type}[{string.Join(",", b.Labels)}]")));
        Assert.Equal(HclValue.Number(1), Attr(content.Blocks[0].Body, InnerSchema, "count"));
        Assert.Equal(HclValue.Number(3), Attr(content.Blocks[1].Body, InnerSchema, "count"));
        Assert.Equal("test.hcl:1,1-16", content.Blocks[0].DefinitionRange.ToString());
        Assert.Equal("test.hcl:3,15-31", content.Blocks[0].LabelRanges[0].ToString());
    }

    [Fact]
    public void Iterator_attribute_renames_the_iteration_variable_and_maps_iterate_by_key()
    {
        var body = Native("""
            dynamic "b" {
              for_each = { x = "1", y = "2" }
              iterator = it
              content {
                a = "${it.key}=${it.value}"
              }
            }
            """);
        var diags = new DiagnosticBag();
        var blocks = body.Content(GroupSchema, diags).Blocks;

        Assert.Empty(diags);
        var schema = new BodySchema { Attributes = [new AttributeSchema("a")] };
        Assert.Equal(["x=1", "y=2"], blocks.Select(b => Attr(b.Body, schema, "a").AsString()));
    }

    [Fact]
    public void Nested_dynamic_blocks_see_the_outer_iterator()
    {
        var body = Native("""
            dynamic "group" {
              for_each = ["g1", "g2"]
              labels   = [group.value]
              content {
                dynamic "task" {
                  for_each = [1, 2]
                  labels   = ["${group.value}-t${task.value}"]
                  content {
                    outer = group.key
                  }
                }
              }
            }
            """);
        var diags = new DiagnosticBag();
        var groups = body.Content(GroupSchema, diags).Blocks;
        var tasks = groups.SelectMany(g => g.Body.Content(InnerSchema, diags).Blocks).ToList();

        Assert.Empty(diags);
        Assert.Equal(["g1-t1", "g1-t2", "g2-t1", "g2-t2"], tasks.Select(t => t.Labels[0]));
        var schema = new BodySchema { Attributes = [new AttributeSchema("outer")] };
        Assert.Equal(HclValue.Number(1), Attr(tasks[3].Body, schema, "outer"));
        Assert.Empty(((IHclBody)tasks[3].Body).Content(schema, diags).Attributes["outer"].Expression.Variables());
    }

    [Fact]
    public void Static_blocks_inside_content_still_see_the_iterator()
    {
        var body = Native("""
            dynamic "group" {
              for_each = ["g1"]
              labels   = [group.value]
              content {
                task "t" {
                  count = "${group.value}-x"
                }
              }
            }
            """);
        var diags = new DiagnosticBag();
        var group = body.Content(GroupSchema, diags).Blocks.Single();
        var task = group.Body.Content(InnerSchema, diags).Blocks.Single();

        Assert.Equal("g1-x", Attr(task.Body, InnerSchema, "count").AsString());
        Assert.Empty(diags);
    }

    [Fact]
    public void Just_attributes_of_generated_content_see_the_iterator()
    {
        var body = Native("""
            dynamic "b" {
              for_each = ["v"]
              content {
                KEY = b.value
              }
            }
            """);
        var diags = new DiagnosticBag();
        var block = body.Content(GroupSchema, diags).Blocks.Single();
        var attributes = block.Body.JustAttributes(diags);

        Assert.Equal("v", attributes["KEY"].Expression.Evaluate(new EvalContext(), diags).AsString());
        Assert.Empty(diags);
    }

    [Fact]
    public void For_each_sees_the_context_variables()
    {
        var context = EvalContext.Create(new Dictionary<string, HclValue> { ["names"] = HclValue.Tuple([HclValue.String("p"), HclValue.String("q")]) });
        var body = Native("""
            dynamic "group" {
              for_each = names
              labels   = [group.value]
              content {}
            }
            """, context);
        var diags = new DiagnosticBag();

        Assert.Equal("group[p] group[q]", Summarize(body, GroupSchema, diags));
        Assert.Empty(diags);
    }

    [Theory]
    [InlineData("for_each = null\nlabels = [\"x\"]\ncontent {}", "Invalid dynamic for_each value", "Cannot use a null value in for_each.", "test.hcl:2,12-16")]
    [InlineData("for_each = \"abc\"\nlabels = [\"x\"]\ncontent {}", "Invalid dynamic for_each value", "Cannot use a string value in for_each. An iterable collection is required.", "test.hcl:2,12-17")]
    [InlineData("for_each = 3\nlabels = [\"x\"]\ncontent {}", "Invalid dynamic for_each value", "Cannot use a number value in for_each. An iterable collection is required.", "test.hcl:2,12-13")]
    [InlineData("for_each = [1]\nlabels = [\"x\"]", "Missing dynamic content block", "A dynamic block must have a nested block of type \"content\" to describe the body of each generated block.", "test.hcl:1,17-17")]
    [InlineData("for_each = [1]\nlabels = [\"x\"]\ncontent {}\ncontent {}", "Extraneous dynamic content block", "Only one nested content block is allowed for each dynamic block.", "test.hcl:5,1-8")]
    [InlineData("for_each = [1]\ncontent {}", "Missing required argument", "The argument \"labels\" is required, but no definition was found.", "test.hcl:1,17-17")]
    [InlineData("labels = [\"x\"]\ncontent {}", "Missing required argument", "The argument \"for_each\" is required, but no definition was found.", "test.hcl:1,17-17")]
    [InlineData("for_each = [1]\nlabels = [\"x\", \"y\"]\ncontent {}", "Extraneous dynamic block label", "Blocks of type \"group\" require 1 label(s).", "test.hcl:3,16-19")]
    [InlineData("for_each = [1]\nlabels = []\ncontent {}", "Insufficient dynamic block labels", "Blocks of type \"group\" require 1 label(s).", "test.hcl:3,10-12")]
    [InlineData("for_each = [1]\nlabels = [null]\ncontent {}", "Invalid dynamic block label", "Cannot use a null value as a dynamic block label.", "test.hcl:3,11-15")]
    [InlineData("for_each = [[1]]\nlabels = [group.value]\ncontent {}", "Invalid dynamic block label", "Cannot use this value as a dynamic block label: string required, but have tuple.", "test.hcl:3,11-22")]
    [InlineData("for_each = [1]\niterator = a.b\nlabels = [\"x\"]\ncontent {}", "Invalid dynamic iterator name", "Dynamic iterator must be a single variable name.", "test.hcl:3,12-15")]
    [InlineData("for_each = [1]\nlabels = [\"x\"]\ncontent {}\nwhat = 1", "Unsupported argument", "An argument named \"what\" is not expected here.", "test.hcl:5,1-5")]
    public void Reports_bad_dynamic_blocks_with_positions(string inner, string summary, string detail, string range)
    {
        var body = Native("dynamic \"group\" {\n" + inner + "\n}\n");
        var diags = new DiagnosticBag();

        var blocks = Summarize(body, GroupSchema, diags);

        Assert.Equal(string.Empty, blocks);
        var d = Assert.Single(diags);
        Assert.Equal(summary, d.Summary);
        Assert.Equal(detail, d.Detail);
        Assert.Equal(range, d.Subject.ToString());
    }

    [Fact]
    public void A_dynamic_block_of_an_unexpected_type_is_reported_at_its_label_unless_partial()
    {
        var body = Native("dynamic \"nope\" {\n  for_each = [1]\n  content {}\n}\n");
        var diags = new DiagnosticBag();

        Summarize(body, GroupSchema, diags);
        var partial = body.PartialContent(GroupSchema, new DiagnosticBag(), out _);

        var d = Assert.Single(diags);
        Assert.Equal("test.hcl:1,9-15: Unsupported block type; Blocks of type \"nope\" are not expected here.", d.ToString());
        Assert.Empty(partial.Blocks);
    }

    [Fact]
    public void Partial_content_hides_what_it_took_including_dynamic_blocks()
    {
        var body = Native("""
            a = 1
            dynamic "b" {
              for_each = [1, 2]
              content {}
            }
            other = 2
            """);
        var diags = new DiagnosticBag();

        var first = body.PartialContent(new BodySchema { Blocks = [new BlockHeaderSchema("b")] }, diags, out var remain);
        var rest = remain.Content(new BodySchema { Attributes = [new AttributeSchema("a"), new AttributeSchema("other")] }, diags);

        Assert.Empty(diags);
        Assert.Equal(2, first.Blocks.Count);
        Assert.Equal(["a", "other"], rest.Attributes.Keys.Order());
        Assert.Empty(rest.Blocks);
    }

    [Fact]
    public void An_unknown_for_each_generates_one_placeholder_block_with_unknown_attributes()
    {
        var context = EvalContext.Create(new Dictionary<string, HclValue> { ["later"] = HclValue.Unknown(HclType.List(HclType.String)) });
        var body = Native("""
            dynamic "b" {
              for_each = later
              content {
                a = b.value
              }
            }
            """, context);
        var diags = new DiagnosticBag();
        var block = body.Content(GroupSchema, diags).Blocks.Single();

        var value = Attr(block.Body, new BodySchema { Attributes = [new AttributeSchema("a")] }, "a");

        Assert.Empty(diags);
        Assert.False(value.IsKnown);
    }

    [Fact]
    public void Errors_in_for_each_are_reported_once_and_generate_nothing()
    {
        var body = Native("dynamic \"b\" {\n  for_each = nope\n  content {}\n}\n", EvalContext.Create(new Dictionary<string, HclValue>()));
        var diags = new DiagnosticBag();

        Assert.Equal(string.Empty, Summarize(body, GroupSchema, diags));
        Assert.Equal("test.hcl:2,14-18: Unknown variable; There is no variable named \"nope\".", Assert.Single(diags).ToString());
    }

    [Fact]
    public void Works_for_json_bodies()
    {
        var json = """
            {
              "dynamic": {
                "group": {
                  "for_each": "${[\"x\", \"y\"]}",
                  "labels": ["${group.value}"],
                  "content": { "count": "${group.key}" }
                }
              }
            }
            """;
        var file = HclParser.ParseJson(Encoding.UTF8.GetBytes(json), "test.hcl.json");
        Assert.False(file.HasErrors);
        var body = DynamicBlocks.Expand(file.Body, new EvalContext());
        var diags = new DiagnosticBag();

        var blocks = body.Content(GroupSchema, diags).Blocks;

        Assert.Empty(diags);
        Assert.Equal(["x", "y"], blocks.Select(b => b.Labels[0]));
        Assert.Equal(HclValue.Number(1), Attr(blocks[1].Body, InnerSchema, "count"));
    }
}
