namespace Nomadic.Hcl.Syntax;

/// <summary>Entry points of the native syntax parser.</summary>
public static class HclSyntax
{
    /// <summary>Parses a configuration file. The returned tree is complete even when it has error diagnostics.</summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name to put in ranges and diagnostics.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The tree; its root is a <see cref="NodeKind.Body"/>.</returns>
    public static SyntaxTree ParseConfig(ReadOnlyMemory<byte> source, string fileName, HclParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Parser.ParseConfig(new SyntaxTree(fileName, source, SourcePos.Start), (options ?? HclParserOptions.Default).MaxNestingDepth);
    }

    /// <summary>Parses a standalone expression, such as a command-line value.</summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name to put in ranges and diagnostics.</param>
    /// <param name="start">The position of the source's first byte, when it is part of a larger file.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The tree; its root is the expression.</returns>
    public static SyntaxTree ParseExpression(ReadOnlyMemory<byte> source, string fileName, SourcePos? start = null, HclParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Parser.ParseExpressionSource(new SyntaxTree(fileName, source, start ?? SourcePos.Start), (options ?? HclParserOptions.Default).MaxNestingDepth);
    }

    /// <summary>Parses a bare template: literal text with <c>${}</c> interpolations and <c>%{}</c> directives.</summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name to put in ranges and diagnostics.</param>
    /// <param name="start">The position of the source's first byte, when it is part of a larger file.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The tree; its root is a template or template wrapper.</returns>
    public static SyntaxTree ParseTemplate(ReadOnlyMemory<byte> source, string fileName, SourcePos? start = null, HclParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Parser.ParseTemplateSource(new SyntaxTree(fileName, source, start ?? SourcePos.Start), (options ?? HclParserOptions.Default).MaxNestingDepth);
    }
}
