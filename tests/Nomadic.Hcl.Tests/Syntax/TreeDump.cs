using System.Globalization;
using System.Text;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl.Tests.Syntax;

/// <summary>
/// Renders the structure of a parsed file in the shape of HCL's hclsyntax.Body: the body's range, then its attributes
/// in name order (range, name range, expression range) and its blocks in source order (type range, labels with their
/// ranges, body range), nested bodies indented. Positions are <c>line,column(byte)</c>.
/// </summary>
internal static class TreeDump
{
    public static SyntaxTree Parse(string source) => HclSyntax.ParseConfig(Encoding.UTF8.GetBytes(source), "test.hcl");

    public static string Body(SyntaxNode body)
    {
        var sb = new StringBuilder();
        sb.Append("body ").Append(Format(body.Range));
        AppendItems(sb, body, 1);
        return sb.ToString();
    }

    public static string Format(SourceRange range) => string.Create(
        CultureInfo.InvariantCulture,
        $"{range.Start.Line},{range.Start.Column}({range.Start.Byte})-{range.End.Line},{range.End.Column}({range.End.Byte})");

    private static void AppendItems(StringBuilder sb, SyntaxNode body, int depth)
    {
        var indent = new string(' ', depth * 2);
        var attributes = new List<SyntaxNode>();
        var blocks = new List<SyntaxNode>();
        foreach (var item in body.Children)
        {
            (item.Kind == NodeKind.Attribute ? attributes : blocks).Add(item);
        }

        foreach (var attribute in attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            sb.Append('\n').Append(indent).Append("attr ").Append(attribute.Name)
                .Append(' ').Append(Format(attribute.Range))
                .Append(" name ").Append(Format(attribute.NameRange))
                .Append(" expr ").Append(Format(attribute.FirstChild.Range));
        }

        foreach (var block in blocks)
        {
            var labels = new List<string>();
            SyntaxNode? blockBody = null;
            foreach (var child in block.Children)
            {
                if (child.Kind == NodeKind.BlockLabel)
                {
                    labels.Add($"{child.StringValue}@{Format(child.Range)}");
                }
                else
                {
                    blockBody = child;
                }
            }

            sb.Append('\n').Append(indent).Append("block ").Append(block.Name)
                .Append(" type ").Append(Format(block.NameRange))
                .Append(" labels [").Append(string.Join(" ", labels)).Append(']')
                .Append(" body ").Append(blockBody is { } b ? Format(b.Range) : "none");
            if (blockBody is { } nested)
            {
                AppendItems(sb, nested, depth + 1);
            }
        }
    }
}
