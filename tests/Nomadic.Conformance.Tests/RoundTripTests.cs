using System.Text;
using Nomadic.Conformance.Tests.Infrastructure;
using Nomadic.Hcl;
using Nomadic.Hcl.Conversion;
using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Conformance.Tests;

/// <summary>
/// Native syntax → our HCL JSON → parsed as HCL JSON syntax: every attribute evaluates to the same value and every
/// block is found again, for every corpus file the reference converts.
/// </summary>
public sealed class RoundTripTests
{
    [Theory]
    [MemberData(nameof(CorpusCases.JsonCases), MemberType = typeof(CorpusCases))]
    public void Json_output_evaluates_to_the_same_values(CorpusCase corpusCase)
    {
        var source = File.ReadAllBytes(corpusCase.InputPath);
        var tree = HclSyntax.ParseConfig(source, corpusCase.RelativePath);
        var json = NativeToJson.Convert(tree).Json!;
        var jsonFile = HclParser.ParseJson(Encoding.UTF8.GetBytes(json), corpusCase.RelativePath + ".json");
        Assert.False(jsonFile.HasErrors, string.Join(Environment.NewLine, jsonFile.Diagnostics));

        RoundTrip.AssertSameContent(tree.Root, new NativeBody(tree.Root), jsonFile.Body, "$");
    }
}

/// <summary>Compares a native body with its JSON form, using a schema read off the native syntax.</summary>
internal static class RoundTrip
{
    private static readonly Dictionary<string, HclFunction> Functions = new(HclStandardLibrary.Create().Concat(ExpressionFunctions.All));

    public static EvalContext Context()
    {
        var context = EvalContext.Create(new Dictionary<string, HclValue> { ["known"] = HclValue.String("k") }, Functions);
        context.UndefinedVariable = traversal => HclValue.String("<" + traversal + ">");
        return context;
    }

    public static void AssertSameContent(SyntaxNode bodyNode, IHclBody native, IHclBody json, string path)
    {
        var schema = SchemaOf(bodyNode);
        var nativeDiags = new DiagnosticBag();
        var jsonDiags = new DiagnosticBag();
        var nativeContent = native.Content(schema, nativeDiags);
        var jsonContent = json.Content(schema, jsonDiags);
        Assert.False(nativeDiags.HasErrors, $"{path}: {nativeDiags}");
        Assert.False(jsonDiags.HasErrors, $"{path}: {jsonDiags}");

        foreach (var (name, attribute) in nativeContent.Attributes)
        {
            Assert.True(jsonContent.Attributes.TryGetValue(name, out var jsonAttribute), $"{path}.{name} is missing from the JSON");
            var nativeEval = new DiagnosticBag();
            var expected = attribute.Expression.Evaluate(Context(), nativeEval);
            if (nativeEval.HasErrors)
            {
                continue;
            }

            var jsonEval = new DiagnosticBag();
            var actual = jsonAttribute!.Expression.Evaluate(Context(), jsonEval);
            Assert.False(jsonEval.HasErrors, $"{path}.{name}: {jsonEval}");
            Assert.True(expected.RawEquals(actual), $"{path}.{name}: native {expected} but JSON {actual}");
        }

        var jsonBlocks = jsonContent.Blocks.GroupBy(Key).ToDictionary(g => g.Key, g => new Queue<HclBlock>(g));
        foreach (var block in nativeContent.Blocks)
        {
            var key = Key(block);
            Assert.True(jsonBlocks.TryGetValue(key, out var queue) && queue.Count > 0, $"{path}: block {key} is missing from the JSON");
            var jsonBlock = queue!.Dequeue();
            AssertSameContent(((NativeBody)block.Body).Node, block.Body, jsonBlock.Body, $"{path}.{key}");
        }
    }

    private static string Key(HclBlock block) => string.Join(' ', [block.Type, .. block.Labels]);

    private static BodySchema SchemaOf(SyntaxNode body)
    {
        var attributes = new List<AttributeSchema>();
        var blocks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in body.Children)
        {
            if (item.Kind == NodeKind.Attribute)
            {
                attributes.Add(new AttributeSchema(item.Name));
            }
            else if (item.Kind == NodeKind.Block)
            {
                blocks[item.Name] = item.Children.Count(c => c.Kind == NodeKind.BlockLabel);
            }
        }

        return new BodySchema
        {
            Attributes = attributes,
            Blocks = [.. blocks.Select(b => new BlockHeaderSchema(b.Key, [.. Enumerable.Range(0, b.Value).Select(i => $"label{i}")]))],
        };
    }
}
