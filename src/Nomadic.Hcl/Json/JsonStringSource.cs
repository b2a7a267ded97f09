using System.Text;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl.Json;

/// <summary>
/// Reads the content of a JSON string as native syntax: as a template for evaluation, or as an expression for static
/// analysis. Positions start just inside the opening quote; escapes in the JSON source shift them, as in hcl.
/// </summary>
internal static class JsonStringSource
{
    /// <summary>Parses the string as a native template.</summary>
    /// <param name="node">The string.</param>
    /// <param name="options">Parser limits.</param>
    /// <returns>The template's tree.</returns>
    public static SyntaxTree ParseTemplate(JsonStringSyntax node, HclParserOptions options) =>
        HclSyntax.ParseTemplate(Encoding.UTF8.GetBytes(node.Value), node.Range.FileName, ContentStart(node), options);

    /// <summary>Parses the string as a native expression.</summary>
    /// <param name="node">The string.</param>
    /// <param name="options">Parser limits.</param>
    /// <returns>The expression's tree.</returns>
    public static SyntaxTree ParseExpression(JsonStringSyntax node, HclParserOptions options) =>
        HclSyntax.ParseExpression(Encoding.UTF8.GetBytes(node.Value), node.Range.FileName, ContentStart(node), options);

    private static SourcePos ContentStart(JsonStringSyntax node)
    {
        var start = node.Range.Start;
        return new SourcePos(start.Line, start.Column + 1, start.Byte + 1);
    }
}
