using Nomadic.Hcl.Json;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.JsonSyntax.JsonTestSupport;

namespace Nomadic.Hcl.Tests.JsonSyntax;

/// <summary>The facts of hcl's json parser_test.go: the node each input parses to, its range, and how many errors.</summary>
public class JsonParserTests
{
    [Theory]
    [InlineData("true", typeof(JsonBoolSyntax), 1, 5, 0)]
    [InlineData("false", typeof(JsonBoolSyntax), 1, 6, 0)]
    [InlineData("null", typeof(JsonNullSyntax), 1, 5, 0)]
    [InlineData("undefined", typeof(JsonInvalidSyntax), 1, 10, 1)]
    [InlineData("flase", typeof(JsonInvalidSyntax), 1, 6, 1)]
    [InlineData("\"hello\"", typeof(JsonStringSyntax), 1, 8, 0)]
    [InlineData("\"hello\\nworld\"", typeof(JsonStringSyntax), 1, 15, 0)]
    [InlineData("\"hello \\\"world\\\"\"", typeof(JsonStringSyntax), 1, 18, 0)]
    [InlineData("\"hello \\\\\"", typeof(JsonStringSyntax), 1, 11, 0)]
    [InlineData("\"hello", typeof(JsonInvalidSyntax), 1, 7, 1)]
    [InlineData("\"he\\llo\"", typeof(JsonInvalidSyntax), 1, 9, 1)]
    [InlineData("1", typeof(JsonNumberSyntax), 1, 2, 0)]
    [InlineData("1.2", typeof(JsonNumberSyntax), 1, 4, 0)]
    [InlineData("-1", typeof(JsonNumberSyntax), 1, 3, 0)]
    [InlineData("1.2e5", typeof(JsonNumberSyntax), 1, 6, 0)]
    [InlineData("1.2e+5", typeof(JsonNumberSyntax), 1, 7, 0)]
    [InlineData("1.2e-5", typeof(JsonNumberSyntax), 1, 7, 0)]
    [InlineData(".1", typeof(JsonInvalidSyntax), 1, 3, 1)]
    [InlineData("+2", typeof(JsonInvalidSyntax), 1, 3, 1)]
    [InlineData("1 2", typeof(JsonNumberSyntax), 1, 2, 1)]
    [InlineData("{\"hello\": true}", typeof(JsonObjectSyntax), 1, 16, 0)]
    [InlineData("{\"hello\": true, \"bye\": false}", typeof(JsonObjectSyntax), 1, 30, 0)]
    [InlineData("{}", typeof(JsonObjectSyntax), 1, 3, 0)]
    [InlineData("{\"hello\":true", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("{\"hello\":true]", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("{\"hello\":true,}", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("{true:false}", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("{\"hello\": true, \"hello\": true}", typeof(JsonObjectSyntax), 1, 31, 0)]
    [InlineData("{\"hello\": true, \"hello\": true, \"hello\", true}", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("{\"hello\", \"world\"}", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("[]", typeof(JsonArraySyntax), 1, 3, 0)]
    [InlineData("[true]", typeof(JsonArraySyntax), 1, 7, 0)]
    [InlineData("[true, false]", typeof(JsonArraySyntax), 1, 14, 0)]
    [InlineData("[[]]", typeof(JsonArraySyntax), 1, 5, 0)]
    [InlineData("[", typeof(JsonInvalidSyntax), 1, 2, 2)]
    [InlineData("[true", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("]", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("[true,]", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("[[],]", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("[\"hello\":true]", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("[true}", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("{\"wrong\"=true}", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("{\"wrong\" = true}", typeof(JsonInvalidSyntax), 1, 2, 1)]
    [InlineData("{\"wrong\" true}", typeof(JsonInvalidSyntax), 1, 2, 1)]
    public void Parses_to_the_node_hcl_does(string source, Type kind, int startColumn, int endColumn, int diagnosticCount)
    {
        var (node, diagnostics) = ParseValue(source);
        Assert.True(diagnostics.Count == diagnosticCount, diagnostics.ToString());
        Assert.IsType(kind, node);
        Assert.Equal(Range(startColumn, startColumn - 1, endColumn, endColumn - 1), node.Range);
    }

    [Theory]
    [InlineData("\"hello\"", "hello")]
    [InlineData("\"hello\\nworld\"", "hello\nworld")]
    [InlineData("\"hello \\\"world\\\"\"", "hello \"world\"")]
    [InlineData("\"hello \\\\\"", "hello \\")]
    [InlineData("\"\\/\\b\\f\\n\\r\\t\"", "/\b\f\n\r\t")]
    [InlineData("\"\\u00e9\\u00C9\"", "éÉ")]
    [InlineData("\"\\ud83d\\ude00\"", "😀")]
    [InlineData("\"\\ud83d x\"", "\uFFFD x")]
    [InlineData("\"\\ude00\\ud83d\"", "\uFFFD\uFFFD")]
    [InlineData("\"héllo 🇬🇧\"", "héllo 🇬🇧")]
    [InlineData("\"${a}\"", "${a}")]
    public void Strings_are_decoded(string source, string expected)
    {
        var (node, diagnostics) = ParseValue(source);
        Assert.Empty(diagnostics);
        Assert.Equal(expected, Assert.IsType<JsonStringSyntax>(node).Value);
    }

    [Fact]
    public void Invalid_utf8_in_a_string_becomes_replacement_characters()
    {
        var diagnostics = new DiagnosticBag();
        var node = HclJson.ParseExpression(new byte[] { (byte)'"', 0xFF, (byte)'a', (byte)'"' }, "x.json", diagnostics).Node;
        Assert.Empty(diagnostics);
        Assert.Equal("\uFFFDa", Assert.IsType<JsonStringSyntax>(node).Value);
    }

    [Theory]
    [InlineData("1.2e5", "120000")]
    [InlineData("1.2e-5", "0.000012")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("123456789012345678901234567890.123456789", "123456789012345678901234567890.123456789")]
    public void Numbers_are_exact(string source, string expected)
    {
        var (node, diagnostics) = ParseValue(source);
        Assert.Empty(diagnostics);
        var number = Assert.IsType<JsonNumberSyntax>(node);
        Assert.Equal(HclNumber.Parse(expected), number.Value);
        Assert.Equal(source, number.Text);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData("1e")]
    [InlineData("-")]
    [InlineData("1-2")]
    [InlineData("1.2.3")]
    public void Malformed_numbers_are_reported(string source)
    {
        var (node, diagnostics) = ParseValue(source);
        Assert.IsType<JsonInvalidSyntax>(node);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Invalid JSON number", diagnostic.Summary);
        Assert.Equal("There is a syntax error in the given JSON number.", diagnostic.Detail);
    }

    [Fact]
    public void Object_properties_keep_order_duplicates_and_ranges()
    {
        var (node, _) = ParseValue("{\"hello\": true, \"hello\": false}");
        var obj = Assert.IsType<JsonObjectSyntax>(node);
        Assert.Equal(["hello", "hello"], obj.Properties.Select(p => p.Name));
        Assert.Equal(Range(2, 1, 9, 8), obj.Properties[0].NameRange);
        Assert.Equal(Range(11, 10, 15, 14), obj.Properties[0].Value.Range);
        Assert.Equal(Range(17, 16, 24, 23), obj.Properties[1].NameRange);
        Assert.Equal(Range(26, 25, 31, 30), obj.Properties[1].Value.Range);
        Assert.Equal(Range(1, 0, 2, 1), obj.OpenRange);
        Assert.Equal(Range(31, 30, 32, 31), obj.CloseRange);
        Assert.Equal(obj.OpenRange, obj.StartRange);
    }

    [Fact]
    public void Array_elements_have_ranges()
    {
        var (node, _) = ParseValue("[[]]");
        var array = Assert.IsType<JsonArraySyntax>(node);
        var inner = Assert.IsType<JsonArraySyntax>(Assert.Single(array.Elements));
        Assert.Equal(Range(2, 1, 4, 3), inner.Range);
        Assert.Equal(Range(2, 1, 3, 2), inner.OpenRange);
        Assert.Equal(Range(1, 0, 2, 1), array.OpenRange);
    }

    [Fact]
    public void Start_position_offsets_ranges()
    {
        var (node, diagnostics) = ParseValue("true", Pos(3, 10, 0));
        Assert.Empty(diagnostics);
        Assert.Equal(new SourceRange(string.Empty, Pos(3, 10, 0), Pos(3, 14, 4)), node.Range);
    }

    [Theory]
    [InlineData("{\"a\" 1}", "Missing property value colon", "A colon must appear between an object property's name and its value.", 1, 6)]
    [InlineData("{\"a\" = 1}", "Missing property value colon", "JSON uses a colon as its name/value delimiter, not an equals sign.", 1, 6)]
    [InlineData("{\"a\"}", "Missing object value", "A JSON object attribute must have a value, introduced by a colon.", 1, 5)]
    [InlineData("{\"a\", \"b\"}", "Missing object value", "A JSON object attribute must have a value, introduced by a colon.", 1, 5)]
    [InlineData("{\"a\": 1,}", "Trailing comma in object", "JSON does not permit a trailing comma after the final property in an object.", 1, 8)]
    [InlineData("{\"a\": 1", "Unclosed object", "No closing brace was found for this JSON object.", 1, 1)]
    [InlineData("{\"a\": 1]", "Mismatched braces", "A JSON object must be closed with a brace, not a bracket.", 1, 8)]
    [InlineData("{\"a\": 1 \"b\": 2}", "Missing attribute seperator comma", "A comma must appear between each property definition in an object.", 1, 9)]
    [InlineData("{1: 2}", "Invalid object property name", "A JSON object property name must be a string", 1, 2)]
    [InlineData("[1,]", "Trailing comma in array", "JSON does not permit a trailing comma after the final value in an array.", 1, 3)]
    [InlineData("[1", "Unclosed object", "No closing bracket was found for this JSON array.", 1, 1)]
    [InlineData("[1}", "Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.", 1, 3)]
    [InlineData("[1 2]", "Missing attribute seperator comma", "A comma must appear between each value in an array.", 1, 4)]
    [InlineData("[\"a\": 1]", "Invalid array value", "A colon is not used to introduce values in a JSON array.", 1, 5)]
    [InlineData("}", "Missing JSON value", "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.", 1, 1)]
    [InlineData("]", "Missing array element value", "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.", 1, 1)]
    [InlineData("", "Missing value", "The JSON data ends prematurely.", 1, 1)]
    [InlineData(":", "Invalid start of value", "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.", 1, 1)]
    [InlineData("'a'", "Invalid start of value", "A JSON value must start with a brace, a bracket, a number, a string, or a keyword.", 1, 1)]
    [InlineData("flase", "Invalid JSON keyword", "\"flase\" is not a valid JSON keyword. Did you mean \"false\"?", 1, 1)]
    [InlineData("True", "Invalid JSON keyword", "\"True\" is not a valid JSON keyword. Did you mean \"true\"?", 1, 1)]
    [InlineData("nothing", "Invalid JSON keyword", "\"nothing\" is not a valid JSON keyword.", 1, 1)]
    [InlineData("NaN", "Invalid JSON keyword", "The JavaScript identifier \"NaN\" cannot be used in JSON.", 1, 1)]
    [InlineData("Infinity", "Invalid JSON keyword", "The JavaScript identifier \"Infinity\" cannot be used in JSON.", 1, 1)]
    [InlineData("undefined", "Invalid JSON keyword", "The JavaScript identifier \"undefined\" cannot be used in JSON.", 1, 1)]
    [InlineData("1 2", "Extraneous data after value", "Extra characters appear after the JSON value.", 1, 3)]
    public void Errors_read_as_hcl_reports_them(string source, string summary, string detail, int line, int column)
    {
        var (_, diagnostics) = ParseValue(source);
        var diagnostic = diagnostics[0];
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(summary, diagnostic.Summary);
        Assert.Equal(detail, diagnostic.Detail);
        Assert.Equal(line, diagnostic.Subject!.Value.Start.Line);
        Assert.Equal(column, diagnostic.Subject!.Value.Start.Column);
    }

    [Fact]
    public void Unterminated_string_points_where_the_quote_is_missing()
    {
        var (_, diagnostics) = ParseValue("\"hello");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Invalid JSON string", diagnostic.Summary);
        Assert.Equal("There is a syntax error in the given JSON string.", diagnostic.Detail);
        Assert.Equal(Range(7, 6, 8, 7), diagnostic.Subject);
        Assert.Equal(Range(1, 0, 7, 6), diagnostic.Context);
    }

    [Fact]
    public void A_newline_inside_a_string_is_an_error()
    {
        var (_, diagnostics) = ParseValue("[\"a\nb\"]");
        Assert.Equal("Invalid JSON string", diagnostics[0].Summary);
        Assert.Equal(Range(4, 3, 5, 4), diagnostics[0].Subject);
    }

    [Theory]
    [InlineData("\"he\\llo\"", 4, 3, 6, 5)]
    [InlineData("\"é\\x\"", 3, 3, 5, 5)]
    [InlineData("\"\\u12G4\"", 2, 1, 7, 6)]
    [InlineData("\"\\u12\"", 2, 1, 7, 6)]
    public void Invalid_escapes_point_at_the_escape(string source, int startColumn, int startByte, int endColumn, int endByte)
    {
        var (_, diagnostics) = ParseValue(source);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Invalid JSON string", diagnostic.Summary);
        Assert.Equal(Range(startColumn, startByte, endColumn, endByte), diagnostic.Subject);
    }

    [Fact]
    public void A_bad_key_is_reported_twice_as_hcl_does()
    {
        var (_, diagnostics) = ParseValue("{\"a\\q\": 1}");
        Assert.Equal(["Invalid JSON string", "Invalid object property name"], diagnostics.Select(d => d.Summary));
    }

    [Fact]
    public void Errors_inside_a_value_keep_the_enclosing_array()
    {
        // As in hcl, a failed value becomes an invalid placeholder and its container carries on.
        var (node, diagnostics) = ParseValue("[flase, 1]");
        var array = Assert.IsType<JsonArraySyntax>(node);
        Assert.IsType<JsonInvalidSyntax>(array.Elements[0]);
        Assert.IsType<JsonNumberSyntax>(array.Elements[1]);
        Assert.Single(diagnostics);
    }
}
