using System.Text;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl.Tests.Evaluation;

/// <summary>
/// HCL's TestTemplateExprParseAndValue and its neighbours: bare templates, parsed with <see cref="HclParser.ParseTemplate"/>.
/// A template with parse errors is not evaluated; only its diagnostics are counted. Refinements (such as a known
/// prefix of an unknown string) and marks are not implemented, so those cases compare plain values.
/// </summary>
public sealed class TemplateTableTests
{
    [Theory]
    [InlineData("1", null, "\"1\"", 0)]
    [InlineData("(1)", null, "\"(1)\"", 0)]
    [InlineData("true", null, "\"true\"", 0)]
    [InlineData("\nhello world\n", null, "\"\\nhello world\\n\"", 0)]
    [InlineData("hello ${\"world\"}", null, "\"hello world\"", 0)]
    [InlineData("hello\\nworld", null, "\"hello\\\\nworld\"", 0)]
    [InlineData("hello ${12.5}", null, "\"hello 12.5\"", 0)]
    [InlineData("silly ${\"${\"nesting\"}\"}", null, "\"silly nesting\"", 0)]
    [InlineData("silly ${\"${true}\"}", null, "\"silly true\"", 0)]
    [InlineData("hello $${escaped}", null, "\"hello $${escaped}\"", 0)]
    [InlineData("hello $$nonescape", null, "\"hello $$nonescape\"", 0)]
    [InlineData("hello %${\"world\"}", null, "\"hello %world\"", 0)]
    [InlineData("${true}", null, "true", 0)]
    [InlineData("trim ${~ \"trim\"}", null, "\"trimtrim\"", 0)]
    [InlineData("${\"trim\" ~} trim", null, "\"trimtrim\"", 0)]
    [InlineData("trim\n${~\"trim\"~}\ntrim", null, "\"trimtrimtrim\"", 0)]
    [InlineData(" ${~ true ~} ", null, "\"true\"", 0)]
    [InlineData("${\"hello \"}${~\"trim\"~}${\" hello\"}", null, "\"hello trim hello\"", 0)]
    [InlineData("${true}${~\"trim\"~}${true}", null, "\"truetrimtrue\"", 0)]
    [InlineData("%{ if true ~} hello %{~ endif }", null, "\"hello\"", 0)]
    [InlineData("%{ if false ~} hello %{~ endif}", null, "\"\"", 0)]
    [InlineData("%{ if true ~} hello %{~ else ~} goodbye %{~ endif }", null, "\"hello\"", 0)]
    [InlineData("%{ if false ~} hello %{~ else ~} goodbye %{~ endif }", null, "\"goodbye\"", 0)]
    [InlineData("%{ if true ~} %{~ if false ~} hello %{~ else ~} goodbye %{~ endif ~} %{~ endif }", null, "\"goodbye\"", 0)]
    [InlineData("%{ if false ~} %{~ if false ~} hello %{~ else ~} goodbye %{~ endif ~} %{~ endif }", null, "\"\"", 0)]
    [InlineData("%{ of true ~} hello %{~ endif}", null, null, 2)]
    [InlineData("%{ for v in [\"a\", \"b\", \"c\"] }${v}%{ endfor }", null, "\"abc\"", 0)]
    [InlineData("%{ for v in [\"a\", \"b\", \"c\"] } ${v} %{ endfor }", null, "\" a  b  c \"", 0)]
    [InlineData("%{ for v in [\"a\", \"b\", \"c\"] ~} ${v} %{~ endfor }", null, "\"abc\"", 0)]
    [InlineData("%{ for v in [] }${v}%{ endfor }", null, "\"\"", 0)]
    [InlineData("%{ for i, v in [\"a\", \"b\", \"c\"] }${i}${v}%{ endfor }", null, "\"0a1b2c\"", 0)]
    [InlineData("%{ for k, v in {\"A\" = \"a\", \"B\" = \"b\", \"C\" = \"c\"} }${k}${v}%{ endfor }", null, "\"AaBbCc\"", 0)]
    [InlineData("%{ for v in [\"a\", \"b\", \"c\"] }${v}${nl}%{ endfor }", "{nl = \"\\n\"}", "\"a\\nb\\nc\\n\"", 0)]
    [InlineData("\\n", null, "\"\\\\n\"", 0)]
    [InlineData("\\uu1234", null, "\"\\\\uu1234\"", 0)]
    [InlineData("$", null, "\"$\"", 0)]
    [InlineData("$$", null, "\"$$\"", 0)]
    [InlineData("%", null, "\"%\"", 0)]
    [InlineData("%%", null, "\"%%\"", 0)]
    [InlineData("hello %%{ if true }world%%{ endif }", null, "\"hello %%{ if true }world%%{ endif }\"", 0)]
    [InlineData("hello $%{ if true }world%{ endif }", null, "\"hello $world\"", 0)]
    [InlineData("%{ endif }", null, null, 1)]
    [InlineData("%{ endfor }", null, null, 1)]
    [InlineData("test_${unknown}", "{unknown = unknown(\"\")}", "unknown(\"\")", 0)]
    [InlineData("test_${known}_${unknown}", "{known = \"known\", unknown = unknown(\"\")}", "unknown(\"\")", 0)]
    [InlineData("hello%{ if false } ${target}%{ endif }", "{target = \"world\"}", "\"hello\"", 0)]
    [InlineData("${greeting} ${target}", "{greeting = \"hello\", target = \"world\"}", "\"hello world\"", 0)]
    [InlineData("Authenticate with \"${secrets.passphrase}\"", "{secrets = convert({passphrase = \"my voice is my passport\"}, map(string))}", "\"Authenticate with \\\"my voice is my passport\\\"\"", 0)]
    [InlineData("%{ for s in secrets }${s}%{ endfor }", "{secrets = convert([\"foo\", \"bar\", \"baz\"], list(string))}", "\"foobarbaz\"", 0)]
    [InlineData("test_${target}", "{target = unknown(\"\")}", "unknown(\"\")", 0)]
    public void Parses_and_evaluates_templates_like_hcl(string input, string? variables, string? want, int diagCount)
    {
        var diags = new DiagnosticBag();
        var template = HclParser.ParseTemplate(input, "test.hcl", diags);
        if (!diags.HasErrors)
        {
            var got = template.Evaluate(TestValues.Context(variables, null), diags);
            TestValues.AssertRawEqual(TestValues.Value(want!), got, input);
        }

        Assert.True(diagCount == diags.Count, $"{input}: want {diagCount} diagnostics, got {diags.Count}:\n{diags}");
    }

    [Fact]
    public void A_long_static_prefix_does_not_matter_to_an_unknown_result()
    {
        var context = TestValues.Context("{unknown = unknown(\"\")}", null);
        var diags = new DiagnosticBag();

        var got = HclParser.ParseTemplate(new string('_', 130) + "${unknown}", "test.hcl", diags).Evaluate(context, diags);

        Assert.Empty(diags);
        TestValues.AssertRawEqual(TestValues.Value("unknown(\"\")"), got, "prefix");
    }

    [Theory]
    [InlineData("prefix${provider::}", "unknown(\"\")")]
    [InlineData("${provider::}", "unknown(null)")]
    public void An_invalid_template_evaluates_gracefully(string input, string want)
    {
        var diags = new DiagnosticBag();
        var template = HclParser.ParseTemplate(input, "test.hcl", diags);

        var got = template.Evaluate(null, new DiagnosticBag());

        Assert.True(diags.HasErrors);
        TestValues.AssertRawEqual(TestValues.Value(want), got, input);
    }

    /// <summary>HCL's TestTemplateExprIsStringLiteral: a template is a string literal when it is one literal part.</summary>
    [Theory]
    [InlineData("a", true)]
    [InlineData("a$b", true)]
    [InlineData("a%%b", true)]
    [InlineData("a\nb", true)]
    [InlineData("a$${\"b\"}", true)]
    [InlineData("${1}", false)]
    [InlineData("${\"b\"}", false)]
    [InlineData("a${1}", false)]
    [InlineData("a${\"b\"}", false)]
    public void Literal_only_templates_are_one_literal_part(string input, bool isStringLiteral)
    {
        var tree = HclSyntax.ParseTemplate(Encoding.UTF8.GetBytes(input), "test.hcl");

        Assert.Empty(tree.Diagnostics);
        var root = tree.Root;
        var literal = root.Kind == NodeKind.Template && root.ChildCount == 1 && root.FirstChild.Kind == NodeKind.TemplateLiteral;
        Assert.Equal(isStringLiteral, literal);
    }
}
