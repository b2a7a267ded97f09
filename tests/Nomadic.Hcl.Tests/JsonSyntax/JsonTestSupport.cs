using System.Text;
using Nomadic.Hcl.Json;

namespace Nomadic.Hcl.Tests.JsonSyntax;

internal static class JsonTestSupport
{
    public static SourcePos Pos(int line, int column, int b) => new(line, column, b);

    public static SourceRange Range(int startColumn, int startByte, int endColumn, int endByte, string file = "") =>
        new(file, new SourcePos(1, startColumn, startByte), new SourcePos(1, endColumn, endByte));

    /// <summary>Parses one value as hcl's tests do with parseFileContent.</summary>
    public static (JsonSyntaxNode Node, DiagnosticBag Diagnostics) ParseValue(string source, SourcePos? start = null)
    {
        var diagnostics = new DiagnosticBag();
        var expression = HclJson.ParseExpression(Encoding.UTF8.GetBytes(source), string.Empty, diagnostics, start);
        return (expression.Node, diagnostics);
    }

    public static HclFile ParseFile(string source, string fileName = "test.json") =>
        HclJson.ParseFile(Encoding.UTF8.GetBytes(source), fileName);

    public static HclFile ParseClean(string source, string fileName = "test.json")
    {
        var file = ParseFile(source, fileName);
        Assert.Empty(file.Diagnostics);
        return file;
    }
}
