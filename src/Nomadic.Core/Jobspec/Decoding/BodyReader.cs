using System.Numerics;
using Nomadic.Hcl;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>
/// One block body read against its schema (unknown names are reported with a suggestion by the body itself), with typed
/// accessors that evaluate attributes, convert them to model types, report mistakes and record source ranges.
/// </summary>
internal sealed class BodyReader
{
    private readonly DecodeContext _context;
    private readonly BodyContent _content;

    public BodyReader(DecodeContext context, IHclBody body, string path, string[] attributes, BlockHeaderSchema[] blocks)
    {
        _context = context;
        Path = path;
        _content = body.Content(BodySchemaCache.Get(attributes, blocks), context.Diagnostics);
    }

    /// <summary>The model path of the object this body fills.</summary>
    public string Path { get; }

    /// <summary>The context of the decode.</summary>
    public DecodeContext Context => _context;

    /// <summary>Where the body's missing items would go: the position to report a missing required attribute at.</summary>
    public SourceRange MissingItemRange => _content.MissingItemRange;

    /// <summary>The model path of a field of this object.</summary>
    public string PathOf(string field) => Path.Length == 0 ? field : $"{Path}.{field}";

    /// <summary>The attribute named <paramref name="name"/>, when present.</summary>
    public HclAttribute? Attribute(string name) => _content.Attributes.GetValueOrDefault(name);

    /// <summary>Whether the attribute is present.</summary>
    public bool Has(string name) => _content.Attributes.ContainsKey(name);

    /// <summary>Every block of type <paramref name="type"/>, in source order.</summary>
    public IReadOnlyList<HclBlock> Blocks(string type)
    {
        var blocks = _content.Blocks;
        List<HclBlock>? result = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Type == type)
            {
                (result ??= []).Add(blocks[i]);
            }
        }

        return result is null ? [] : result;
    }

    /// <summary>The one block of type <paramref name="type"/>; a second one is reported as a duplicate.</summary>
    public HclBlock? Single(string type)
    {
        var blocks = _content.Blocks;
        HclBlock? first = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Type != type)
            {
                continue;
            }

            if (first is null)
            {
                first = block;
            }
            else
            {
                _context.Diagnostics.Error(block.DefinitionRange, $"Duplicate {type} block", $"Only one \"{type}\" block is allowed here; another was defined at {first.DefinitionRange}. Merge them into one.");
            }
        }

        return first;
    }

    /// <summary>Evaluates and converts an attribute; <see langword="null"/> when absent, null-valued or wrong.</summary>
    public HclValue? Value(string name, string field, HclType type)
    {
        if (Attribute(name) is not { } attribute)
        {
            return null;
        }

        _context.SourceMap.AddField(Path, field, attribute);
        var value = attribute.Expression.Evaluate(_context.EvalContext, _context.Diagnostics);
        if (value.IsNull)
        {
            return null;
        }

        return ValueConversion.TryConvert(value, type, name, attribute.Expression, _context.Diagnostics, out var converted) && !converted.IsNull
            ? converted
            : null;
    }

    /// <summary>A string attribute.</summary>
    public string? String(string name, string field) => Value(name, field, HclType.String)?.AsString();

    /// <summary>A boolean attribute.</summary>
    public bool? Bool(string name, string field) => Value(name, field, HclType.Bool)?.AsBool();

    /// <summary>A 32-bit whole-number attribute.</summary>
    public int? Int(string name, string field) => (int?)Whole(name, field, int.MinValue, int.MaxValue);

    /// <summary>A 64-bit whole-number attribute.</summary>
    public long? Long(string name, string field) => (long?)Whole(name, field, long.MinValue, long.MaxValue);

    /// <summary>An unsigned 64-bit whole-number attribute.</summary>
    public ulong? ULong(string name, string field) => (ulong?)Whole(name, field, ulong.MinValue, ulong.MaxValue);

    /// <summary>An 8-bit signed whole-number attribute (weights).</summary>
    public sbyte? SByte(string name, string field) => (sbyte?)Whole(name, field, sbyte.MinValue, sbyte.MaxValue);

    /// <summary>An 8-bit unsigned whole-number attribute (percentages).</summary>
    public byte? Byte(string name, string field) => (byte?)Whole(name, field, byte.MinValue, byte.MaxValue);

    /// <summary>A list-of-strings attribute.</summary>
    public IList<string>? StringList(string name, string field) =>
        Value(name, field, HclType.List(HclType.String)) is { } v ? ToStringList(v) : null;

    /// <summary>A map-of-strings attribute.</summary>
    public IDictionary<string, string>? StringMap(string name, string field) =>
        Value(name, field, HclType.Map(HclType.String)) is { } v ? ToStringMap(v) : null;

    /// <summary>A schemaless object attribute (a map of anything).</summary>
    public IDictionary<string, object?>? ObjectMap(string name, string field)
    {
        if (Attribute(name) is not { } attribute)
        {
            return null;
        }

        _context.SourceMap.AddField(Path, field, attribute);
        var value = attribute.Expression.Evaluate(_context.EvalContext, _context.Diagnostics);
        if (value.IsNull)
        {
            return null;
        }

        if (value.Type.Kind is not (HclTypeKind.Map or HclTypeKind.Object))
        {
            _context.Diagnostics.Error(attribute.Expression.Range, "Incorrect attribute value type", $"Inappropriate value for attribute \"{name}\": an object is required, like {name} = {{ key = \"value\" }}.");
            return null;
        }

        return ValueConversion.ToSchemalessMap(value);
    }

    /// <summary>
    /// A duration: a Go duration string (<c>"1h30m"</c>) or a number of nanoseconds, as Nomad's <c>decodeDuration</c>.
    /// </summary>
    public TimeSpan? Duration(string name, string field)
    {
        if (Attribute(name) is not { } attribute)
        {
            return null;
        }

        _context.SourceMap.AddField(Path, field, attribute);
        var value = attribute.Expression.Evaluate(_context.EvalContext, _context.Diagnostics);
        if (value.IsNull)
        {
            return null;
        }

        if (value.Type.Kind == HclTypeKind.String && value.IsKnown)
        {
            if (GoDuration.TryParse(value.AsString(), out var parsed, out var error))
            {
                return parsed;
            }

            _context.Diagnostics.Error(attribute.Expression.Range, "Unsuitable duration value", $"Invalid value for \"{name}\": {error}");
            return null;
        }

        if (value.Type.Kind != HclTypeKind.Number)
        {
            _context.Diagnostics.Error(attribute.Expression.Range, "Unsuitable duration value", $"Invalid value for \"{name}\": a duration is a string like \"30s\" or \"1h30m\", or a number of nanoseconds, not a {value.Type}.");
            return null;
        }

        return ValueConversion.WholeNumber(value, long.MinValue, long.MaxValue, name, attribute.Expression, _context.Diagnostics) is { } nanos
            ? TimeSpan.FromTicks((long)nanos / 100)
            : null;
    }

    /// <summary>
    /// A string map written either as a block (<c>meta { k = "v" }</c>) or as an attribute (<c>meta = { k = "v" }</c>);
    /// Nomad's <c>decodeAsAttribute</c>. The body's schema must declare both forms.
    /// </summary>
    public IDictionary<string, string>? BlockOrAttributeMap(string name, string field)
    {
        var block = Single(name);
        if (Attribute(name) is { } attribute)
        {
            if (block is not null)
            {
                _context.Diagnostics.Error(block.DefinitionRange, $"Duplicate {name}", $"\"{name}\" is defined both as an attribute at {attribute.Range} and as a block; keep one of them.");
            }

            return StringMap(name, field);
        }

        if (block is null)
        {
            return null;
        }

        var mapPath = PathOf(field);
        _context.SourceMap.Add(mapPath, block);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, item) in block.Body.JustAttributes(_context.Diagnostics).OrderBy(a => a.Value.Range.Start.Byte))
        {
            _context.SourceMap.AddKey(mapPath, key, item);
            var value = item.Expression.Evaluate(_context.EvalContext, _context.Diagnostics);
            if (!value.IsNull && ValueConversion.TryConvert(value, HclType.String, key, item.Expression, _context.Diagnostics, out var text))
            {
                result[key] = text.AsString();
            }
        }

        return result;
    }

    /// <summary>A block read without a schema (<c>config {}</c>, <c>policy {}</c>): nested blocks become lists of objects.</summary>
    public static Dictionary<string, object?> Schemaless(DecodeContext context, HclBlock block, string path)
    {
        context.SourceMap.Add(path, block);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in block.Body.JustAttributes(context.Diagnostics))
        {
            context.SourceMap.AddKey(path, key, item);
            var value = item.Expression.Evaluate(context.EvalContext, context.Diagnostics);
            result[key] = ValueConversion.ToSchemaless(value);
        }

        return result;
    }

    private BigInteger? Whole(string name, string field, BigInteger min, BigInteger max)
    {
        var value = Value(name, field, HclType.Number);
        return value is { } v && Attribute(name) is { } attribute
            ? ValueConversion.WholeNumber(v, min, max, name, attribute.Expression, _context.Diagnostics)
            : null;
    }

    private static List<string> ToStringList(HclValue value)
    {
        var elements = value.Elements;
        var result = new List<string>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            if (!elements[i].IsNull)
            {
                result.Add(elements[i].AsString());
            }
        }

        return result;
    }

    private static Dictionary<string, string> ToStringMap(HclValue value)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, item) in value.Attributes)
        {
            if (!item.IsNull)
            {
                result[key] = item.AsString();
            }
        }

        return result;
    }
}
