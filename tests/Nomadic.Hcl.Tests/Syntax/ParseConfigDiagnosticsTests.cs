namespace Nomadic.Hcl.Tests.Syntax;

/// <summary>
/// HCL's TestParseConfigDiagnostics: unclosed blocks, constructors, calls, parentheses and templates produce exactly
/// these diagnostics, with their subject and context ranges.
/// </summary>
public sealed class ParseConfigDiagnosticsTests
{
    [Theory]
    [InlineData("blah {\n", "test.hcl:1,6-7: Unclosed configuration block; There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.")]
    [InlineData("blah {\n  a = 1\n", "test.hcl:1,6-7: Unclosed configuration block; There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.")]
    [InlineData("blah {", "test.hcl:1,6-7: Unclosed configuration block; There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.")]
    [InlineData("blah { a = 1", "test.hcl:1,6-7: Unclosed configuration block; There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file. [context test.hcl:1,1-7]")]
    [InlineData("foo = { a = 1", "test.hcl:1,7-8: Unterminated object constructor expression; There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.")]
    [InlineData("foo = { a ", "test.hcl:1,7-8: Unterminated object constructor expression; There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.")]
    [InlineData("foo = [ a", "test.hcl:1,7-8: Unterminated tuple constructor expression; There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.")]
    [InlineData("foo = boop(\"a\"", "test.hcl:1,7-12: Unterminated function call; There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.")]
    [InlineData("foo = (1", "test.hcl:1,9-9: Unbalanced parentheses; Expected a closing parenthesis to terminate the expression. [context test.hcl:1,7-9]")]
    [InlineData("foo = \"${a", "test.hcl:1,8-10: Unclosed template interpolation sequence; There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.")]
    [InlineData("foo = \"${a\"", "test.hcl:1,8-10: Unclosed template interpolation sequence; There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.")]
    [InlineData("foo = \"${a}", "test.hcl:1,12-12: Unterminated template string; No closing marker was found for the string. [context test.hcl:1,8-12]")]
    [InlineData("foo = {", "test.hcl:1,8-8: Missing expression; Expected the start of an expression, but found the end of the file.")]
    [InlineData("foo = [", "test.hcl:1,8-8: Missing expression; Expected the start of an expression, but found the end of the file.")]
    [InlineData("foo = foo(", "test.hcl:1,11-11: Missing expression; Expected the start of an expression, but found the end of the file.")]
    public void Reports_unclosed_constructs_like_hcl(string input, string want)
    {
        var tree = TreeDump.Parse(input);

        Assert.Equal(want, string.Join("\n", tree.Diagnostics.Select(d => d.Context is { } c ? $"{d} [context {c}]" : d.ToString())));
    }
}
