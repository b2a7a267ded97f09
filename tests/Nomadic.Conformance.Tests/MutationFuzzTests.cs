using System.Text;
using CsCheck;
using Nomadic.Conformance.Tests.Infrastructure;
using Nomadic.Hcl;
using Nomadic.Hcl.Conversion;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Conformance.Tests;

/// <summary>
/// Mutated corpus inputs: parsing, converting and evaluating never throw, whatever the bytes; every problem is a
/// diagnostic. Mutations splice in the fragments that stress a parser most: brackets, quotes, template and heredoc
/// markers, escapes, comments and broken UTF-8.
/// </summary>
public sealed class MutationFuzzTests
{
    private static readonly byte[][] Inputs = [.. CorpusLocator.Cases
        .Where(c => c.ExpectedJsonPath is not null || c.ExpectedErrorPath is not null)
        .Select(c => File.ReadAllBytes(c.InputPath))];

    private static readonly byte[][] Fragments = [.. new[]
    {
        "${", "}", "%{", "~}", "\"", "{", "(", ")", "[", "]", "<<EOT\n", "<<-EOT\n", "\nEOT\n", "\\", "\\u12", "\n", "\r",
        "=", ".", "*", ",", "...", " for x in y : ", " if ", "#", "//", "/*", "*/", "?", ":", "=>", "!", "-", "$${", "%%{",
        "é", "\u201C", "\t", ";", "'", "`", "&", "|", "1e", "0.", "a.0.1", "[*]", ".*", "null", "true",
    }.Select(Encoding.UTF8.GetBytes), [0xFF], [0xC3], [0xE2, 0x82], [0x00]];

    private static readonly Gen<(int Kind, int Position, int Length, int Fragment)> Mutation =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, int.MaxValue], Gen.Int[1, 16], Gen.Int[0, Fragments.Length - 1]);

    private static readonly Gen<(int Input, (int Kind, int Position, int Length, int Fragment)[] Mutations)> Case =
        Gen.Select(Gen.Int[0, Math.Max(0, Inputs.Length - 1)], Mutation.Array[1, 6]);

    [Fact]
    public void Mutated_inputs_never_throw() =>
        Case.Sample(c => Exercise(Mutate(Inputs[c.Input], c.Mutations)), iter: 3000, threads: 1);

    /// <summary>A number literal with a huge exponent (<c>3.14…e2643383279…</c>) once escaped as a FormatException.</summary>
    [Fact]
    public void Mutated_input_with_a_huge_exponent_never_throws() =>
        Case.Sample(c => Exercise(Mutate(Inputs[c.Input], c.Mutations)), seed: "fV1T8J8tB291", iter: 1, threads: 1);

    [Fact]
    public void Random_bytes_never_throw() =>
        Gen.Byte.Array[0, 256].Sample(Exercise, iter: 2000, threads: 1);

    [Fact]
    public void Token_soup_never_throws() =>
        Gen.Int[0, Fragments.Length - 1].Array[0, 60]
            .Sample(picks => Exercise([.. picks.SelectMany(i => Fragments[i])]), iter: 2000, threads: 1);

    [Fact]
    public void Truncated_inputs_never_throw()
    {
        foreach (var input in Inputs)
        {
            for (var cut = 0; cut < input.Length; cut += Math.Max(1, input.Length / 40))
            {
                Exercise(input.AsSpan(0, cut).ToArray());
            }
        }
    }

    private static byte[] Mutate(byte[] input, (int Kind, int Position, int Length, int Fragment)[] mutations)
    {
        var bytes = new List<byte>(input);
        foreach (var (kind, position, length, fragment) in mutations)
        {
            var at = bytes.Count == 0 ? 0 : position % (bytes.Count + 1);
            var count = Math.Min(length, bytes.Count - at);
            switch (kind)
            {
                case 0:
                    bytes.InsertRange(at, Fragments[fragment]);
                    break;
                case 1:
                    bytes.RemoveRange(at, count);
                    break;
                case 2:
                    bytes.RemoveRange(at, count);
                    bytes.InsertRange(at, Fragments[fragment]);
                    break;
                default:
                    bytes.InsertRange(at, bytes.GetRange(at, count));
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Parses, converts, evaluates every attribute and re-parses the JSON; only diagnostics may result.</summary>
    private static void Exercise(byte[] source)
    {
        var tree = HclSyntax.ParseConfig(source, "fuzz.hcl");
        AssertDiagnosticsHavePositions(tree.Diagnostics);
        if (!tree.HasErrors)
        {
            var json = NativeToJson.Convert(tree);
            if (json.Json is not null)
            {
                var jsonFile = HclParser.ParseJson(Encoding.UTF8.GetBytes(json.Json), "fuzz.json");
                Assert.False(jsonFile.HasErrors, string.Join(Environment.NewLine, jsonFile.Diagnostics));
            }
        }

        EvaluateAll(tree.Root);
        HclParser.ParseJson(source, "fuzz.json");
    }

    private static void EvaluateAll(SyntaxNode body)
    {
        foreach (var item in body.Children)
        {
            if (item.Kind == NodeKind.Attribute)
            {
                var diags = new DiagnosticBag();
                new NativeExpression(item.FirstChild).Evaluate(RoundTrip.Context(), diags);
                Assert.DoesNotContain(diags, d => d.Detail.Contains("internal error", StringComparison.Ordinal));
            }
            else if (item.Kind == NodeKind.Block)
            {
                foreach (var child in item.Children)
                {
                    if (child.Kind == NodeKind.Body)
                    {
                        EvaluateAll(child);
                    }
                }
            }
        }
    }

    private static void AssertDiagnosticsHavePositions(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Assert.NotNull(d.Subject);
            Assert.True(d.Subject.Value.Start.Line >= 1 && d.Subject.Value.Start.Column >= 1, d.ToString());
        }
    }
}
