using Nomadic.Hcl.Internal;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Nomadic.Hcl.Values;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Nomadic.Hcl.Functions.Library.Yaml;

/// <summary>Decodes one YAML document to a value as go-cty-yaml does: mappings to objects, sequences to tuples, scalars resolved by its rules.</summary>
internal static partial class YamlDecoder
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    private static readonly Dictionary<string, HclValue> Resolved = BuildResolved();

    /// <summary>YAML's infinities, which go-cty-yaml resolves but HCL numbers cannot represent.</summary>
    private static readonly HashSet<string> Infinities = new(StringComparer.Ordinal)
    {
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    };

    /// <summary>Decodes YAML text.</summary>
    /// <param name="text">The YAML text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="HclFunctionException">The text is not valid or uses what cty cannot represent.</exception>
    public static HclValue Decode(string text)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return HclValue.NullDynamic;
            }

            parser.Consume<DocumentStart>();
            var anchors = new Dictionary<string, HclValue>(StringComparer.Ordinal);
            var pending = new HashSet<string>(StringComparer.Ordinal);
            var value = Parse(parser, anchors, pending);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out _))
            {
                throw new HclFunctionException("only a single document is allowed");
            }

            parser.Consume<StreamEnd>();
            return value;
        }
        catch (YamlException e)
        {
            throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"on line {e.Start.Line}, column {e.Start.Column}: {e.Message}"), e);
        }
    }

    private static HclValue Parse(IParser parser, Dictionary<string, HclValue> anchors, HashSet<string> pending)
    {
        var evt = parser.Consume<ParsingEvent>();
        switch (evt)
        {
            case Scalar scalar:
            {
                var value = ResolveScalar(scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? string.Empty : scalar.Tag.Value, scalar.Value, scalar.Style);
                if (!scalar.Anchor.IsEmpty)
                {
                    anchors[scalar.Anchor.Value] = value;
                }

                return value;
            }

            case AnchorAlias alias:
                if (pending.Contains(alias.Value.Value))
                {
                    throw new HclFunctionException($"cannot refer to anchor {GoText.Quote(alias.Value.Value)} from inside its own definition");
                }

                return anchors.TryGetValue(alias.Value.Value, out var aliased)
                    ? aliased
                    : throw new HclFunctionException($"reference to undefined anchor {GoText.Quote(alias.Value.Value)}");
            case SequenceStart start:
            {
                CheckCollectionTag(start.Tag, "seq", "sequence");
                var anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                if (anchor is not null)
                {
                    pending.Add(anchor);
                }

                var items = new List<HclValue>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(Parse(parser, anchors, pending));
                }

                var tuple = HclValue.Tuple(items);
                Complete(anchor, tuple, anchors, pending);
                return tuple;
            }

            case MappingStart start:
            {
                CheckCollectionTag(start.Tag, "map", "mapping");
                var anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
                if (anchor is not null)
                {
                    pending.Add(anchor);
                }

                var values = new Dictionary<string, HclValue>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyEvent = parser.Current;
                    if (keyEvent is Scalar { Value: "<<" } mergeKey && (mergeKey.Tag.IsEmpty || mergeKey.Tag.Value == TagPrefix + "merge") && mergeKey.Style == ScalarStyle.Plain)
                    {
                        parser.MoveNext();
                        Merge(values, Parse(parser, anchors, pending));
                        continue;
                    }

                    if (keyEvent is not Scalar keyScalar)
                    {
                        throw new HclFunctionException("only strings are allowed as mapping keys");
                    }

                    parser.MoveNext();
                    var key = ResolveScalar(keyScalar.Tag.IsEmpty || keyScalar.Tag.IsNonSpecific ? string.Empty : keyScalar.Tag.Value, keyScalar.Value, keyScalar.Style);
                    if (key.IsNull)
                    {
                        throw new HclFunctionException("mapping key cannot be null");
                    }

                    if (!HclConvert.TryConvert(key, HclType.String, out var keyString, out _))
                    {
                        throw new HclFunctionException("only strings are allowed as mapping keys");
                    }

                    values[keyString.AsString()] = Parse(parser, anchors, pending);
                }

                var obj = HclValue.Object(values);
                Complete(anchor, obj, anchors, pending);
                return obj;
            }

            default:
                throw new HclFunctionException($"unexpected parser event {evt.GetType().Name}");
        }
    }

    private static void CheckCollectionTag(TagName tag, string expected, string what)
    {
        if (!tag.IsEmpty && !tag.IsNonSpecific && tag.Value != TagPrefix + expected)
        {
            throw new HclFunctionException($"can't interpret {what} as {ShortTag(tag.Value)}");
        }
    }

    private static void Complete(string? anchor, HclValue value, Dictionary<string, HclValue> anchors, HashSet<string> pending)
    {
        if (anchor is not null)
        {
            pending.Remove(anchor);
            anchors[anchor] = value;
        }
    }

    private static void Merge(Dictionary<string, HclValue> values, HclValue merged)
    {
        switch (merged.Type.Kind)
        {
            case HclTypeKind.Object or HclTypeKind.Map:
                foreach (var (k, v) in merged.Attributes)
                {
                    values[k] = v;
                }

                return;
            case HclTypeKind.Tuple or HclTypeKind.List:
                foreach (var m in merged.Elements)
                {
                    if (m.Type.Kind is not (HclTypeKind.Object or HclTypeKind.Map))
                    {
                        throw new HclFunctionException($"cannot merge {m.Type.FriendlyName} (from sequence) into mapping");
                    }

                    foreach (var (k, v) in m.Attributes)
                    {
                        values[k] = v;
                    }
                }

                return;
            default:
                throw new HclFunctionException($"cannot merge {merged.Type.FriendlyName} into mapping");
        }
    }

    private static string ShortTag(string tag) => tag.StartsWith(TagPrefix, StringComparison.Ordinal) ? "!!" + tag[TagPrefix.Length..] : tag;

    private static HclValue ResolveScalar(string tag, string src, ScalarStyle style)
    {
        var shortTag = ShortTag(tag);
        if (shortTag.Length > 0 && shortTag is not ("!!str" or "!!bool" or "!!int" or "!!float" or "!!null" or "!!timestamp" or "!!binary"))
        {
            throw new HclFunctionException($"unsupported tag {GoText.Quote(tag)}");
        }

        var hint = src.Length == 0 ? 'N' : Hint(src[0]);
        if (hint != '\0' && shortTag is not ("!!str" or "!!binary"))
        {
            if (style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
            {
                return HclValue.String(src);
            }

            if (Infinities.Contains(src))
            {
                throw new HclFunctionException("infinity is not supported");
            }

            if (Resolved.TryGetValue(src, out var item))
            {
                return item;
            }

            if (shortTag.Length == 0 && src is ".nan" or ".NaN" or ".NAN")
            {
                throw new HclFunctionException("floating point NaN is not supported");
            }

            switch (hint)
            {
                case '.':
                    if (HclNumber.TryParse(src.AsSpan(), out var n))
                    {
                        return HclValue.Number(n);
                    }

                    break;
                case 'D' or 'S':
                    if (shortTag is "" or "!!timestamp" && TryTimestamp(src, out var ts))
                    {
                        return HclValue.String(ts);
                    }

                    if (IntegerLiteral().IsMatch(src))
                    {
                        shortTag = "!!int";
                    }
                    else if (FloatLiteral().IsMatch(src))
                    {
                        shortTag = "!!float";
                    }

                    break;
            }
        }

        switch (shortTag)
        {
            case "!!str":
                return HclValue.String(src);
            case "!!binary":
                return EncodingFunctions.TryDecodeStd(src, out _)
                    ? HclValue.String(src)
                    : throw new HclFunctionException($"cannot parse {GoText.Quote(src)} as {tag}: not valid base64");
            case "!!bool":
                return Resolved.TryGetValue(src, out var b) && b.Type.Kind == HclTypeKind.Bool ? b : throw new HclFunctionException($"cannot parse {GoText.Quote(src)} as {tag}");
            case "!!int" or "!!float":
                var plain = src.Replace("_", string.Empty, StringComparison.Ordinal);
                if (HclNumber.TryParse(plain.AsSpan(), out var number))
                {
                    return HclValue.Number(number);
                }

                if (TryGoInteger(plain, out var integer))
                {
                    return HclValue.Number(HclNumber.FromBigInteger(integer));
                }

                throw new HclFunctionException($"cannot parse {GoText.Quote(src)} as {tag}");
            case "!!timestamp":
                return TryTimestamp(src, out var stamp) ? HclValue.String(stamp) : throw new HclFunctionException($"cannot parse {GoText.Quote(src)} as {tag}");
            case "!!null":
                return HclValue.NullDynamic;
            default:
                return HclValue.String(src);
        }
    }

    private static char Hint(char c) => c switch
    {
        '+' or '-' => 'S',
        >= '0' and <= '9' => 'D',
        'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' or '~' => 'M',
        '.' => '.',
        _ => '\0',
    };

    private static bool TryGoInteger(string s, out BigInteger value)
    {
        value = BigInteger.Zero;
        var negative = s.StartsWith('-');
        var body = s.TrimStart('+', '-');
        int radix;
        if (body.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            radix = 16;
            body = body[2..];
        }
        else if (body.StartsWith("0o", StringComparison.OrdinalIgnoreCase))
        {
            radix = 8;
            body = body[2..];
        }
        else if (body.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
        {
            radix = 2;
            body = body[2..];
        }
        else if (body.StartsWith('0') && body.Length > 1)
        {
            radix = 8;
            body = body[1..];
        }
        else
        {
            return false;
        }

        if (body.Length == 0 || !NumberFunctions.TryParseBigInteger(body, radix, out value))
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return value >= long.MinValue && value <= ulong.MaxValue;
    }

    private static bool TryTimestamp(string s, out string result)
    {
        result = string.Empty;
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i != 4 || i == s.Length || s[i] != '-')
        {
            return false;
        }

        string[] formats =
        [
            "yyyy-M-d'T'H:m:s.FFFFFFFK", "yyyy-M-d't'H:m:s.FFFFFFFK", "yyyy-M-d'T'H:m:sK", "yyyy-M-d't'H:m:sK",
            "yyyy-M-d H:m:s.FFFFFFF", "yyyy-M-d H:m:s", "yyyy-M-d",
        ];
        if (!DateTimeOffset.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
        {
            return false;
        }

        result = GoTime.FormatRfc3339(t);
        return true;
    }

    private static Dictionary<string, HclValue> BuildResolved()
    {
        var map = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        foreach (var s in new[] { "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" })
        {
            map[s] = HclValue.True;
        }

        foreach (var s in new[] { "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" })
        {
            map[s] = HclValue.False;
        }

        foreach (var s in new[] { string.Empty, "~", "null", "Null", "NULL" })
        {
            map[s] = HclValue.NullDynamic;
        }

        return map;
    }

    [GeneratedRegex(@"\A([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerLiteral();

    [GeneratedRegex(@"\A[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex FloatLiteral();
}
