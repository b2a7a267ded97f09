using System.Text;
using Nomadic.Hcl.Json;
using static Nomadic.Hcl.Tests.JsonSyntax.JsonTestSupport;

namespace Nomadic.Hcl.Tests.JsonSyntax;

/// <summary>The facts of hcl's json public_test.go for whole files.</summary>
public class HclJsonFileTests
{
    [Fact]
    public void Non_object_root_is_an_error_with_a_placeholder_body()
    {
        var file = ParseFile("true", string.Empty);
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("Root value must be object", diagnostic.Summary);
        Assert.Equal("The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects.", diagnostic.Detail);
        Assert.True(file.HasErrors);
        var body = Assert.IsType<JsonBody>(file.Body);
        Assert.Empty(Assert.IsType<JsonObjectSyntax>(body.Node).Properties);
        Assert.Empty(file.Body.JustAttributes(new DiagnosticBag()));
    }

    [Fact]
    public void Malformed_file_reports_the_colon_and_the_root()
    {
        var file = ParseFile("{\n  \"http_proxy_url: \"http://xxxxxx\",\n}", string.Empty);
        Assert.Equal(["Missing property value colon", "Root value must be object"], file.Diagnostics.Select(d => d.Summary));
        Assert.IsType<JsonBody>(file.Body);
    }

    [Fact]
    public void File_name_is_kept()
    {
        var file = ParseClean("{}", "main.tf.json");
        Assert.Equal("main.tf.json", file.FileName);
        Assert.False(file.HasErrors);
    }

    [Fact]
    public void Start_position_matches_the_enclosing_file()
    {
        var file = ParseClean("{\n  \"foo\": {\n    \"bar\": \"baz\"\n  }\n}", string.Empty);
        var part = HclJson.ParseFile(Encoding.UTF8.GetBytes("{\n    \"bar\": \"baz\"\n  }"), string.Empty, Pos(2, 10, 0));
        Assert.Empty(part.Diagnostics);

        var diagnostics = new DiagnosticBag();
        var content = file.Body.Content(new BodySchema { Blocks = [new BlockHeaderSchema("foo")] }, diagnostics);
        var whole = content.Blocks[0].Body.JustAttributes(diagnostics)["bar"].Expression.Range;
        var partial = part.Body.JustAttributes(diagnostics)["bar"].Expression.Range;
        Assert.Empty(diagnostics);
        Assert.Equal(whole.ToString(), partial.ToString());
    }

    [Fact]
    public void Positions_follow_lines()
    {
        var file = ParseClean("{\n\t\"a\": 1,\r\n  \"b\": [true]\n}");
        var attributes = file.Body.JustAttributes(new DiagnosticBag());
        Assert.Equal(new SourceRange("test.json", Pos(2, 3, 3), Pos(2, 6, 6)), attributes["a"].NameRange);
        Assert.Equal(new SourceRange("test.json", Pos(3, 3, 14), Pos(3, 6, 17)), attributes["b"].NameRange);
        Assert.Equal(new SourceRange("test.json", Pos(4, 1, 26), Pos(4, 2, 27)), file.Body.MissingItemRange);
    }

    [Fact]
    public void A_byte_order_mark_is_not_json()
    {
        var file = HclJson.ParseFile(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}' }, "bom.json");
        Assert.Equal(["Invalid start of value", "Root value must be object"], file.Diagnostics.Select(d => d.Summary));
    }

    [Fact]
    public void Diagnostics_format_as_hcl()
    {
        var file = ParseFile("{\"a\": flase}");
        Assert.Equal(
            "test.json:1,7-12: Invalid JSON keyword; \"flase\" is not a valid JSON keyword. Did you mean \"false\"?",
            file.Diagnostics[0].ToString());
    }
}
