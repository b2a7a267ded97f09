using System.Text;
using Nomadic.Conformance.Tests.Infrastructure;
using Nomadic.Hcl.Conversion;

namespace Nomadic.Conformance.Tests;

/// <summary>
/// <c>nomadic hcl2json</c> against HashiCorp's reference: for every corpus input with an <c>X.json</c>, the same JSON
/// (compared as parsed JSON); for every input with an <c>X.error</c>, a failure with diagnostics at the same positions.
/// </summary>
public sealed class HclToJsonConformanceTests
{
    [Theory]
    [MemberData(nameof(CorpusCases.JsonCases), MemberType = typeof(CorpusCases))]
    public void Converts_like_the_reference(CorpusCase corpusCase)
    {
        var result = NativeToJson.Convert(File.ReadAllBytes(corpusCase.InputPath), corpusCase.RelativePath);

        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Diagnostics));
        var difference = JsonSemanticComparer.Compare(corpusCase.ReadExpectedJson(), result.Json!);
        Assert.True(difference is null, difference);
    }

    [Theory]
    [MemberData(nameof(CorpusCases.ErrorCases), MemberType = typeof(CorpusCases))]
    public void Rejects_like_the_reference_at_the_same_positions(CorpusCase corpusCase)
    {
        var result = NativeToJson.Convert(File.ReadAllBytes(corpusCase.InputPath), corpusCase.RelativePath);

        Assert.True(result.HasErrors);
        var expected = corpusCase.ReadExpectedErrors();
        var actual = result.Diagnostics.Select(ExpectedError.FromDiagnostic).ToList();
        var report = new StringBuilder().AppendLine("expected:").AppendJoin(Environment.NewLine, expected)
            .AppendLine().AppendLine("actual:").AppendJoin(Environment.NewLine, actual).ToString();
        Assert.True(expected.Count == actual.Count, report);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Matches(result.Diagnostics[i]), report);
            Assert.Equal(expected[i].Detail, result.Diagnostics[i].Detail);
        }
    }
}
