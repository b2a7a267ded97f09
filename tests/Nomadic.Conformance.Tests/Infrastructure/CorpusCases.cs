namespace Nomadic.Conformance.Tests.Infrastructure;

/// <summary>
/// xunit data sources over the corpus, one test case per input, displayed by its corpus-relative path:
/// <c>[Theory, MemberData(nameof(CorpusCases.JsonCases), MemberType = typeof(CorpusCases))]</c>.
/// </summary>
public static class CorpusCases
{
    /// <summary>Gets the inputs that the reference implementation converts to HCL JSON (an <c>X.json</c> beside them).</summary>
    public static TheoryData<CorpusCase> JsonCases => ToTheoryData(c => c.ExpectedJsonPath is not null);

    /// <summary>Gets the inputs that the reference implementation rejects (an <c>X.error</c> beside them).</summary>
    public static TheoryData<CorpusCase> ErrorCases => ToTheoryData(c => c.ExpectedErrorPath is not null);

    private static TheoryData<CorpusCase> ToTheoryData(Func<CorpusCase, bool> predicate)
    {
        var data = new TheoryData<CorpusCase>();
        foreach (var corpusCase in CorpusLocator.Cases.Where(predicate))
        {
            data.Add(corpusCase);
        }

        return data;
    }
}
