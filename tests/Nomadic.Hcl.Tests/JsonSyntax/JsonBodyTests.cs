using Nomadic.Hcl.Json;
using static Nomadic.Hcl.Tests.JsonSyntax.JsonTestSupport;

namespace Nomadic.Hcl.Tests.JsonSyntax;

/// <summary>The facts of hcl's json structure_test.go for bodies: PartialContent, Content and JustAttributes.</summary>
public class JsonBodyTests
{
    private static SourceRange R(int startColumn, int endColumn) => Range(startColumn, startColumn - 1, endColumn, endColumn - 1, "test.json");

    private static BodySchema Attributes(params string[] names) => new() { Attributes = [.. names.Select(n => new AttributeSchema(n))] };

    private static BodySchema Blocks(string type, params string[] labels) => new() { Blocks = [new BlockHeaderSchema(type, labels)] };

    private static (BodyContent Content, DiagnosticBag Diagnostics) Partial(string source, BodySchema schema)
    {
        var diagnostics = new DiagnosticBag();
        var content = ParseClean(source).Body.PartialContent(schema, diagnostics, out _);
        return (content, diagnostics);
    }

    [Theory]
    [InlineData("{}", 2, 3, 0)]
    [InlineData("[]", 1, 2, 0)]
    [InlineData("[{}]", 1, 2, 0)]
    [InlineData("[[]]", 1, 2, 1)]
    [InlineData("{\"//\": \"comment that should be ignored\"}", 40, 41, 0)]
    [InlineData("{\"//\": \"comment that should be ignored\", \"//\": \"another comment\"}", 65, 66, 0)]
    public void Empty_schema_yields_nothing(string source, int missingStart, int missingEnd, int diagnosticCount)
    {
        var (content, diagnostics) = Partial(source, new BodySchema());
        Assert.Equal(diagnosticCount, diagnostics.Count);
        Assert.Empty(content.Attributes);
        Assert.Empty(content.Blocks);
        Assert.Equal(R(missingStart, missingEnd), content.MissingItemRange);
    }

    [Fact]
    public void Elements_of_a_root_array_must_be_objects()
    {
        var (_, diagnostics) = Partial("[[]]", new BodySchema());
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Incorrect JSON value type", diagnostic.Summary);
        Assert.Equal("A JSON object is required here, to define arguments and child blocks.", diagnostic.Detail);
        Assert.Equal(R(2, 3), diagnostic.Subject);
    }

    [Fact]
    public void Attribute_has_hcl_ranges()
    {
        var (content, diagnostics) = Partial("{\"name\":\"Ermintrude\"}", Attributes("name"));
        Assert.Empty(diagnostics);
        var attribute = content.Attributes["name"];
        Assert.Equal("name", attribute.Name);
        Assert.Equal(R(9, 21), attribute.Expression.Range);
        Assert.Equal(R(2, 21), attribute.Range);
        Assert.Equal(R(2, 8), attribute.NameRange);
        Assert.Equal("Ermintrude", Assert.IsType<JsonStringSyntax>(Assert.IsType<JsonExpression>(attribute.Expression).Node).Value);
        Assert.Equal(R(21, 22), content.MissingItemRange);
    }

    [Fact]
    public void Attribute_in_a_body_array()
    {
        var (content, diagnostics) = Partial("[{\"name\":\"Ermintrude\"}]", Attributes("name"));
        Assert.Empty(diagnostics);
        Assert.Equal(R(10, 22), content.Attributes["name"].Expression.Range);
        Assert.Equal(R(3, 9), content.Attributes["name"].NameRange);
        Assert.Equal(R(1, 2), content.MissingItemRange);
    }

    [Fact]
    public void Missing_required_argument()
    {
        var schema = new BodySchema { Attributes = [new AttributeSchema("name", Required: true), new AttributeSchema("age", Required: true)] };
        var (content, diagnostics) = Partial("{\"name\":\"Ermintrude\"}", schema);
        Assert.Single(content.Attributes);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Missing required argument", diagnostic.Summary);
        Assert.Equal("The argument \"age\" is required, but no definition was found.", diagnostic.Detail);
        Assert.Equal(R(21, 22), diagnostic.Subject);
    }

    [Theory]
    [InlineData("{\"resource\": null}", "resource")]
    [InlineData("{\"resource\": { \"nested\": null }}", "resource", "name")]
    public void Null_means_no_blocks(string source, string type, params string[] labels)
    {
        var (content, diagnostics) = Partial(source, Blocks(type, labels));
        Assert.Empty(diagnostics);
        Assert.Empty(content.Blocks);
    }

    [Fact]
    public void Object_is_one_block()
    {
        var (content, diagnostics) = Partial("{\"resource\":{}}", Blocks("resource"));
        Assert.Empty(diagnostics);
        var block = Assert.Single(content.Blocks);
        Assert.Equal("resource", block.Type);
        Assert.Empty(block.Labels);
        Assert.Equal(R(13, 14), block.DefinitionRange);
        Assert.Equal(R(2, 12), block.TypeRange);
        Assert.Equal(R(13, 15), Assert.IsType<JsonBody>(block.Body).Node.Range);
    }

    [Fact]
    public void Array_is_repeated_blocks()
    {
        var (content, diagnostics) = Partial("{\"resource\":[{},{}]}", Blocks("resource"));
        Assert.Empty(diagnostics);
        Assert.Equal(2, content.Blocks.Count);
        Assert.All(content.Blocks, b => Assert.Equal(R(13, 14), b.DefinitionRange));
        Assert.Equal(R(14, 16), ((JsonBody)content.Blocks[0].Body).Node.Range);
        Assert.Equal(R(17, 19), ((JsonBody)content.Blocks[1].Body).Node.Range);
    }

    [Fact]
    public void Labels_are_nested_object_levels()
    {
        var (content, diagnostics) = Partial("{\"resource\":{\"foo_instance\":{\"bar\":{}}}}", Blocks("resource", "type", "name"));
        Assert.Empty(diagnostics);
        var block = Assert.Single(content.Blocks);
        Assert.Equal(["foo_instance", "bar"], block.Labels);
        Assert.Equal([R(14, 28), R(30, 35)], block.LabelRanges);
        Assert.Equal(R(36, 37), block.DefinitionRange);
        Assert.Equal(R(2, 12), block.TypeRange);
        Assert.Equal(R(40, 41), content.MissingItemRange);
    }

    [Fact]
    public void Label_levels_may_be_arrays()
    {
        var (content, diagnostics) = Partial("{\"resource\":{\"foo_instance\":[{\"bar\":{}}, {\"bar\":{}}]}}", Blocks("resource", "type", "name"));
        Assert.Empty(diagnostics);
        Assert.Equal(2, content.Blocks.Count);
        Assert.All(content.Blocks, b => Assert.Equal(["foo_instance", "bar"], b.Labels));
        Assert.Equal(R(31, 36), content.Blocks[0].LabelRanges[1]);
        Assert.Equal(R(43, 48), content.Blocks[1].LabelRanges[1]);
    }

    [Fact]
    public void Attribute_where_a_block_is_expected()
    {
        var (content, diagnostics) = Partial("{\"name\":\"Ermintrude\"}", Blocks("name"));
        Assert.Empty(content.Blocks);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Incorrect JSON value type", diagnostic.Summary);
        Assert.Equal("Either a JSON object or a JSON array is required, representing the contents of one or more \"name\" blocks.", diagnostic.Detail);
        Assert.Equal(R(9, 21), diagnostic.Subject);
    }

    [Fact]
    public void Duplicate_argument_across_body_array()
    {
        var (content, diagnostics) = Partial("[{\"name\":\"Ermintrude\"},{\"name\":\"Ermintrude\"}]", Attributes("name"));
        Assert.Equal(R(3, 9), content.Attributes["name"].NameRange);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Duplicate argument", diagnostic.Summary);
        Assert.Equal("The argument \"name\" was already set at test.json:1,3-22.", diagnostic.Detail);
        Assert.Equal(R(25, 31), diagnostic.Subject);
    }

    [Fact]
    public void Missing_block_label()
    {
        var (_, diagnostics) = Partial("{\"resource\":{}}", Blocks("resource", "name"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Missing block label", diagnostic.Summary);
        Assert.Equal("At least one object property is required, whose name represents the resource block's name.", diagnostic.Detail);
    }

    [Theory]
    [InlineData("{\"resource\":[1]}", "A JSON object is required here, to specify name labels for this block.")]
    [InlineData("{\"resource\":1}", "Either a JSON object or JSON array of objects is required here, to specify name labels for this block.")]
    public void Labels_need_objects(string source, string detail)
    {
        var (_, diagnostics) = Partial(source, Blocks("resource", "name"));
        Assert.Equal("Incorrect JSON value type", diagnostics[0].Summary);
        Assert.Equal(detail, diagnostics[0].Detail);
    }

    [Fact]
    public void A_block_body_that_is_not_an_object_is_reported_when_read()
    {
        var (content, diagnostics) = Partial("{\"b\":[1]}", Blocks("b"));
        Assert.Empty(diagnostics);
        var body = Assert.Single(content.Blocks).Body;
        var bodyDiagnostics = new DiagnosticBag();
        body.Content(new BodySchema(), bodyDiagnostics);
        var diagnostic = Assert.Single(bodyDiagnostics);
        Assert.Equal("Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.", diagnostic.Detail);
    }

    [Theory]
    [InlineData("{\"unknown\": true}", new string[0], 1)]
    [InlineData("{\"//\": \"comment that should be ignored\"}", new string[0], 0)]
    [InlineData("{\"unknow\": true}", new[] { "unknown" }, 1)]
    [InlineData("{\"unknow\": true, \"unnown\": true}", new[] { "unknown" }, 2)]
    public void Content_reports_extraneous_properties(string source, string[] attributes, int diagnosticCount)
    {
        var diagnostics = new DiagnosticBag();
        ParseClean(source).Body.Content(Attributes(attributes), diagnostics);
        Assert.Equal(diagnosticCount, diagnostics.Count);
    }

    [Fact]
    public void Extraneous_property_suggests_a_name()
    {
        var diagnostics = new DiagnosticBag();
        var schema = new BodySchema { Attributes = [new AttributeSchema("unknown")], Blocks = [new BlockHeaderSchema("service")] };
        ParseClean("{\"unknow\": true, \"servce\": {}, \"zzz\": 1}").Body.Content(schema, diagnostics);
        Assert.Equal(
            [
                "No argument or block type is named \"unknow\". Did you mean \"unknown\"?",
                "No argument or block type is named \"servce\". Did you mean \"service\"?",
                "No argument or block type is named \"zzz\".",
            ],
            diagnostics.Select(d => d.Detail));
        Assert.All(diagnostics, d => Assert.Equal("Extraneous JSON object property", d.Summary));
        Assert.Equal(R(2, 10), diagnostics[0].Subject);
    }

    [Fact]
    public void Partial_content_hides_what_it_took()
    {
        var body = ParseClean("{\"a\": 1, \"b\": 2, \"c\": {}}").Body;
        var diagnostics = new DiagnosticBag();
        var first = body.PartialContent(new BodySchema { Attributes = [new AttributeSchema("a")], Blocks = [new BlockHeaderSchema("c")] }, diagnostics, out var remain);
        Assert.Single(first.Attributes);
        Assert.Single(first.Blocks);

        var second = remain.Content(new BodySchema { Attributes = [new AttributeSchema("b"), new AttributeSchema("a")] }, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(["b"], second.Attributes.Keys);
        Assert.Equal(["b"], remain.JustAttributes(diagnostics).Keys);
    }

    [Fact]
    public void Just_attributes()
    {
        var diagnostics = new DiagnosticBag();
        var attributes = ParseClean("{\"foo\": true, \"//\": \"x\"}").Body.JustAttributes(diagnostics);
        Assert.Empty(diagnostics);
        var foo = Assert.Single(attributes).Value;
        Assert.Equal(R(9, 13), foo.Expression.Range);
        Assert.Equal(R(2, 13), foo.Range);
        Assert.Equal(R(2, 7), foo.NameRange);
    }

    [Fact]
    public void Just_attributes_reports_duplicates()
    {
        var diagnostics = new DiagnosticBag();
        var attributes = ParseClean("{\"foo\": true, \"foo\": true}").Body.JustAttributes(diagnostics);
        Assert.Equal(R(9, 13), Assert.Single(attributes).Value.Expression.Range);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Duplicate attribute definition", diagnostic.Summary);
        Assert.Equal("The argument \"foo\" was already set at test.json:1,2-13.", diagnostic.Detail);
    }

    [Fact]
    public void Just_attributes_needs_an_object()
    {
        var diagnostics = new DiagnosticBag();
        var attributes = ParseClean("[{\"foo\": true}]").Body.JustAttributes(diagnostics);
        Assert.Empty(attributes);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Incorrect JSON value type", diagnostic.Summary);
        Assert.Equal("A JSON object is required here, setting the arguments for this block.", diagnostic.Detail);
        Assert.Equal(R(1, 2), diagnostic.Subject);
    }
}
