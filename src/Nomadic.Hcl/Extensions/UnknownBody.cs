namespace Nomadic.Hcl.Extensions;

/// <summary>
/// The content of the single placeholder block a <c>dynamic</c> block with an unknown <c>for_each</c> produces, as
/// HCL does: the structure is decoded as usual, so errors in it are still found, but every attribute is unknown.
/// </summary>
internal sealed class UnknownBody : IHclBody
{
    private readonly IHclBody _template;

    public UnknownBody(IHclBody template)
    {
        _template = template;
    }

    public SourceRange MissingItemRange => _template.MissingItemRange;

    public BodyContent Content(BodySchema schema, DiagnosticBag diagnostics) => Fixup(_template.Content(schema, diagnostics));

    public BodyContent PartialContent(BodySchema schema, DiagnosticBag diagnostics, out IHclBody remain)
    {
        var content = _template.PartialContent(schema, diagnostics, out var templateRemain);
        remain = new UnknownBody(templateRemain);
        return Fixup(content);
    }

    public IReadOnlyDictionary<string, HclAttribute> JustAttributes(DiagnosticBag diagnostics) => FixupAttributes(_template.JustAttributes(diagnostics));

    private static BodyContent Fixup(BodyContent content) => content with
    {
        Attributes = FixupAttributes(content.Attributes),
        Blocks = [.. content.Blocks.Select(b => b with { Body = new UnknownBody(b.Body) })],
    };

    private static Dictionary<string, HclAttribute> FixupAttributes(IReadOnlyDictionary<string, HclAttribute> attributes)
    {
        var result = new Dictionary<string, HclAttribute>(attributes.Count, StringComparer.Ordinal);
        foreach (var (name, attribute) in attributes)
        {
            result[name] = attribute with { Expression = new UnknownExpression(attribute.Expression.Range, attribute.Expression.StartRange) };
        }

        return result;
    }
}
