using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Extensions;

/// <summary>
/// The value of a group of same-type blocks read as an attribute: a tuple with one object per block. A labelled
/// block nests its object under its labels as Nomad's <c>BlocksAsAttrs</c> does: <c>check "foo" { q = 1 }</c> is
/// <c>{ foo = [{ q = 1 }] }</c>.
/// </summary>
internal sealed class BlockListExpression : IHclExpression
{
    private readonly IReadOnlyList<BlockItem> _blocks;

    public BlockListExpression(IReadOnlyList<BlockItem> blocks, SourceRange range, SourceRange startRange)
    {
        _blocks = blocks;
        Range = range;
        StartRange = startRange;
    }

    public SourceRange Range { get; }

    public SourceRange StartRange { get; }

    public HclValue Evaluate(EvalContext? context, DiagnosticBag diagnostics)
    {
        var items = new List<HclValue>(_blocks.Count);
        foreach (var block in _blocks)
        {
            var attributes = block.Body.JustAttributes(diagnostics);
            var fields = new List<KeyValuePair<string, HclValue>>(attributes.Count);
            foreach (var (name, attribute) in attributes)
            {
                fields.Add(KeyValuePair.Create(name, attribute.Expression.Evaluate(context, diagnostics)));
            }

            var value = HclValue.Object(fields);
            for (var i = block.Labels.Count - 1; i >= 0; i--)
            {
                value = HclValue.Object([KeyValuePair.Create(block.Labels[i], HclValue.Tuple([value]))]);
            }

            items.Add(value);
        }

        return HclValue.Tuple(items);
    }

    public IReadOnlyList<HclTraversal> Variables()
    {
        var result = new List<HclTraversal>();
        foreach (var block in _blocks)
        {
            foreach (var attribute in block.Body.JustAttributes(new DiagnosticBag()).Values)
            {
                result.AddRange(attribute.Expression.Variables());
            }
        }

        return result;
    }
}
