using Nomadic.Conformance.Tests.Infrastructure;
using Nomadic.Hcl;

namespace Nomadic.Conformance.Tests;

public sealed class ExpectedErrorParserTests
{
    [Theory]
    [MemberData(nameof(CorpusCases.ErrorCases), MemberType = typeof(CorpusCases))]
    public void Every_error_file_of_the_corpus_parses(CorpusCase corpusCase)
    {
        var errors = corpusCase.ReadExpectedErrors();

        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.InRange(e.StartLine, 1, int.MaxValue);
            Assert.InRange(e.StartColumn, 1, int.MaxValue);
            Assert.True(
                e.EndLine > e.StartLine || (e.EndLine == e.StartLine && e.EndColumn >= e.StartColumn),
                $"{e} ends before it starts");
            Assert.False(string.IsNullOrWhiteSpace(e.Summary));
            Assert.DoesNotContain(corpusCase.RelativePath, e.Detail, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Same_line_ranges_are_read_as_L_C_C()
    {
        var errors = CorpusLocator.GetCase("hcl/terraform/HCL2TemplateSamples_hcl2githubexample54.tf").ReadExpectedErrors();

        Assert.Equal(5, errors.Count);
        Assert.Equal(
            new ExpectedError(31, 15, 31, 17, "Invalid escape sequence", "The symbol \"/\" is not a valid escape sequence selector."),
            errors[0]);
        Assert.Equal(new[] { 15, 19, 23, 29, 34 }, errors.Select(e => e.StartColumn));
        Assert.Equal(new[] { 17, 21, 25, 31, 36 }, errors.Select(e => e.EndColumn));
    }

    [Fact]
    public void Multi_line_ranges_are_read_as_L_C_L_C()
    {
        var errors = CorpusLocator.GetCase("hcl/specsuite/structure_blocks_single_oneline_invalid.hcl").ReadExpectedErrors();

        Assert.Equal(
            ["1,14-15", "2,14-3,1", "4,14-5,1", "6,14-7,1", "9,5-8"],
            errors.Select(e => e.ToString()[..e.ToString().IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal("Invalid single-argument block definition", errors[1].Summary);
        Assert.StartsWith("An argument definition on the same line", errors[1].Detail, StringComparison.Ordinal);
        Assert.Equal(new ExpectedError(9, 5, 9, 8, "Argument definition required", errors[4].Detail), errors[4]);
        Assert.EndsWith("place it on a line of its own within its parent block.", errors[4].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_diagnostic_keeps_its_whole_detail()
    {
        var errors = CorpusLocator.GetCase("hcl/specsuite/structure_blocks_single_unclosed.hcl").ReadExpectedErrors();

        var error = Assert.Single(errors);
        Assert.Equal(new ExpectedError(
            1, 3, 1, 4,
            "Unclosed configuration block",
            "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file."),
            error);
    }

    [Fact]
    public void The_file_name_is_taken_from_the_first_entry_when_not_given()
    {
        var errors = ExpectedErrorParser.Parse(
            "parse config: [a/b.hcl:1,2-3: One; first detail. a/b.hcl:4,5-6,7: Two; second; detail]\n");

        Assert.Equal(
            [new ExpectedError(1, 2, 1, 3, "One", "first detail."), new ExpectedError(4, 5, 6, 7, "Two", "second; detail")],
            errors);
    }

    [Fact]
    public void A_diagnostic_without_detail_has_an_empty_detail()
    {
        var error = Assert.Single(ExpectedErrorParser.Parse("x.hcl:1,1-2: Just a summary", "x.hcl"));

        Assert.Equal(new ExpectedError(1, 1, 1, 2, "Just a summary", string.Empty), error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("parse config: []")]
    [InlineData("something went wrong")]
    public void Text_without_diagnostics_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => ExpectedErrorParser.Parse(text));

    [Fact]
    public void Text_for_another_file_is_a_format_error() =>
        Assert.Throws<FormatException>(() => ExpectedErrorParser.Parse("parse config: [a.hcl:1,1-2: S; d]", "b.hcl"));

    [Fact]
    public void A_nomadic_diagnostic_matches_the_entry_with_its_range_and_summary()
    {
        var range = new SourceRange("x.hcl", new SourcePos(2, 14, 20), new SourcePos(3, 1, 30));
        var diagnostic = Diagnostic.Error(range, "Invalid single-argument block definition", "Some other wording.");
        var expected = new ExpectedError(2, 14, 3, 1, "Invalid single-argument block definition", "The reference wording.");

        Assert.True(expected.Matches(diagnostic));
        Assert.False((expected with { EndColumn = 2 }).Matches(diagnostic));
        Assert.False((expected with { Summary = "Other" }).Matches(diagnostic));
        Assert.Equal(expected with { Detail = "Some other wording." }, ExpectedError.FromDiagnostic(diagnostic));
    }
}
