using System.Runtime.CompilerServices;

namespace Nomadic.Hcl.Extensions;

/// <summary>A body whose <c>dynamic</c> blocks expand into the blocks they describe when a schema asks for their type.</summary>
internal sealed class DynamicBody : IHclBody
{
    // Shared by every body that has hidden nothing yet; never mutated (PartialContent copies before adding).
    private static readonly HashSet<string> NoHiddenAttributes = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, BlockHeaderSchema> NoHiddenBlocks = new(StringComparer.Ordinal);

    // The schema plus the dynamic header, per schema: decoders reuse schemas, and the copy was made on every read.
    private static readonly ConditionalWeakTable<BodySchema, BodySchema> WithDynamicHeader = [];

    private readonly IHclBody _original;
    private readonly EvalContext _forEachContext;
    private readonly DynamicIteration? _iteration;
    private readonly HashSet<string> _hiddenAttributes;
    private readonly Dictionary<string, BlockHeaderSchema> _hiddenBlocks;

    public DynamicBody(IHclBody original, EvalContext forEachContext, DynamicIteration? iteration)
        : this(original, forEachContext, iteration, NoHiddenAttributes, NoHiddenBlocks)
    {
    }

    private DynamicBody(IHclBody original, EvalContext forEachContext, DynamicIteration? iteration, HashSet<string> hiddenAttributes, Dictionary<string, BlockHeaderSchema> hiddenBlocks)
    {
        _original = original;
        _forEachContext = forEachContext;
        _iteration = iteration;
        _hiddenAttributes = hiddenAttributes;
        _hiddenBlocks = hiddenBlocks;
    }

    public SourceRange MissingItemRange => _original.MissingItemRange;

    public BodyContent Content(BodySchema schema, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var raw = _original.Content(ExtendSchema(schema), diagnostics);
        var blocks = ExpandBlocks(schema, raw.Blocks, partial: false, diagnostics);
        return new BodyContent(PrepareAttributes(raw.Attributes), blocks, _original);
    }

    public BodyContent PartialContent(BodySchema schema, DiagnosticBag diagnostics, out IHclBody remain)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var raw = _original.PartialContent(ExtendSchema(schema), diagnostics, out _);
        var blocks = ExpandBlocks(schema, raw.Blocks, partial: true, diagnostics);
        var hiddenAttributes = new HashSet<string>(_hiddenAttributes, StringComparer.Ordinal);
        var hiddenBlocks = new Dictionary<string, BlockHeaderSchema>(_hiddenBlocks, StringComparer.Ordinal);
        foreach (var attribute in schema.Attributes)
        {
            hiddenAttributes.Add(attribute.Name);
        }

        foreach (var block in schema.Blocks)
        {
            hiddenBlocks[block.Type] = block;
        }

        remain = new DynamicBody(_original, _forEachContext, _iteration, hiddenAttributes, hiddenBlocks);
        return new BodyContent(PrepareAttributes(raw.Attributes), blocks, _original);
    }

    /// <remarks>
    /// HCL returns the original attributes here, so iterators are out of scope in a body decoded with
    /// <c>JustAttributes</c> (such as Nomad's <c>meta</c> and <c>env</c> blocks); this wrapper keeps them in scope.
    /// </remarks>
    public IReadOnlyDictionary<string, HclAttribute> JustAttributes(DiagnosticBag diagnostics) =>
        PrepareAttributes(_original.JustAttributes(diagnostics));

    /// <summary>The schema plus <c>dynamic</c> blocks and what earlier partial decodes took, so those are not reported as unexpected.</summary>
    private BodySchema ExtendSchema(BodySchema schema)
    {
        if (_hiddenAttributes.Count == 0 && _hiddenBlocks.Count == 0)
        {
            return WithDynamicHeader.GetValue(schema, static s => new BodySchema { Attributes = s.Attributes, Blocks = [.. s.Blocks, DynamicBlockSchemas.Header] });
        }

        var attributes = new List<AttributeSchema>(schema.Attributes);
        foreach (var name in _hiddenAttributes)
        {
            if (schema.Attributes.All(a => a.Name != name))
            {
                attributes.Add(new AttributeSchema(name));
            }
        }

        var blocks = new List<BlockHeaderSchema>(schema.Blocks) { DynamicBlockSchemas.Header };
        foreach (var hidden in _hiddenBlocks.Values)
        {
            if (schema.Blocks.All(b => b.Type != hidden.Type))
            {
                blocks.Add(hidden);
            }
        }

        return new BodySchema { Attributes = attributes, Blocks = blocks };
    }

    private IReadOnlyDictionary<string, HclAttribute> PrepareAttributes(IReadOnlyDictionary<string, HclAttribute> raw)
    {
        if (_hiddenAttributes.Count == 0 && _iteration is null)
        {
            return raw;
        }

        var result = new Dictionary<string, HclAttribute>(raw.Count, StringComparer.Ordinal);
        foreach (var (name, attribute) in raw)
        {
            if (_hiddenAttributes.Contains(name))
            {
                continue;
            }

            result[name] = _iteration is null ? attribute : attribute with { Expression = new IterationExpression(attribute.Expression, _iteration) };
        }

        return result;
    }

    private IReadOnlyList<HclBlock> ExpandBlocks(BodySchema schema, IReadOnlyList<HclBlock> raw, bool partial, DiagnosticBag diagnostics)
    {
        if (raw.Count == 0)
        {
            return raw;
        }

        var blocks = new List<HclBlock>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var block = raw[i];
            if (block.Type != DynamicBlockSchemas.BlockType)
            {
                if (!_hiddenBlocks.ContainsKey(block.Type))
                {
                    blocks.Add(block with { Body = ExpandChild(block.Body, _iteration) });
                }

                continue;
            }

            var generatedType = block.Labels[0];
            if (_hiddenBlocks.ContainsKey(generatedType))
            {
                continue;
            }

            if (schema.Blocks.FirstOrDefault(b => b.Type == generatedType) is not { } target)
            {
                if (!partial)
                {
                    diagnostics.Error(block.LabelRanges[0], "Unsupported block type", $"Blocks of type \"{generatedType}\" are not expected here.");
                }

                continue;
            }

            if (DynamicBlockSpec.Decode(target, block, _forEachContext, diagnostics) is not { } spec)
            {
                continue;
            }

            if (spec.ForEach.IsKnown)
            {
                foreach (var (key, value) in spec.ForEach.ElementsAsPairs())
                {
                    var iteration = DynamicIteration.Create(_iteration, spec.IteratorName, key, value);
                    if (spec.NewBlock(iteration, _forEachContext, diagnostics) is { } generated)
                    {
                        blocks.Add(generated with { Body = ExpandChild(generated.Body, iteration) });
                    }
                }
            }
            else
            {
                var iteration = DynamicIteration.Create(_iteration, spec.IteratorName, Values.HclValue.DynamicUnknown, Values.HclValue.DynamicUnknown);
                if (spec.NewBlock(iteration, _forEachContext, diagnostics) is { } generated)
                {
                    blocks.Add(generated with { Body = new UnknownBody(ExpandChild(generated.Body, iteration)) });
                }
            }
        }

        return blocks;
    }

    private DynamicBody ExpandChild(IHclBody child, DynamicIteration? iteration) =>
        new(child, iteration is null ? _forEachContext : iteration.ChildContext(_forEachContext), iteration);
}
