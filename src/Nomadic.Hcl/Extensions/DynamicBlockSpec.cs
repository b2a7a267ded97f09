using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Extensions;

/// <summary>A decoded <c>dynamic</c> block: what to iterate, the iterator's name, the label expressions and the content.</summary>
internal sealed class DynamicBlockSpec
{
    private readonly HclBlock _dynamicBlock;
    private readonly IReadOnlyList<IHclExpression> _labelExpressions;

    private DynamicBlockSpec(HclBlock dynamicBlock, string blockType, HclValue forEach, string iteratorName, IReadOnlyList<IHclExpression> labelExpressions, IHclBody content)
    {
        _dynamicBlock = dynamicBlock;
        BlockType = blockType;
        ForEach = forEach;
        IteratorName = iteratorName;
        _labelExpressions = labelExpressions;
        Content = content;
    }

    public string BlockType { get; }

    public HclValue ForEach { get; }

    public string IteratorName { get; }

    public IHclBody Content { get; }

    /// <summary>Decodes a <c>dynamic</c> block generating blocks of <paramref name="target"/>; null (with errors) when it is invalid.</summary>
    public static DynamicBlockSpec? Decode(BlockHeaderSchema target, HclBlock dynamicBlock, EvalContext context, DiagnosticBag diagnostics)
    {
        var diags = new DiagnosticBag();
        var spec = DecodeCore(target, dynamicBlock, context, diags);
        diagnostics.AddRange(diags);
        return diags.HasErrors ? null : spec;
    }

    /// <summary>Creates the block for one iteration; null (with errors) when a label is unusable.</summary>
    public HclBlock? NewBlock(DynamicIteration iteration, EvalContext context, DiagnosticBag diagnostics)
    {
        var labelContext = iteration.ChildContext(context);
        var labels = new List<string>(_labelExpressions.Count);
        var labelRanges = new List<SourceRange>(_labelExpressions.Count);
        foreach (var expression in _labelExpressions)
        {
            var diags = new DiagnosticBag();
            var value = expression.Evaluate(labelContext, diags);
            diagnostics.AddRange(diags);
            if (diags.HasErrors)
            {
                return null;
            }

            var problem = !HclConvert.TryConvert(value, HclType.String, out var label, out var error)
                ? $"Cannot use this value as a dynamic block label: {error}."
                : label.IsNull
                    ? "Cannot use a null value as a dynamic block label."
                    : !label.IsKnown ? "This value is not yet known. Dynamic block labels must be immediately-known values." : null;
            if (problem is not null)
            {
                diagnostics.Error(expression.Range, "Invalid dynamic block label", problem);
                return null;
            }

            labels.Add(label.AsString());
            labelRanges.Add(expression.Range);
        }

        return new HclBlock(BlockType, labels, Content, _dynamicBlock.DefinitionRange, _dynamicBlock.LabelRanges[0], labelRanges);
    }

    private static DynamicBlockSpec? DecodeCore(BlockHeaderSchema target, HclBlock block, EvalContext context, DiagnosticBag diags)
    {
        var content = block.Body.Content(target.LabelNames.Count > 0 ? DynamicBlockSchemas.WithLabels : DynamicBlockSchemas.WithoutLabels, diags);
        if (diags.HasErrors)
        {
            return null;
        }

        var iteratorName = target.Type;
        if (content.Attributes.TryGetValue("iterator", out var iteratorAttribute))
        {
            var traversal = HclExpressions.AsTraversal(iteratorAttribute.Expression, diags);
            if (traversal is null)
            {
                return null;
            }

            if (traversal.Steps.Count != 0)
            {
                diags.Error(traversal.Range, "Invalid dynamic iterator name", "Dynamic iterator must be a single variable name.");
                return null;
            }

            iteratorName = traversal.RootName;
        }

        var forEachExpression = content.Attributes["for_each"].Expression;
        var forEach = forEachExpression.Evaluate(context, diags);
        if (diags.HasErrors)
        {
            return null;
        }

        if (!CanIterate(forEach.Type) && !forEach.Type.IsDynamic)
        {
            diags.Error(forEachExpression.Range, "Invalid dynamic for_each value", $"Cannot use a {forEach.Type.FriendlyName} value in for_each. An iterable collection is required.");
            return null;
        }

        if (forEach.IsNull)
        {
            diags.Error(forEachExpression.Range, "Invalid dynamic for_each value", "Cannot use a null value in for_each.");
            return null;
        }

        IReadOnlyList<IHclExpression> labelExpressions = [];
        if (content.Attributes.TryGetValue("labels", out var labelsAttribute))
        {
            if (HclExpressions.AsList(labelsAttribute.Expression, diags) is not { } list)
            {
                return null;
            }

            var want = target.LabelNames.Count;
            if (list.Count > want)
            {
                diags.Error(list[want].Range, "Extraneous dynamic block label", $"Blocks of type \"{target.Type}\" require {want} label(s).");
                return null;
            }

            if (list.Count < want)
            {
                diags.Error(labelsAttribute.Expression.Range, "Insufficient dynamic block labels", $"Blocks of type \"{target.Type}\" require {want} label(s).");
                return null;
            }

            labelExpressions = list;
        }

        if (content.Blocks.Count == 0)
        {
            diags.Error(content.MissingItemRange, "Missing dynamic content block", "A dynamic block must have a nested block of type \"content\" to describe the body of each generated block.");
            return null;
        }

        if (content.Blocks.Count > 1)
        {
            diags.Error(content.Blocks[1].DefinitionRange, "Extraneous dynamic content block", "Only one nested content block is allowed for each dynamic block.");
            return null;
        }

        return new DynamicBlockSpec(block, target.Type, forEach, iteratorName, labelExpressions, content.Blocks[0].Body);
    }

    private static bool CanIterate(HclType type) => type.IsCollection || type.IsStructural;
}
