using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl.Extensions;

/// <summary>
/// A native body whose <see cref="JustAttributes"/> also reports nested blocks, as lists of objects nested under their
/// labels, and reads object constructors as one-element lists, as Nomad's <c>hclutil.BlocksAsAttrs</c> does.
/// </summary>
internal sealed class BlockAttributesBody : IHclBody
{
    private readonly NativeBody _original;
    private readonly IHclBody _current;
    private readonly HashSet<string> _hiddenAttributes;
    private readonly HashSet<string> _hiddenBlocks;

    // Made once: what a native body's blocks get as their body when read through this one.
    private static readonly Func<NativeBody, IHclBody> WrapBody = static native => new BlockAttributesBody(native);

    // Shared by every body that has hidden nothing; never mutated.
    private static readonly HashSet<string> NothingHidden = new(StringComparer.Ordinal);

    public BlockAttributesBody(NativeBody original)
        : this(original, original, NothingHidden, NothingHidden)
    {
    }

    private BlockAttributesBody(NativeBody original, IHclBody current, HashSet<string> hiddenAttributes, HashSet<string> hiddenBlocks)
    {
        _original = original;
        _current = current;
        _hiddenAttributes = hiddenAttributes;
        _hiddenBlocks = hiddenBlocks;
    }

    public SourceRange MissingItemRange => _current.MissingItemRange;

    public BodyContent Content(BodySchema schema, DiagnosticBag diagnostics)
    {
        if (_current is NativeBody native)
        {
            return native.Content(schema, diagnostics, WrapBody);
        }

        var content = _current.Content(schema, diagnostics);
        return content with { Blocks = WrapBlocks(content.Blocks) };
    }

    public BodyContent PartialContent(BodySchema schema, DiagnosticBag diagnostics, out IHclBody remain)
    {
        ArgumentNullException.ThrowIfNull(schema);
        IHclBody inner;
        var content = _current is NativeBody native
            ? native.PartialContent(schema, diagnostics, WrapBody, out inner)
            : _current.PartialContent(schema, diagnostics, out inner);
        var hiddenAttributes = new HashSet<string>(_hiddenAttributes, StringComparer.Ordinal);
        foreach (var attribute in schema.Attributes)
        {
            hiddenAttributes.Add(attribute.Name);
        }

        var hiddenBlocks = new HashSet<string>(_hiddenBlocks, StringComparer.Ordinal);
        foreach (var block in schema.Blocks)
        {
            hiddenBlocks.Add(block.Type);
        }

        remain = new BlockAttributesBody(_original, inner, hiddenAttributes, hiddenBlocks);
        return _current is NativeBody ? content : content with { Blocks = WrapBlocks(content.Blocks) };
    }

    public IReadOnlyDictionary<string, HclAttribute> JustAttributes(DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, HclAttribute>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in _original.Node.Children)
        {
            if (item.Kind == NodeKind.Attribute && !_hiddenAttributes.Contains(item.Name))
            {
                IHclExpression expression = new NativeExpression(item.FirstChild);
                if (item.FirstChild.Kind == NodeKind.Object)
                {
                    expression = new SingleElementTupleExpression(expression);
                }

                result.TryAdd(item.Name, new HclAttribute(item.Name, expression, item.Range, item.NameRange));
            }
            else if (item.Kind == NodeKind.Block && !_hiddenBlocks.Contains(item.Name))
            {
                if (!groups.TryGetValue(item.Name, out var list))
                {
                    groups[item.Name] = list = [];
                    order.Add(item.Name);
                }

                list.Add(item);
            }
        }

        foreach (var type in order)
        {
            var blocks = groups[type];
            var items = new List<BlockItem>(blocks.Count);
            foreach (var block in blocks)
            {
                var body = BodyOf(block);
                items.Add(new BlockItem(new BlockAttributesBody(body), LabelsOf(block)));
            }

            var range = SourceRange.Between(blocks[0].Range, blocks[^1].Range);
            var expression = new BlockListExpression(items, range, blocks[0].NameRange);
            result[type] = new HclAttribute(type, expression, range, blocks[0].NameRange);
        }

        return result;
    }

    private static List<string> LabelsOf(SyntaxNode block)
    {
        var labels = new List<string>();
        foreach (var child in block.Children)
        {
            if (child.Kind == NodeKind.BlockLabel)
            {
                labels.Add(child.StringValue);
            }
        }

        return labels;
    }

    private static NativeBody BodyOf(SyntaxNode block)
    {
        foreach (var child in block.Children)
        {
            if (child.Kind == NodeKind.Body)
            {
                return new NativeBody(child);
            }
        }

        throw new InvalidOperationException($"The block at {block.Range} has no body.");
    }

    private static IReadOnlyList<HclBlock> WrapBlocks(IReadOnlyList<HclBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return blocks;
        }

        var wrapped = new HclBlock[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            wrapped[i] = block.Body is NativeBody native ? block with { Body = new BlockAttributesBody(native) } : block;
        }

        return wrapped;
    }
}
