using Nomadic.Hcl.Internal;

namespace Nomadic.Hcl.Json;

/// <summary>
/// An <see cref="IHclBody"/> over a JSON object, or an array of objects, with the rules of HCL's JSON specification:
/// the schema decides whether a property is an attribute or a block, each block label is one more level of nested
/// objects, arrays repeat blocks, and a <c>"//"</c> property is a comment.
/// </summary>
public sealed class JsonBody : IHclBody
{
    private const string CommentProperty = "//";

    private readonly HclParserOptions _options;
    private readonly HashSet<string> _hidden;

    /// <summary>Initializes a new instance of the <see cref="JsonBody"/> class.</summary>
    /// <param name="node">The body's value: an object or an array of objects; anything else is reported when content is asked for.</param>
    public JsonBody(JsonSyntaxNode node)
        : this(node, HclParserOptions.Default)
    {
    }

    internal JsonBody(JsonSyntaxNode node, HclParserOptions options)
        : this(node, options, new HashSet<string>(StringComparer.Ordinal))
    {
    }

    private JsonBody(JsonSyntaxNode node, HclParserOptions options, HashSet<string> hidden)
    {
        ArgumentNullException.ThrowIfNull(node);
        Node = node;
        _options = options;
        _hidden = hidden;
    }

    /// <summary>Gets the body's JSON value.</summary>
    public JsonSyntaxNode Node { get; }

    /// <inheritdoc />
    public SourceRange MissingItemRange => Node switch
    {
        JsonObjectSyntax obj => obj.CloseRange,
        JsonArraySyntax array => array.OpenRange,
        _ => Node.StartRange,
    };

    /// <inheritdoc />
    public BodyContent Content(BodySchema schema, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var content = PartialContent(schema, diagnostics, out var remain);
        var used = ((JsonBody)remain)._hidden;
        var suggestions = schema.Attributes.Where(a => !used.Contains(a.Name)).Select(a => a.Name)
            .Concat(schema.Blocks.Select(b => b.Type))
            .ToList();

        // PartialContent has already reported values of the wrong type; only the leftover names matter here.
        foreach (var property in CollectProperties(Node, null, new DiagnosticBag()))
        {
            if (property.Name == CommentProperty || used.Contains(property.Name))
            {
                continue;
            }

            var suggestion = NameSuggestion.Find(property.Name, suggestions) is { } s ? $" Did you mean {GoText.Quote(s)}?" : string.Empty;
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                "Extraneous JSON object property",
                $"No argument or block type is named {GoText.Quote(property.Name)}.{suggestion}",
                property.NameRange,
                property.Range));
        }

        return content;
    }

    /// <inheritdoc />
    public BodyContent PartialContent(BodySchema schema, DiagnosticBag diagnostics, out IHclBody remain)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var used = new HashSet<string>(_hidden, StringComparer.Ordinal);
        var attributes = new Dictionary<string, HclAttribute>(StringComparer.Ordinal);
        var blocks = new List<HclBlock>();
        foreach (var property in CollectProperties(Node, null, diagnostics))
        {
            var name = property.Name;
            if (_hidden.Contains(name))
            {
                continue;
            }

            if (schema.FindAttribute(name) is not null)
            {
                if (attributes.TryGetValue(name, out var existing))
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticSeverity.Error,
                        "Duplicate argument",
                        $"The argument {GoText.Quote(name)} was already set at {existing.Range}.",
                        property.NameRange,
                        property.Range));
                    continue;
                }

                attributes[name] = ToAttribute(property);
                used.Add(name);
            }
            else if (schema.FindBlock(name) is { } blockSchema)
            {
                var header = new BlockHeader(blockSchema.Type, property.NameRange, [], []);
                UnpackBlock(property.Value, header, blockSchema.LabelNames, blocks, diagnostics);
                used.Add(name);
            }
        }

        foreach (var attributeSchema in schema.Attributes)
        {
            if (attributeSchema.Required && !attributes.ContainsKey(attributeSchema.Name))
            {
                diagnostics.Error(MissingItemRange, "Missing required argument", $"The argument {GoText.Quote(attributeSchema.Name)} is required, but no definition was found.");
            }
        }

        remain = new JsonBody(Node, _options, used);
        return new BodyContent(attributes, blocks, MissingItemRange);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, HclAttribute> JustAttributes(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var attributes = new Dictionary<string, HclAttribute>(StringComparer.Ordinal);
        if (Node is not JsonObjectSyntax obj)
        {
            diagnostics.Error(Node.StartRange, "Incorrect JSON value type", "A JSON object is required here, setting the arguments for this block.");
            return attributes;
        }

        foreach (var property in obj.Properties)
        {
            var name = property.Name;
            if (name == CommentProperty || _hidden.Contains(name))
            {
                continue;
            }

            if (attributes.TryGetValue(name, out var existing))
            {
                diagnostics.Error(property.NameRange, "Duplicate attribute definition", $"The argument {GoText.Quote(name)} was already set at {existing.Range}.");
                continue;
            }

            attributes[name] = ToAttribute(property);
        }

        return attributes;
    }

    private HclAttribute ToAttribute(JsonPropertySyntax property) =>
        new(property.Name, new JsonExpression(property.Value, _options), property.Range, property.NameRange);

    /// <summary>Peels one label level per remaining label name, then reads one block per object, or per element of an array.</summary>
    private void UnpackBlock(JsonSyntaxNode value, BlockHeader header, IReadOnlyList<string> labelNames, List<HclBlock> blocks, DiagnosticBag diagnostics)
    {
        if (labelNames.Count > header.Labels.Length)
        {
            var labelName = labelNames[header.Labels.Length];
            var properties = CollectProperties(value, labelName, diagnostics);
            if (properties.Count == 0)
            {
                diagnostics.Error(
                    value.StartRange,
                    "Missing block label",
                    $"At least one object property is required, whose name represents the {header.Type} block's {labelName}.");
                return;
            }

            foreach (var property in properties)
            {
                var labelled = header with { Labels = [.. header.Labels, property.Name], LabelRanges = [.. header.LabelRanges, property.NameRange] };
                UnpackBlock(property.Value, labelled, labelNames, blocks, diagnostics);
            }

            return;
        }

        switch (value)
        {
            case JsonNullSyntax:
                return;
            case JsonObjectSyntax obj:
                blocks.Add(header.ToBlock(new JsonBody(obj, _options), obj.OpenRange));
                return;
            case JsonArraySyntax array:
                foreach (var element in array.Elements)
                {
                    // An element that is not an object is reported when its body's content is asked for.
                    blocks.Add(header.ToBlock(new JsonBody(element, _options), array.OpenRange));
                }

                return;
            default:
                diagnostics.Error(
                    value.StartRange,
                    "Incorrect JSON value type",
                    $"Either a JSON object or a JSON array is required, representing the contents of one or more {GoText.Quote(header.Type)} blocks.");
                return;
        }
    }

    /// <summary>
    /// Flattens an object, or an array of objects, into its properties in order. A null has none. Anything else is
    /// reported, in terms of labels when <paramref name="labelName"/> is given or of arguments and blocks otherwise.
    /// </summary>
    private static List<JsonPropertySyntax> CollectProperties(JsonSyntaxNode value, string? labelName, DiagnosticBag diagnostics)
    {
        var result = new List<JsonPropertySyntax>();
        switch (value)
        {
            case JsonNullSyntax:
                break;
            case JsonObjectSyntax obj:
                result.AddRange(obj.Properties);
                break;
            case JsonArraySyntax array:
                foreach (var element in array.Elements)
                {
                    if (element is JsonObjectSyntax elementObject)
                    {
                        result.AddRange(elementObject.Properties);
                    }
                    else
                    {
                        diagnostics.Error(
                            element.StartRange,
                            "Incorrect JSON value type",
                            labelName is null
                                ? "A JSON object is required here, to define arguments and child blocks."
                                : $"A JSON object is required here, to specify {labelName} labels for this block.");
                    }
                }

                break;
            default:
                diagnostics.Error(
                    value.StartRange,
                    "Incorrect JSON value type",
                    labelName is null
                        ? "Either a JSON object or JSON array of objects is required here, to define arguments and child blocks."
                        : $"Either a JSON object or JSON array of objects is required here, to specify {labelName} labels for this block.");
                break;
        }

        return result;
    }

    private sealed record BlockHeader(string Type, SourceRange TypeRange, string[] Labels, SourceRange[] LabelRanges)
    {
        public HclBlock ToBlock(IHclBody body, SourceRange definitionRange) =>
            new(Type, Labels, body, definitionRange, TypeRange, LabelRanges);
    }
}
