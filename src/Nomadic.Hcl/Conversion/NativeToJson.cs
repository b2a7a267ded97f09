using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Conversion;

/// <summary>
/// Converts native syntax to HCL JSON exactly as HashiCorp's <c>hcl2json</c> does: blocks become nested objects keyed
/// by type and labels with an array of bodies at the end; literal values become JSON values; any other expression
/// becomes <c>"${source}"</c>; templates keep their interpolations and directives as template text.
/// </summary>
public static class NativeToJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 4096,
    };

    /// <summary>Parses and converts a configuration file.</summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name for diagnostics.</param>
    /// <param name="options">Parser limits, or null for the defaults.</param>
    /// <returns>The JSON, or the diagnostics that prevented it.</returns>
    public static HclJsonResult Convert(ReadOnlyMemory<byte> source, string fileName, HclParserOptions? options = null)
    {
        var tree = HclSyntax.ParseConfig(source, fileName, options);
        if (tree.HasErrors)
        {
            return new HclJsonResult(null, tree.Diagnostics);
        }

        return Convert(tree);
    }

    /// <summary>Converts an already-parsed configuration file.</summary>
    /// <param name="tree">A tree whose root is a body, without errors.</param>
    /// <returns>The JSON, or the diagnostics that prevented it.</returns>
    public static HclJsonResult Convert(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        try
        {
            var converter = new Converter(tree);
            var root = converter.ConvertBody(tree.Root);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                JsonTreeWriter.Write(writer, root);
            }

            return new HclJsonResult(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), tree.Diagnostics);
        }
        catch (ConversionException ex)
        {
            var diags = new List<Diagnostic>(tree.Diagnostics) { Diagnostic.Error(ex.Subject, "Cannot convert to JSON", ex.Message) };
            return new HclJsonResult(null, diags);
        }
    }

    private sealed class ConversionException(SourceRange? subject, string message) : Exception(message)
    {
        public SourceRange? Subject { get; } = subject;
    }

    private sealed class Converter(SyntaxTree tree)
    {
        private readonly ReadOnlyMemory<byte> _source = tree.Source;

        public SortedDictionary<string, object?> ConvertBody(SyntaxNode body)
        {
            EnsureStack(body);
            var output = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var item in body.Children)
            {
                if (item.Kind == NodeKind.Block)
                {
                    ConvertBlock(item, output);
                }
            }

            foreach (var item in body.Children)
            {
                if (item.Kind == NodeKind.Attribute)
                {
                    output[item.Name] = ConvertExpression(item.FirstChild);
                }
            }

            return output;
        }

        private void ConvertBlock(SyntaxNode block, SortedDictionary<string, object?> output)
        {
            var key = block.Name;
            SyntaxNode blockBody = default;
            foreach (var child in block.Children)
            {
                if (child.Kind == NodeKind.Body)
                {
                    blockBody = child;
                    continue;
                }

                if (output.TryGetValue(key, out var existing))
                {
                    output = existing as SortedDictionary<string, object?>
                        ?? throw new ConversionException(block.Range, $"Unable to convert Block to JSON: {block.Name}.{string.Join('.', Labels(block))}");
                }
                else
                {
                    var nested = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                    output[key] = nested;
                    output = nested;
                }

                key = child.StringValue;
            }

            var value = ConvertBody(blockBody);
            if (output.TryGetValue(key, out var current))
            {
                var list = current as List<object?>
                    ?? throw new ConversionException(block.Range, $"invalid HCL detected for \"{key}\" block, cannot have blocks with and without labels");
                list.Add(value);
            }
            else
            {
                output[key] = new List<object?> { value };
            }
        }

        private static IEnumerable<string> Labels(SyntaxNode block)
        {
            foreach (var child in block.Children)
            {
                if (child.Kind == NodeKind.BlockLabel)
                {
                    yield return child.StringValue;
                }
            }
        }

        private object? ConvertExpression(SyntaxNode expr)
        {
            EnsureStack(expr);
            switch (expr.Kind)
            {
                case NodeKind.Literal:
                    return LiteralJson(expr);
                case NodeKind.Unary:
                    return ConvertUnary(expr);
                case NodeKind.Template:
                    return ConvertTemplate(expr);
                case NodeKind.TemplateWrap:
                    return ConvertExpression(expr.FirstChild);
                case NodeKind.Tuple:
                    var list = new List<object?>();
                    foreach (var element in expr.Children)
                    {
                        list.Add(ConvertExpression(element));
                    }

                    return list;
                case NodeKind.Object:
                    var obj = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var item in expr.Children)
                    {
                        var keyNode = item.FirstChild;
                        var valueNode = new SyntaxNode(tree, keyNode.SubtreeEnd);
                        obj[ConvertKey(keyNode)] = ConvertExpression(valueNode);
                    }

                    return obj;
                default:
                    return WrapExpression(expr);
            }
        }

        private object? ConvertUnary(SyntaxNode unary)
        {
            var operand = unary.FirstChild;
            if (operand.Kind != NodeKind.Literal)
            {
                return WrapExpression(unary);
            }

            var kind = (LiteralKind)operand.Data;
            switch ((Operator)unary.Data, kind)
            {
                case (Operator.Not, LiteralKind.True):
                    return JsonLiteral.False;
                case (Operator.Not, LiteralKind.False):
                    return JsonLiteral.True;
                case (Operator.Negate, LiteralKind.Number):
                    return new JsonLiteral((-HclNumber.Parse(operand.SourceText)).ToString());
                default:
                    throw new ConversionException(unary.Range, $"Invalid operand type for the unary operator in \"{unary.SourceText}\".");
            }
        }

        private static JsonLiteral LiteralJson(SyntaxNode literal) => (LiteralKind)literal.Data switch
        {
            LiteralKind.True => JsonLiteral.True,
            LiteralKind.False => JsonLiteral.False,
            LiteralKind.Null => JsonLiteral.Null,
            _ => new JsonLiteral(HclNumber.Parse(literal.SourceText).ToString()),
        };

        private string ConvertTemplate(SyntaxNode template)
        {
            var sb = new StringBuilder();
            foreach (var part in template.Children)
            {
                AppendStringPart(sb, part);
            }

            return sb.ToString();
        }

        private void AppendStringPart(StringBuilder sb, SyntaxNode part)
        {
            EnsureStack(part);
            switch (part.Kind)
            {
                case NodeKind.TemplateLiteral:
                    sb.Append(EscapeLiteral(part.StringValue));
                    return;
                case NodeKind.Literal:
                    sb.Append((LiteralKind)part.Data switch
                    {
                        LiteralKind.True => "true",
                        LiteralKind.False => "false",
                        LiteralKind.Null => "null",
                        _ => EscapeLiteral(HclNumber.Parse(part.SourceText).ToString()),
                    });
                    return;
                case NodeKind.Template:
                    sb.Append(ConvertTemplate(part));
                    return;
                case NodeKind.TemplateWrap:
                    AppendStringPart(sb, part.FirstChild);
                    return;
                case NodeKind.Conditional or NodeKind.TemplateIf:
                    AppendConditional(sb, part);
                    return;
                case NodeKind.TemplateFor:
                    AppendFor(sb, part);
                    return;
                default:
                    sb.Append(WrapExpression(part));
                    return;
            }
        }

        private void AppendConditional(StringBuilder sb, SyntaxNode conditional)
        {
            var condition = conditional.FirstChild;
            var trueResult = new SyntaxNode(tree, condition.SubtreeEnd);
            var falseResult = new SyntaxNode(tree, trueResult.SubtreeEnd);
            sb.Append("%{if ").Append(RangeSource(condition)).Append('}');
            AppendStringPart(sb, trueResult);
            var falseText = new StringBuilder();
            AppendStringPart(falseText, falseResult);
            if (falseText.Length > 0)
            {
                sb.Append("%{else}").Append(falseText);
            }

            sb.Append("%{endif}");
        }

        private void AppendFor(StringBuilder sb, SyntaxNode forDirective)
        {
            var hasKey = forDirective.Data != 0;
            var child = forDirective.FirstChild;
            sb.Append("%{for ");
            if (hasKey)
            {
                sb.Append(child.SourceText).Append(", ");
                child = new SyntaxNode(tree, child.SubtreeEnd);
            }

            sb.Append(child.SourceText).Append(" in ");
            var collection = new SyntaxNode(tree, child.SubtreeEnd);
            sb.Append(RangeSource(collection)).Append('}');
            AppendStringPart(sb, new SyntaxNode(tree, collection.SubtreeEnd));
            sb.Append("%{endfor}");
        }

        private string ConvertKey(SyntaxNode key)
        {
            var wrapped = key.FirstChild;
            if (SyntaxFacts.IsScopeTraversal(wrapped))
            {
                return RangeSource(wrapped);
            }

            var sb = new StringBuilder();
            AppendStringPart(sb, wrapped);
            return sb.ToString();
        }

        private string WrapExpression(SyntaxNode expr) => "${" + RangeSource(expr) + "}";

        /// <summary>hcl2json's source text of a node, which also takes a closing parenthesis that follows it.</summary>
        private string RangeSource(SyntaxNode node)
        {
            var end = node.End;
            var span = _source.Span;
            if (end < span.Length && span[end] == ')')
            {
                end++;
            }

            return Encoding.UTF8.GetString(span[node.Start..end]);
        }

        /// <summary>
        /// Escapes literal text so that, read back as a template, it is the same text: <c>${</c> becomes <c>$${</c>
        /// as hcl2json does, and <c>%{</c> becomes <c>%%{</c>, which hcl2json forgets (its output then breaks).
        /// </summary>
        private static string EscapeLiteral(string literal) =>
            literal.Contains("${", StringComparison.Ordinal) || literal.Contains("%{", StringComparison.Ordinal)
                ? literal.Replace("${", "$${", StringComparison.Ordinal).Replace("%{", "%%{", StringComparison.Ordinal)
                : literal;

        private static void EnsureStack(SyntaxNode at)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                throw new ConversionException(at.Range, "The configuration is nested too deeply to convert.");
            }
        }
    }
}
