using Nomadic.Hcl.Internal;
using System.Globalization;
using System.Text;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Functions.Library.Formatting;

/// <summary>cty's <c>format</c> machine: parses a format string and renders its verbs from the arguments.</summary>
internal static class FormatEngine
{
    /// <summary>Go's fmt refuses widths and precisions above a million (BADWIDTH); so do we, with an error.</summary>
    private const int MaxWidthOrPrecision = 1_000_000;

    /// <summary>Formats wholly known arguments.</summary>
    /// <param name="format">The format string.</param>
    /// <param name="args">The arguments after the format string.</param>
    /// <returns>The result.</returns>
    /// <exception cref="HclFunctionException">The format string or an argument is invalid; argument indexes count the format string as 0.</exception>
    public static string Format(string format, IReadOnlyList<HclValue> args)
    {
        var sb = new StringBuilder(format.Length);
        var nextArg = 1;
        var highestArg = 0;
        var bytes = Encoding.UTF8.GetBytes(format);
        var p = 0;
        while (p < bytes.Length)
        {
            if (bytes[p] != '%')
            {
                var start = p;
                while (p < bytes.Length && bytes[p] != '%')
                {
                    p++;
                }

                sb.Append(Encoding.UTF8.GetString(bytes, start, p - start));
                continue;
            }

            if (p + 1 < bytes.Length && bytes[p + 1] == '%')
            {
                sb.Append('%');
                p += 2;
                continue;
            }

            var verb = new FormatVerb { ArgNum = nextArg, Offset = p };
            var ts = p;
            p++;
            while (p < bytes.Length && bytes[p] is (byte)'0' or (byte)'#' or (byte)'-' or (byte)'+' or (byte)' ')
            {
                switch (bytes[p])
                {
                    case (byte)'0': verb.Zero = true; break;
                    case (byte)'#': verb.Sharp = true; break;
                    case (byte)'-': verb.Minus = true; break;
                    case (byte)'+': verb.Plus = true; break;
                    default: verb.Space = true; break;
                }

                p++;
            }

            if (p < bytes.Length && bytes[p] is >= (byte)'1' and <= (byte)'9')
            {
                verb.HasWidth = true;
                while (p < bytes.Length && bytes[p] is >= (byte)'0' and <= (byte)'9')
                {
                    verb.Width = (verb.Width * 10) + (bytes[p] - '0');
                    p++;
                    if (verb.Width > MaxWidthOrPrecision)
                    {
                        throw new HclFunctionException($"a width above {MaxWidthOrPrecision} is not allowed");
                    }
                }
            }

            if (p < bytes.Length && bytes[p] == '.')
            {
                verb.HasPrecision = true;
                p++;
                while (p < bytes.Length && bytes[p] is >= (byte)'0' and <= (byte)'9')
                {
                    verb.Precision = (verb.Precision * 10) + (bytes[p] - '0');
                    p++;
                    if (verb.Precision > MaxWidthOrPrecision)
                    {
                        throw new HclFunctionException($"a precision above {MaxWidthOrPrecision} is not allowed");
                    }
                }
            }

            if (p < bytes.Length && bytes[p] == '[')
            {
                p++;
                if (p >= bytes.Length)
                {
                    throw Incomplete(bytes.Length);
                }

                if (bytes[p] is not (>= (byte)'1' and <= (byte)'9'))
                {
                    throw Unrecognized(bytes, p);
                }

                verb.ArgNum = 0;
                while (p < bytes.Length && bytes[p] is >= (byte)'0' and <= (byte)'9')
                {
                    verb.ArgNum = (verb.ArgNum * 10) + (bytes[p] - '0');
                    p++;
                }

                if (p >= bytes.Length)
                {
                    throw Incomplete(bytes.Length);
                }

                if (bytes[p] != ']')
                {
                    throw Unrecognized(bytes, p);
                }

                p++;
            }

            if (p >= bytes.Length)
            {
                throw Incomplete(bytes.Length);
            }

            if (!char.IsAsciiLetter((char)bytes[p]))
            {
                throw Unrecognized(bytes, p);
            }

            verb.Mode = (char)bytes[p];
            p++;
            verb.Raw = Encoding.UTF8.GetString(bytes, ts, p - ts);
            highestArg = Math.Max(highestArg, verb.ArgNum);
            Append(verb, sb, args);
            nextArg = verb.ArgNum + 1;
        }

        if (highestArg < args.Count)
        {
            var firstBad = highestArg + 1;
            throw new HclFunctionException(firstBad, highestArg == 0
                ? "too many arguments; no verbs in format string"
                : string.Create(CultureInfo.InvariantCulture, $"too many arguments; only {highestArg} used by format string"));
        }

        return sb.ToString();
    }

    private static HclFunctionException Incomplete(int offset) =>
        new(string.Create(CultureInfo.InvariantCulture, $"invalid format string starting at offset {offset}"));

    private static HclFunctionException Unrecognized(byte[] bytes, int p)
    {
        var rune = Rune.DecodeFromUtf8(bytes.AsSpan(p), out var r, out _) == System.Buffers.OperationStatus.Done ? r : Rune.ReplacementChar;
        return new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"unrecognized format character {GoText.QuoteRune(rune)} at offset {p}"));
    }

    private static void Append(FormatVerb verb, StringBuilder sb, IReadOnlyList<HclValue> args)
    {
        var argIndex = verb.ArgNum - 1;
        if (argIndex >= args.Count)
        {
            throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture,
                $"not enough arguments for {GoText.Quote(verb.Raw)} at {verb.Offset}: need index {verb.ArgNum} but have {args.Count} total"));
        }

        var arg = args[argIndex];
        if (verb.Mode != 'v' && arg.IsNull)
        {
            throw Unsupported(verb, "null value cannot be formatted");
        }

        switch (verb.Mode)
        {
            case 'v':
                AppendAsIs(verb, sb, arg);
                return;
            case 't':
                sb.Append(ConvertOrThrow(verb, arg, HclType.Bool).AsBool() ? "true" : "false");
                return;
            case 'b' or 'd' or 'o' or 'x' or 'X':
            {
                var number = ConvertOrThrow(verb, arg, HclType.Number).AsNumber();
                if (!number.IsInteger)
                {
                    throw Unsupported(verb, "an integer is required");
                }

                sb.Append(GoNumberFormat.FormatInteger(number.ToBigInteger(), verb));
                return;
            }

            case 'e' or 'E' or 'f' or 'g' or 'G':
                sb.Append(GoNumberFormat.FormatFloat(ConvertOrThrow(verb, arg, HclType.Number).AsNumber(), verb));
                return;
            case 's' or 'q':
                AppendString(verb, sb, ConvertOrThrow(verb, arg, HclType.String).AsString());
                return;
            default:
                throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture,
                    $"unsupported format verb {GoText.QuoteRune(new Rune(verb.Mode))} in {GoText.Quote(verb.Raw)} at offset {verb.Offset}"));
        }
    }

    private static HclValue ConvertOrThrow(FormatVerb verb, HclValue arg, HclType type) =>
        HclConvert.TryConvert(arg, type, out var converted, out var error) ? converted : throw Unsupported(verb, error);

    private static HclFunctionException Unsupported(FormatVerb verb, string detail) =>
        new(string.Create(CultureInfo.InvariantCulture, $"unsupported value for {GoText.Quote(verb.Raw)} at {verb.Offset}: {detail}"));

    private static void AppendAsIs(FormatVerb verb, StringBuilder sb, HclValue arg)
    {
        if (!verb.Sharp && !arg.IsNull)
        {
            if (arg.Type.Kind == HclTypeKind.String)
            {
                sb.Append(PadWidth(verb, arg.AsString()));
                return;
            }

            if (arg.Type.Kind == HclTypeKind.Number)
            {
                sb.Append(PadWidth(verb, GoNumberFormat.ShortestG(arg.AsNumber())));
                return;
            }
        }

        string json;
        try
        {
            json = GoJson.Serialize(arg);
        }
        catch (HclFunctionException e)
        {
            throw Unsupported(verb, e.Message);
        }

        sb.Append(PadWidth(verb, json));
    }

    private static void AppendString(FormatVerb verb, StringBuilder sb, string s)
    {
        if (verb.HasPrecision && verb.Precision > 0)
        {
            s = string.Concat(GoText.Graphemes(s).Take(verb.Precision));
        }

        if (verb.Mode == 's')
        {
            sb.Append(PadWidth(verb, s));
            return;
        }

        var quoted = new StringBuilder();
        GoJson.WriteString(quoted, s);
        sb.Append(PadWidth(verb, quoted.ToString()));
    }

    private static string PadWidth(FormatVerb verb, string text)
    {
        if (!verb.HasWidth)
        {
            return text;
        }

        var length = GoText.GraphemeCount(text);
        if (length >= verb.Width)
        {
            return text;
        }

        var pads = new string(verb.Zero ? '0' : ' ', verb.Width - length);
        return verb.Minus ? text + pads : pads + text;
    }
}
