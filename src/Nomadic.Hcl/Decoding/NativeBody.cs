using Nomadic.Hcl.Internal;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl;

/// <summary>An <see cref="IHclBody"/> over a body node of a native-syntax tree, with HCL's decoding rules and messages.</summary>
public sealed class NativeBody : IHclBody
{
    // Shared by every body that has hidden nothing yet; never mutated (PartialContent copies before adding).
    private static readonly HashSet<string> NothingHidden = new(StringComparer.Ordinal);

    private readonly HashSet<string> _hiddenAttributes;
    private readonly HashSet<string> _hiddenBlocks;

    /// <summary>Initializes a new instance of the <see cref="NativeBody"/> class.</summary>
    /// <param name="node">A <see cref="NodeKind.Body"/> node.</param>
    public NativeBody(SyntaxNode node)
        : this(node, NothingHidden, NothingHidden)
    {
    }

    private NativeBody(SyntaxNode node, HashSet<string> hiddenAttributes, HashSet<string> hiddenBlocks)
    {
        if (node.Kind != NodeKind.Body)
        {
            throw new ArgumentException($"A {node.Kind} node is not a body.", nameof(node));
        }

        Node = node;
        _hiddenAttributes = hiddenAttributes;
        _hiddenBlocks = hiddenBlocks;
    }

    /// <summary>Gets the body's syntax node.</summary>
    public SyntaxNode Node { get; }

    /// <inheritdoc />
    public SourceRange MissingItemRange => Node.Tree.RangeOf(Node.Start, Node.Start);

    /// <inheritdoc />
    public BodyContent Content(BodySchema schema, DiagnosticBag diagnostics) => Content(schema, diagnostics, null);

    /// <summary>
    /// <see cref="Content(BodySchema, DiagnosticBag)"/>, with each block's body made by <paramref name="wrapBody"/>: a
    /// wrapping body (<c>BlockAttributesBody</c>) gets its blocks built once with their final body instead of copied.
    /// </summary>
    internal BodyContent Content(BodySchema schema, DiagnosticBag diagnostics, Func<NativeBody, IHclBody>? wrapBody)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var content = ReadContent(schema, diagnostics, wrapBody);

        // What PartialContent's remaining body would hide: what was hidden already, and what the schema names.
        foreach (var item in Node.Children)
        {
            if (item.Kind == NodeKind.Attribute && !_hiddenAttributes.Contains(item.Name) && schema.FindAttribute(item.Name) is null)
            {
                var name = item.Name;
                var candidates = schema.Attributes.Where(a => !content.Attributes.ContainsKey(a.Name)).Select(a => a.Name);
                var suggestion = NameSuggestion.Find(name, candidates) is { } s
                    ? $" Did you mean \"{s}\"?"
                    : schema.FindBlock(name) is not null ? $" Did you mean to define a block of type \"{name}\"?" : string.Empty;
                diagnostics.Error(item.NameRange, "Unsupported argument", $"An argument named \"{name}\" is not expected here.{suggestion}");
            }
            else if (item.Kind == NodeKind.Block && !_hiddenBlocks.Contains(item.Name) && schema.FindBlock(item.Name) is null)
            {
                var type = item.Name;
                var suggestion = NameSuggestion.Find(type, schema.Blocks.Select(b => b.Type)) is { } s
                    ? $" Did you mean \"{s}\"?"
                    : schema.FindAttribute(type) is not null ? $" Did you mean to define argument \"{type}\"? If so, use the equals sign to assign it a value." : string.Empty;
                diagnostics.Error(item.NameRange, "Unsupported block type", $"Blocks of type \"{type}\" are not expected here.{suggestion}");
            }
        }

        return content;
    }

    /// <inheritdoc />
    public BodyContent PartialContent(BodySchema schema, DiagnosticBag diagnostics, out IHclBody remain) =>
        PartialContent(schema, diagnostics, null, out remain);

    /// <summary><see cref="PartialContent(BodySchema, DiagnosticBag, out IHclBody)"/>, with each block's body made by <paramref name="wrapBody"/>.</summary>
    internal BodyContent PartialContent(BodySchema schema, DiagnosticBag diagnostics, Func<NativeBody, IHclBody>? wrapBody, out IHclBody remain)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var content = ReadContent(schema, diagnostics, wrapBody);
        var hiddenAttributes = new HashSet<string>(_hiddenAttributes, StringComparer.Ordinal);
        foreach (var name in content.Attributes.Keys)
        {
            hiddenAttributes.Add(name);
        }

        var hiddenBlocks = new HashSet<string>(_hiddenBlocks, StringComparer.Ordinal);
        foreach (var blockSchema in schema.Blocks)
        {
            hiddenBlocks.Add(blockSchema.Type);
        }

        remain = new NativeBody(Node, hiddenAttributes, hiddenBlocks);
        return content;
    }

    private BodyContent ReadContent(BodySchema schema, DiagnosticBag diagnostics, Func<NativeBody, IHclBody>? wrapBody)
    {
        // The node of the first attribute of each schema name, by schema position: one pass over the body, and the
        // result still lists the attributes in schema order.
        var schemaCount = schema.Attributes.Count;
        Span<int> firstNodes = schemaCount <= 64 ? stackalloc int[schemaCount] : new int[schemaCount];
        firstNodes.Fill(-1);
        var present = 0;
        foreach (var item in Node.Children)
        {
            if (item.Kind != NodeKind.Attribute)
            {
                continue;
            }

            var name = item.Name;
            var position = schema.AttributePosition(name);
            if (position >= 0 && firstNodes[position] < 0 && !_hiddenAttributes.Contains(name))
            {
                firstNodes[position] = item.Index;
                present++;
            }
        }

        var attributes = new Dictionary<string, HclAttribute>(present, StringComparer.Ordinal);
        for (var i = 0; i < schemaCount; i++)
        {
            var attributeSchema = schema.Attributes[i];
            if (firstNodes[i] < 0)
            {
                if (attributeSchema.Required)
                {
                    diagnostics.Error(MissingItemRange, "Missing required argument", $"The argument \"{attributeSchema.Name}\" is required, but no definition was found.");
                }

                continue;
            }

            attributes.TryAdd(attributeSchema.Name, ToAttribute(new SyntaxNode(Node.Tree, firstNodes[i])));
        }

        List<HclBlock>? blocks = null;
        foreach (var item in Node.Children)
        {
            if (item.Kind != NodeKind.Block || _hiddenBlocks.Contains(item.Name) || schema.FindBlock(item.Name) is not { } blockSchema)
            {
                continue;
            }

            var block = ToBlock(item, wrapBody);
            if (block.Labels.Count > blockSchema.LabelNames.Count)
            {
                var detail = blockSchema.LabelNames.Count == 0
                    ? $"No labels are expected for {block.Type} blocks."
                    : $"Only {blockSchema.LabelNames.Count} labels ({string.Join(", ", blockSchema.LabelNames)}) are expected for {block.Type} blocks.";
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"Extraneous label for {block.Type}", detail, block.LabelRanges[blockSchema.LabelNames.Count], HeaderRange(item)));
                continue;
            }

            if (block.Labels.Count < blockSchema.LabelNames.Count)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    $"Missing {blockSchema.LabelNames[block.Labels.Count]} for {block.Type}",
                    $"All {block.Type} blocks must have {blockSchema.LabelNames.Count} labels ({string.Join(", ", blockSchema.LabelNames)}).",
                    OpenBraceRange(item),
                    HeaderRange(item)));
                continue;
            }

            (blocks ??= []).Add(block);
        }

        IReadOnlyList<HclBlock> found = blocks is null ? Array.Empty<HclBlock>() : blocks;
        return new BodyContent(attributes, found, this);
    }

    private static HclAttribute ToAttribute(SyntaxNode item) => new(item.Name, new NativeExpression(item.FirstChild), item);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, HclAttribute> JustAttributes(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var item in Node.Children)
        {
            if (item.Kind == NodeKind.Block)
            {
                diagnostics.Error(item.NameRange, $"Unexpected \"{item.Name}\" block", "Blocks are not allowed here.");
                break;
            }
        }

        var attributes = VisibleAttributes();
        foreach (var hidden in _hiddenAttributes)
        {
            attributes.Remove(hidden);
        }

        return attributes;
    }

    private Dictionary<string, HclAttribute> VisibleAttributes()
    {
        var result = new Dictionary<string, HclAttribute>(StringComparer.Ordinal);
        foreach (var item in Node.Children)
        {
            if (item.Kind == NodeKind.Attribute)
            {
                result.TryAdd(item.Name, ToAttribute(item));
            }
        }

        return result;
    }

    private static HclBlock ToBlock(SyntaxNode block, Func<NativeBody, IHclBody>? wrapBody)
    {
        var labelCount = 0;
        SyntaxNode body = default;
        foreach (var child in block.Children)
        {
            if (child.Kind == NodeKind.BlockLabel)
            {
                labelCount++;
            }
            else if (child.Kind == NodeKind.Body)
            {
                body = child;
            }
        }

        var labels = labelCount == 0 ? [] : new string[labelCount];
        labelCount = 0;
        foreach (var child in block.Children)
        {
            if (child.Kind == NodeKind.BlockLabel)
            {
                labels[labelCount++] = child.StringValue;
            }
        }

        var native = new NativeBody(body);
        return new HclBlock(block.Name, labels, wrapBody is null ? native : wrapBody(native), block);
    }

    private static SourceRange OpenBraceRange(SyntaxNode block)
    {
        foreach (var child in block.Children)
        {
            if (child.Kind == NodeKind.Body)
            {
                return block.Tree.RangeOf(child.Start, Math.Min(child.Start + 1, child.End));
            }
        }

        return block.NameRange;
    }

    private static SourceRange HeaderRange(SyntaxNode block) => SourceRange.Between(block.NameRange, OpenBraceRange(block));
}
