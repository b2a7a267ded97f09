using Nomadic.Hcl.Internal;
using System.Globalization;
using System.Text;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The csvdecode function of cty's stdlib, reading CSV as Go's <c>encoding/csv</c> does.</summary>
internal static class CsvFunctions
{
    /// <summary>Adds the function to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        functions["csvdecode"] = new HclFunction("csvdecode", [P("str", HclType.String)], null, DecodeType, (a, t) => Decode(a[0].AsString(), t),
            "Parses the given string as Comma Separated Values (as defined by RFC 4180) and returns a map of objects representing the table of data, using the first row as a header row to define the object attributes.");
    }

    private static HclType DecodeType(IReadOnlyList<HclValue> args)
    {
        if (!args[0].IsKnown)
        {
            return HclType.Dynamic;
        }

        var reader = new Reader(args[0].AsString());
        var headers = reader.Read(0) ?? throw new HclFunctionException("missing header line");
        var attributes = new Dictionary<string, HclType>(StringComparer.Ordinal);
        foreach (var name in headers)
        {
            if (!attributes.TryAdd(name, HclType.String))
            {
                throw new HclFunctionException($"duplicate column name {GoText.Quote(name)}");
            }
        }

        return HclType.List(HclType.Object(attributes));
    }

    private static HclValue Decode(string text, HclType type)
    {
        var elementType = type.ElementType;
        var reader = new Reader(text);
        var headers = reader.Read(elementType.AttributeTypes.Count)!;
        var rows = new List<HclValue>();
        while (reader.Read(headers.Count) is { } columns)
        {
            rows.Add(HclValue.Object(columns.Select((c, i) => new KeyValuePair<string, HclValue>(headers[i], HclValue.String(c)))));
        }

        return ListOf(elementType, rows);
    }

    /// <summary>A minimal reader with Go <c>encoding/csv</c> rules: quoted fields, doubled quotes, CRLF, skipped blank lines.</summary>
    private sealed class Reader(string text)
    {
        private int _pos;
        private int _line = 1;

        /// <summary>Reads one record.</summary>
        /// <param name="fieldsPerRecord">The required field count, or 0 for any.</param>
        /// <returns>The fields, or null at the end of input.</returns>
        public List<string>? Read(int fieldsPerRecord)
        {
            while (_pos < text.Length && (text[_pos] == '\n' || (text[_pos] == '\r' && _pos + 1 < text.Length && text[_pos + 1] == '\n')))
            {
                _pos += text[_pos] == '\r' ? 2 : 1;
                _line++;
            }

            if (_pos >= text.Length)
            {
                return null;
            }

            var recordLine = _line;
            var fields = new List<string>();
            while (true)
            {
                var field = new StringBuilder();
                if (_pos < text.Length && text[_pos] == '"')
                {
                    _pos++;
                    while (true)
                    {
                        if (_pos >= text.Length)
                        {
                            throw Error(_line, "extraneous or missing \" in quoted-field");
                        }

                        var c = text[_pos];
                        if (c == '"')
                        {
                            if (_pos + 1 < text.Length && text[_pos + 1] == '"')
                            {
                                field.Append('"');
                                _pos += 2;
                                continue;
                            }

                            _pos++;
                            if (_pos < text.Length && text[_pos] != ',' && text[_pos] != '\n' && !(text[_pos] == '\r' && _pos + 1 < text.Length && text[_pos + 1] == '\n') && !(text[_pos] == '\r' && _pos + 1 == text.Length))
                            {
                                throw Error(_line, "extraneous or missing \" in quoted-field");
                            }

                            break;
                        }

                        if (c == '\r' && _pos + 1 < text.Length && text[_pos + 1] == '\n')
                        {
                            _pos++;
                            continue;
                        }

                        if (c == '\n')
                        {
                            _line++;
                        }

                        field.Append(c);
                        _pos++;
                    }
                }
                else
                {
                    while (_pos < text.Length && text[_pos] != ',' && text[_pos] != '\n')
                    {
                        if (text[_pos] == '\r' && (_pos + 1 == text.Length || text[_pos + 1] == '\n'))
                        {
                            break;
                        }

                        if (text[_pos] == '"')
                        {
                            throw Error(_line, "bare \" in non-quoted-field");
                        }

                        field.Append(text[_pos]);
                        _pos++;
                    }
                }

                fields.Add(field.ToString());
                if (_pos < text.Length && text[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                if (_pos < text.Length && text[_pos] == '\r')
                {
                    _pos++;
                }

                if (_pos < text.Length && text[_pos] == '\n')
                {
                    _pos++;
                    _line++;
                }

                break;
            }

            if (fieldsPerRecord > 0 && fields.Count != fieldsPerRecord)
            {
                throw Error(recordLine, "wrong number of fields");
            }

            return fields;
        }

        private static HclFunctionException Error(int line, string message) =>
            new(string.Create(CultureInfo.InvariantCulture, $"CSV parse error on line {line}: {message}"));
    }
}
