using System.Globalization;
using System.Text;
using CsCheck;
using Nomadic.Hcl.Json;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.JsonSyntax;

public class JsonPropertyTests
{
    private static readonly Gen<string> Key = Gen.OneOf(
        Gen.Const("//"),
        Gen.String[Gen.Char.AlphaNumeric, 0, 6],
        Gen.OneOfConst("a", "b", "${x}", "é", "\u0065\u0301", "\"q\"", "\\", "\n", "🇬🇧"));

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.OneOfConst("true", "false", "null", "0", "-0", "1e3", "-12.5E-2", "123456789012345678901234567890"),
        Gen.Long.Select(n => n.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Where(double.IsFinite).Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        Gen.String.Select(Quote),
        Key.Select(Quote),
        Gen.OneOfConst("\"${1 + 2}\"", "\"${x}\"", "\"%{ if true }y%{ endif }\"", "\"${\"", "\"\\ud800\""));

    private static readonly Gen<string> Document = Gen.Recursive<string>((depth, self) => depth >= 5
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, self.List[0, 4].Select(items => "[" + string.Join(", ", items) + "]")),
            (2, Gen.Select(Key, self).List[0, 4].Select(props => "{" + string.Join(",\n", props.Select(p => Quote(p.Item1) + " :\t" + p.Item2)) + "}"))));

    private static readonly BodySchema Schema = new()
    {
        Attributes = [new AttributeSchema("a"), new AttributeSchema("b", Required: true)],
        Blocks = [new BlockHeaderSchema("x", ["l"]), new BlockHeaderSchema("y")],
    };

    private static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                < ' ' => sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }

    private static void Exercise(HclFile file)
    {
        var diagnostics = new DiagnosticBag();
        var context = EvalContext.Create(new Dictionary<string, HclValue> { ["x"] = HclValue.String("X") });
        foreach (var attribute in file.Body.JustAttributes(diagnostics).Values)
        {
            attribute.Expression.Evaluate(context, diagnostics);
            attribute.Expression.Evaluate(null, diagnostics);
            attribute.Expression.Variables();
            HclExpressions.AsTraversal(attribute.Expression, diagnostics);
            HclExpressions.AsTypeConstraint(attribute.Expression, diagnostics);
            HclExpressions.AsList(attribute.Expression, diagnostics);
            HclExpressions.AsMap(attribute.Expression, diagnostics);
        }

        var content = file.Body.Content(Schema, diagnostics);
        foreach (var block in content.Blocks)
        {
            block.Body.Content(Schema, diagnostics);
        }
    }

    [Fact]
    public void Generated_documents_parse_cleanly_and_decode_without_exceptions()
    {
        Document.Sample(source =>
        {
            var diagnostics = new DiagnosticBag();
            var expression = HclJson.ParseExpression(Encoding.UTF8.GetBytes(source), "gen.json", diagnostics);
            Assert.True(diagnostics.Count == 0, source + "\n" + diagnostics);
            Assert.IsNotType<JsonInvalidSyntax>(expression.Node);
            Assert.Equal(Encoding.UTF8.GetByteCount(source), expression.Range.End.Byte);
            Exercise(HclJson.ParseFile(Encoding.UTF8.GetBytes(source), "gen.json"));
        });
    }

    [Fact]
    public void Literal_evaluation_of_generated_documents_never_fails()
    {
        Document.Sample(source =>
        {
            var diagnostics = new DiagnosticBag();
            var expression = HclJson.ParseExpression(Encoding.UTF8.GetBytes(source), "gen.json", diagnostics);
            var value = expression.Evaluate(null, diagnostics);
            Assert.True(value.IsKnown || diagnostics.Count > 0, source);
        });
    }

    [Fact]
    public void Random_bytes_only_produce_diagnostics()
    {
        Gen.Byte.Array[0, 64].Sample(bytes =>
        {
            var file = HclJson.ParseFile(bytes, "random.json");
            Assert.NotNull(file.Body);
            Exercise(file);
        });
    }

    [Fact]
    public void Mutated_documents_only_produce_diagnostics()
    {
        var alphabet = Gen.OneOfConst((byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'"', (byte)'\\', (byte)'=', (byte)'1', (byte)'e', (byte)'-', (byte)'t', (byte)'\n', (byte)0xC3, (byte)0x80);
        Gen.Select(Document, Gen.Int[0, 1000], alphabet, Gen.Int[0, 2]).Sample((source, position, replacement, mode) =>
        {
            var bytes = Encoding.UTF8.GetBytes(source).ToList();
            var at = bytes.Count == 0 ? 0 : position % bytes.Count;
            switch (mode)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = replacement;
                    break;
                case 1:
                    bytes.Insert(at, replacement);
                    break;
                default:
                    bytes.RemoveRange(at, Math.Min(3, bytes.Count - at));
                    break;
            }

            var file = HclJson.ParseFile(bytes.ToArray(), "mutated.json");
            Assert.All(file.Diagnostics, d => Assert.NotNull(d.Subject));
            Exercise(file);
        });
    }
}
