using System.Text;
using Nomadic.Hcl.Json;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.JsonSyntax.JsonTestSupport;

namespace Nomadic.Hcl.Tests.JsonSyntax;

/// <summary>The facts of hcl's json public_test.go and structure_test.go for expressions.</summary>
public class JsonExpressionTests
{
    private static readonly EvalContext Context = EvalContext.Create(new Dictionary<string, HclValue>
    {
        ["noun"] = HclValue.String("world"),
        ["VAR1"] = HclValue.String("case"),
        ["a"] = HclValue.Number(1),
        ["b"] = HclValue.Number(2),
    });

    private static JsonExpression Expression(string source)
    {
        var diagnostics = new DiagnosticBag();
        var expression = HclJson.ParseExpression(Encoding.UTF8.GetBytes(source), "test.json", diagnostics);
        Assert.Empty(diagnostics);
        return expression;
    }

    private static IHclExpression Attribute(string source, string name)
    {
        var diagnostics = new DiagnosticBag();
        var attributes = ParseClean(source).Body.JustAttributes(diagnostics);
        Assert.Empty(diagnostics);
        return attributes[name].Expression;
    }

    private static HclValue EvaluateClean(IHclExpression expression, EvalContext? context)
    {
        var diagnostics = new DiagnosticBag();
        var value = expression.Evaluate(context, diagnostics);
        Assert.True(diagnostics.Count == 0, diagnostics.ToString());
        return value;
    }

    public static TheoryData<string, HclValue> ParseExpressionCases => new()
    {
        { "\"hello\"", HclValue.String("hello") },
        { "\"hello ${noun}\"", HclValue.String("hello world") },
        { "true", HclValue.True },
        { "false", HclValue.False },
        { "1", HclValue.Number(1) },
        { "{}", HclValue.EmptyObject },
        { "{\"foo\":\"bar\",\"baz\":1}", HclValue.Object([new("baz", HclValue.Number(1)), new("foo", HclValue.String("bar"))]) },
        { "[]", HclValue.EmptyTuple },
        { "[\"1\",2,3]", HclValue.Tuple([HclValue.String("1"), HclValue.Number(2), HclValue.Number(3)]) },
        { "null", HclValue.NullDynamic },
        { "\"${a + b}\"", HclValue.Number(3) },
        { "\"${true}\"", HclValue.True },
        { "\"${1e150}\"", HclValue.Number(HclNumber.Parse("1e150")) },
        { "12345678901234567890.5", HclValue.Number(HclNumber.Parse("12345678901234567890.5")) },
        { "{\"${noun}\": \"${a}\"}", HclValue.Object([new("world", HclValue.Number(1))]) },
    };

    [Theory]
    [MemberData(nameof(ParseExpressionCases))]
    public void Evaluates_with_a_context(string source, HclValue expected) => Assert.Equal(expected, EvaluateClean(Expression(source), Context));

    [Theory]
    [InlineData("\"hello ${noun}\"", "hello ${noun}")]
    [InlineData("\"Hello world! Template sequences like ${ are not intepreted here.\"", "Hello world! Template sequences like ${ are not intepreted here.")]
    [InlineData("\"%{if x}\"", "%{if x}")]
    public void Strings_are_literal_without_a_context(string source, string expected) =>
        Assert.Equal(HclValue.String(expected), EvaluateClean(Expression(source), null));

    [Fact]
    public void Object_keys_are_literal_without_a_context()
    {
        var value = EvaluateClean(Expression("{\"${noun}\": \"${a}\"}"), null);
        Assert.Equal(HclValue.Object([new("${noun}", HclValue.String("${a}"))]), value);
    }

    [Fact]
    public void Template_in_a_file()
    {
        Assert.Equal(HclValue.String("hello world"), EvaluateClean(Attribute("{\"greeting\": \"hello ${\\\"world\\\"}\"}", "greeting"), new EvalContext()));
        Assert.Equal(HclValue.True, EvaluateClean(Attribute("{\"greeting\": \"${true}\"}", "greeting"), new EvalContext()));
    }

    [Fact]
    public void Every_json_type_maps_to_its_value()
    {
        const string source = """
            {
              "string": "string_val",
              "number": 5,
              "bool_true": true,
              "bool_false": false,
              "array": ["a"],
              "object": {"key": "value"},
              "null": null
            }
            """;
        var diagnostics = new DiagnosticBag();
        var attributes = ParseClean(source).Body.JustAttributes(diagnostics);
        var expected = new Dictionary<string, HclValue>
        {
            ["string"] = HclValue.String("string_val"),
            ["number"] = HclValue.Number(5),
            ["bool_true"] = HclValue.True,
            ["bool_false"] = HclValue.False,
            ["array"] = HclValue.Tuple([HclValue.String("a")]),
            ["object"] = HclValue.Object([new("key", HclValue.String("value"))]),
            ["null"] = HclValue.NullDynamic,
        };
        Assert.Equal(expected.Keys, attributes.Keys);
        foreach (var (name, value) in expected)
        {
            Assert.Equal(value, EvaluateClean(attributes[name].Expression, new EvalContext()));
        }
    }

    [Theory]
    [InlineData("{\"v\": \"happy ${VAR1}\"}")]
    [InlineData("{\"v\": {\"key\": \"happy ${VAR1}\"}}")]
    [InlineData("{\"v\": {\"happy ${VAR1}\": \"val\"}}")]
    [InlineData("{\"v\": [\"happy ${VAR1}\"]}")]
    public void Templates_evaluate_everywhere(string source)
    {
        var value = EvaluateClean(Attribute(source, "v"), Context);
        Assert.Contains("happy case", value.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_variable_in_a_string()
    {
        var diagnostics = new DiagnosticBag();
        var value = Attribute("{\"v\": \"happy ${UNKNOWN}\"}", "v").Evaluate(Context, diagnostics);
        Assert.Equal("Unknown variable", diagnostics[0].Summary);
        Assert.False(value.IsKnown);
        Assert.Equal(HclType.String, value.Type);
    }

    [Fact]
    public void Unknown_variable_in_an_array_or_object_value_keeps_the_shape()
    {
        var diagnostics = new DiagnosticBag();
        var tuple = Attribute("{\"v\": [\"happy ${UNKNOWN}\"]}", "v").Evaluate(Context, diagnostics);
        Assert.Equal(HclType.Tuple([HclType.String]), tuple.Type);
        var obj = Attribute("{\"v\": {\"key\": \"happy ${UNKNOWN}\"}}", "v").Evaluate(Context, diagnostics);
        Assert.Equal(HclType.Object(new Dictionary<string, HclType> { ["key"] = HclType.String }), obj.Type);
        Assert.All(diagnostics, d => Assert.Equal("Unknown variable", d.Summary));
    }

    [Fact]
    public void Unknown_variable_in_an_object_key_makes_the_whole_object_unknown()
    {
        var diagnostics = new DiagnosticBag();
        var value = Attribute("{\"v\": {\"happy ${UNKNOWN}\": \"val\"}}", "v").Evaluate(Context, diagnostics);
        Assert.Equal("Unknown variable", diagnostics[0].Summary);
        Assert.Equal(HclValue.DynamicUnknown, value);
    }

    [Fact]
    public void Duplicate_object_attribute_after_evaluation()
    {
        var diagnostics = new DiagnosticBag();
        var value = Expression("{\"world\": 1, \"${noun}\": 2}").Evaluate(Context, diagnostics);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Duplicate object attribute", diagnostic.Summary);
        Assert.Equal("An attribute named \"world\" was already defined at test.json:1,2-9.", diagnostic.Detail);
        Assert.Equal(HclValue.Object([new("world", HclValue.Number(1))]), value);
    }

    [Theory]
    [InlineData("{\"${null}\": 1}", "Cannot use null value as an object key.")]
    [InlineData("{\"${[1]}\": 1}", "Cannot use this expression as an object key: string required, but have tuple.")]
    public void Invalid_object_keys(string source, string detail)
    {
        var diagnostics = new DiagnosticBag();
        Expression(source).Evaluate(Context, diagnostics);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Invalid object key expression", diagnostic.Summary);
        Assert.Equal(detail, diagnostic.Detail);
    }

    [Fact]
    public void Template_syntax_errors_are_reported_with_an_unknown_result()
    {
        var diagnostics = new DiagnosticBag();
        var value = Expression("\"${\"").Evaluate(Context, diagnostics);
        Assert.True(diagnostics.HasErrors);
        Assert.Equal(HclValue.DynamicUnknown, value);
    }

    [Fact]
    public void Template_errors_point_inside_the_json_string()
    {
        var diagnostics = new DiagnosticBag();
        Expression("  \"x ${nope}\"").Evaluate(Context, diagnostics);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(new SourceRange("test.json", Pos(1, 8, 7), Pos(1, 12, 11)), diagnostic.Subject);
    }

    public static TheoryData<string, string, int, int> VariableCases => new()
    {
        { "{\"a\":\"${foo}\"}", "foo", 9, 8 },
        { "{\"a\":[\"${foo}\"]}", "foo", 10, 9 },
        { "{\"a\":{\"b\":\"${foo}\"}}", "foo", 14, 13 },
        { "{\"a\":{\"${foo}\":\"b\"}}", "foo", 10, 9 },
    };

    [Theory]
    [MemberData(nameof(VariableCases))]
    public void Variables_come_from_templates(string source, string root, int column, int b)
    {
        var traversal = Assert.Single(Attribute(source, "a").Variables());
        Assert.Equal(root, traversal.RootName);
        Assert.Equal(new SourceRange("test.json", Pos(1, column, b), Pos(1, column + 3, b + 3)), traversal.Range);
    }

    [Fact]
    public void No_variables_without_templates() => Assert.Empty(Attribute("{\"a\":true}", "a").Variables());

    [Fact]
    public void Variables_in_order_with_steps()
    {
        var variables = Expression("[\"${var.a.b}\", {\"k\": \"${local.x[0]} ${count.index}\"}]").Variables();
        Assert.Equal(["var", "local", "count"], variables.Select(v => v.RootName));
        Assert.Equal(2, variables[0].Steps.Count);
    }

    [Fact]
    public void As_traversal_parses_the_string()
    {
        var traversal = HclExpressions.AsTraversal(Expression("\"foo.bar[0]\""), new DiagnosticBag());
        Assert.NotNull(traversal);
        Assert.Equal("foo", traversal.RootName);
        Assert.Equal(2, traversal.Steps.Count);
        Assert.Equal("bar", traversal.Steps[0].AttributeName);
        Assert.Equal(HclValue.Number(0), traversal.Steps[1].Key);
    }

    [Theory]
    [InlineData("\"a + b\"")]
    [InlineData("\"f(x)\"")]
    [InlineData("\"${a}\"")]
    [InlineData("1")]
    [InlineData("[\"a\"]")]
    public void As_traversal_rejects_anything_else(string source)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(HclExpressions.AsTraversal(Expression(source), diagnostics));
        Assert.Equal("Invalid expression", Assert.Single(diagnostics).Summary);
    }

    [Theory]
    [InlineData("\"foo\"", "foo")]
    [InlineData("\"foo.bar\"", null)]
    [InlineData("true", null)]
    public void As_keyword(string source, string? expected) => Assert.Equal(expected, HclExpressions.AsKeyword(Expression(source)));

    [Fact]
    public void As_list_is_the_array_elements()
    {
        var expression = Expression("[\"hello\", 1]");
        var list = HclExpressions.AsList(expression, new DiagnosticBag());
        Assert.NotNull(list);
        Assert.Equal(2, list.Count);
        Assert.Same(((JsonArraySyntax)expression.Node).Elements[0], ((JsonExpression)list[0]).Node);
        Assert.Null(HclExpressions.AsList(Expression("{}"), new DiagnosticBag()));
    }

    [Fact]
    public void As_map_keys_are_templates_with_a_context()
    {
        var map = HclExpressions.AsMap(Expression("{\"${noun}\": 1, \"b\": \"x\"}"), new DiagnosticBag());
        Assert.NotNull(map);
        Assert.Equal(2, map.Count);
        Assert.Equal(HclValue.String("world"), EvaluateClean(map[0].Key, Context));
        Assert.Equal(HclValue.String("${noun}"), EvaluateClean(map[0].Key, null));
        Assert.Equal(HclValue.String("x"), EvaluateClean(map[1].Value, null));
        Assert.Null(HclExpressions.AsMap(Expression("[]"), new DiagnosticBag()));
    }

    [Fact]
    public void As_type_constraint_parses_the_string()
    {
        var cases = new (string Source, HclType Expected)[]
        {
            ("\"string\"", HclType.String),
            ("\"list(string)\"", HclType.List(HclType.String)),
            ("\"map(object({a = number}))\"", HclType.Map(HclType.Object(new Dictionary<string, HclType> { ["a"] = HclType.Number }))),
        };
        foreach (var (source, expected) in cases)
        {
            var diagnostics = new DiagnosticBag();
            var type = HclExpressions.AsTypeConstraint(Expression(source), diagnostics);
            Assert.Empty(diagnostics);
            Assert.Equal(expected, type);
        }
    }

    [Theory]
    [InlineData("1", "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).")]
    [InlineData("\"list(\"", "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).")]
    [InlineData("\"strin\"", "The keyword \"strin\" is not a valid type specification.")]
    public void As_type_constraint_errors(string source, string detail)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(HclExpressions.AsTypeConstraint(Expression(source), diagnostics));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Invalid type specification", diagnostic.Summary);
        Assert.Equal(detail, diagnostic.Detail);
    }

    [Fact]
    public void Invalid_values_evaluate_to_unknown()
    {
        var diagnostics = new DiagnosticBag();
        var expression = HclJson.ParseExpression("invalid"u8.ToArray(), "test.json", diagnostics);
        Assert.Equal("Invalid JSON keyword", Assert.Single(diagnostics).Summary);
        Assert.Equal(HclValue.DynamicUnknown, EvaluateClean(expression, Context));
    }

    [Fact]
    public void Expression_start_position_matches_the_file()
    {
        var file = ParseClean("{\n  \"foo\": \"bar\"\n}", string.Empty);
        var diagnostics = new DiagnosticBag();
        var content = file.Body.Content(new BodySchema { Attributes = [new AttributeSchema("foo")] }, diagnostics);
        var part = HclJson.ParseExpression("\"bar\""u8.ToArray(), string.Empty, diagnostics, Pos(2, 10, 0));
        Assert.Empty(diagnostics);
        Assert.Equal(content.Attributes["foo"].Expression.Range.ToString(), part.Range.ToString());
    }
}
