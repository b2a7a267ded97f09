using System.Text;

namespace Nomadic.Hcl.Tests.Evaluation;

/// <summary>
/// HCL's TestBodyContent and TestBodyJustAttributes, with bodies written as source instead of built by hand. A schema is
/// written as a list: <c>foo</c> an optional attribute, <c>foo!</c> a required one, <c>@foo</c> a block without labels
/// and <c>@foo:name</c> a block with a label named name. Content is summarized as attribute names then blocks as
/// <c>type[labels]</c>, in source order.
/// </summary>
public sealed class BodyContentTests
{
    [Theory]
    [InlineData("", "", false, "", 0)]
    [InlineData("foo = 1\n", "foo", false, "foo", 0)]
    [InlineData("foo = 1\n", "", false, "", 1)]
    [InlineData("foo = 1\n", "", true, "", 0)]
    [InlineData("", "foo", false, "", 0)]
    [InlineData("", "foo!", false, "", 1)]
    [InlineData("foo = 1\n", "@foo", false, "", 1)]
    [InlineData("foo {}\n", "@foo", false, "foo[]", 0)]
    [InlineData("foo {}\nfoo {}\n", "@foo", false, "foo[] foo[]", 0)]
    [InlineData("foo {}\nbar {}\n", "@foo", false, "foo[]", 1)]
    [InlineData("foo {}\nbar {}\n", "@foo", true, "foo[]", 0)]
    [InlineData("foo \"bar\" {}\n", "@foo:name", false, "foo[bar]", 0)]
    [InlineData("foo {}\n", "@foo:name", false, "", 1)]
    [InlineData("foo \"bar\" {}\n", "@foo", false, "", 1)]
    [InlineData("foo \"bar\" \"baz\" {}\n", "@foo:name", false, "", 1)]
    [InlineData("a = 1\nb = 2\nc {}\n", "a b! @c", false, "a b c[]", 0)]
    [InlineData("a = 1\nc \"x\" {}\nc \"y\" {}\n", "a @c:name", false, "a c[x] c[y]", 0)]
    public void Decodes_content_like_hcl(string source, string schema, bool partial, string want, int diagCount)
    {
        var body = Parse(source);
        var diags = new DiagnosticBag();

        var content = partial ? body.PartialContent(Schema(schema), diags, out _) : body.Content(Schema(schema), diags);

        Assert.Equal(want, Summarize(content));
        Assert.True(diagCount == diags.Count, $"want {diagCount} diagnostics, got {diags.Count}:\n{diags}");
    }

    [Theory]
    [InlineData("foo = 1\n", "", "test.hcl:1,1-4: Unsupported argument; An argument named \"foo\" is not expected here.")]
    [InlineData("fob = 1\n", "foo", "test.hcl:1,1-4: Unsupported argument; An argument named \"fob\" is not expected here. Did you mean \"foo\"?")]
    [InlineData("\n\nfoo = 1\n", "@foo", "test.hcl:3,1-4: Unsupported argument; An argument named \"foo\" is not expected here. Did you mean to define a block of type \"foo\"?")]
    [InlineData("\n", "foo!", "test.hcl:1,1-1: Missing required argument; The argument \"foo\" is required, but no definition was found.")]
    [InlineData("foo {}\nbar {}\n", "@foo", "test.hcl:2,1-4: Unsupported block type; Blocks of type \"bar\" are not expected here.")]
    [InlineData("fob {}\n", "@foo", "test.hcl:1,1-4: Unsupported block type; Blocks of type \"fob\" are not expected here. Did you mean \"foo\"?")]
    [InlineData("foo {}\n", "foo", "test.hcl:1,1-4: Unsupported block type; Blocks of type \"foo\" are not expected here. Did you mean to define argument \"foo\"? If so, use the equals sign to assign it a value.")]
    [InlineData("foo {}\n", "@foo:name", "test.hcl:1,5-6: Missing name for foo; All foo blocks must have 1 labels (name).")]
    [InlineData("foo \"bar\" {}\n", "@foo", "test.hcl:1,5-10: Extraneous label for foo; No labels are expected for foo blocks.")]
    [InlineData("foo \"bar\" baz {}\n", "@foo:name", "test.hcl:1,11-14: Extraneous label for foo; Only 1 labels (name) are expected for foo blocks.")]
    public void Reports_content_errors_like_hcl(string source, string schema, string want)
    {
        var diags = new DiagnosticBag();

        Parse(source).Content(Schema(schema), diags);

        Assert.Equal(want, Assert.Single(diags).ToString());
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("foo = \"bar\"\n", "foo", 0)]
    [InlineData("foo = \"bar\"\nfoo {}\n", "foo", 1)]
    [InlineData("a = 1\nb = 2\n", "a b", 0)]
    public void Takes_just_attributes_like_hcl(string source, string want, int diagCount)
    {
        var diags = new DiagnosticBag();

        var attributes = Parse(source).JustAttributes(diags);

        Assert.Equal(want, string.Join(" ", attributes.Keys.Order(StringComparer.Ordinal)));
        Assert.True(diagCount == diags.Count, $"want {diagCount} diagnostics, got {diags.Count}:\n{diags}");
    }

    [Fact]
    public void A_block_among_just_attributes_is_reported_at_its_type()
    {
        var diags = new DiagnosticBag();

        Parse("foo = \"bar\"\nfoo {}\n").JustAttributes(diags);

        Assert.Equal("test.hcl:2,1-4: Unexpected \"foo\" block; Blocks are not allowed here.", Assert.Single(diags).ToString());
    }

    [Fact]
    public void Attributes_taken_by_partial_content_are_hidden_from_the_remainder()
    {
        var diags = new DiagnosticBag();
        var body = Parse("foo = \"bar\"\nbaz = 1\n");

        body.PartialContent(Schema("foo"), diags, out var remain);
        var rest = remain.JustAttributes(diags);

        Assert.Empty(diags);
        Assert.Equal(["baz"], rest.Keys);
    }

    [Fact]
    public void Blocks_taken_by_partial_content_are_hidden_from_the_remainder()
    {
        var diags = new DiagnosticBag();
        var body = Parse("a = 1\nfoo {}\nbar {}\n");

        body.PartialContent(Schema("@foo"), diags, out var remain);
        var content = remain.Content(Schema("a @bar"), diags);

        Assert.Empty(diags);
        Assert.Equal("a bar[]", Summarize(content));
    }

    [Fact]
    public void Content_ranges_follow_the_source()
    {
        var diags = new DiagnosticBag();
        var content = Parse("foo = 1\nblock \"a\" b {\n}\n").Content(Schema("foo @block:x,y"), diags);

        Assert.Empty(diags);
        var foo = content.Attributes["foo"];
        Assert.Equal("test.hcl:1,1-8", foo.Range.ToString());
        Assert.Equal("test.hcl:1,1-4", foo.NameRange.ToString());
        Assert.Equal("test.hcl:1,7-8", foo.Expression.Range.ToString());
        var block = Assert.Single(content.Blocks);
        Assert.Equal("test.hcl:2,1-6", block.TypeRange.ToString());
        Assert.Equal(["test.hcl:2,7-10", "test.hcl:2,11-12"], block.LabelRanges.Select(r => r.ToString()));
        Assert.Equal("test.hcl:2,1-12", block.DefinitionRange.ToString());
    }

    private static IHclBody Parse(string source)
    {
        var file = HclParser.ParseNative(Encoding.UTF8.GetBytes(source), "test.hcl");
        Assert.False(file.HasErrors, string.Join("\n", file.Diagnostics));
        return file.Body;
    }

    private static BodySchema Schema(string text)
    {
        var attributes = new List<AttributeSchema>();
        var blocks = new List<BlockHeaderSchema>();
        foreach (var item in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.StartsWith('@'))
            {
                var parts = item[1..].Split(':');
                blocks.Add(new BlockHeaderSchema(parts[0], parts.Length > 1 ? parts[1].Split(',') : []));
            }
            else
            {
                attributes.Add(new AttributeSchema(item.TrimEnd('!'), item.EndsWith('!')));
            }
        }

        return new BodySchema { Attributes = attributes, Blocks = blocks };
    }

    private static string Summarize(BodyContent content) =>
        string.Join(" ", content.Attributes.Keys.Order(StringComparer.Ordinal)
            .Concat(content.Blocks.Select(b => $"{b.Type}[{string.Join(",", b.Labels)}]")));
}
