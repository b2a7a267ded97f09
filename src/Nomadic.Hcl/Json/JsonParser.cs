using System.Text;
using Nomadic.Hcl.Internal;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Json;

/// <summary>
/// Parses HCL JSON tokens into <see cref="JsonSyntaxNode"/>s with the messages and recovery of hcl's JSON parser: a
/// value that fails to parse becomes a <see cref="JsonInvalidSyntax"/> after one diagnostic, and an object or array
/// with an error is dropped as a whole. Nesting deeper than the limit stops the parse with one diagnostic.
/// </summary>
internal sealed class JsonParser
{
    private static readonly string[] Keywords = ["false", "true", "null"];

    private readonly ReadOnlyMemory<byte> _source;
    private readonly List<JsonToken> _tokens;
    private readonly string _fileName;
    private readonly int _maxDepth;
    private readonly DiagnosticBag _diags = new();
    private int _pos;
    private int _depth;
    private bool _tooDeep;

    private JsonParser(ReadOnlyMemory<byte> source, string fileName, SourcePos start, int maxDepth)
    {
        _source = source;
        _tokens = JsonScanner.Scan(source.Span, start);
        _fileName = fileName;
        _maxDepth = maxDepth;
    }

    /// <summary>Parses one JSON value that must make up the whole source.</summary>
    /// <param name="source">The UTF-8 source.</param>
    /// <param name="fileName">The file name for ranges.</param>
    /// <param name="start">The position of the source's first byte.</param>
    /// <param name="maxDepth">How deeply objects and arrays may nest.</param>
    /// <param name="diagnostics">Receives the syntax errors.</param>
    /// <returns>The value; a <see cref="JsonInvalidSyntax"/> when it could not be read.</returns>
    public static JsonSyntaxNode Parse(ReadOnlyMemory<byte> source, string fileName, SourcePos start, int maxDepth, DiagnosticBag diagnostics)
    {
        var parser = new JsonParser(source, fileName, start, maxDepth);
        var node = parser.ParseValue();
        if (parser._diags.Count == 0 && parser.Peek().Type != JsonTokenType.Eof)
        {
            parser.Error(parser.Peek(), "Extraneous data after value", "Extra characters appear after the JSON value.");
        }

        diagnostics.AddRange(parser._diags);
        return node;
    }

    private JsonToken Peek() => _tokens[_pos];

    private JsonToken Read()
    {
        var token = _tokens[_pos];
        if (token.Type != JsonTokenType.Eof)
        {
            _pos++;
        }

        return token;
    }

    private SourceRange RangeOf(JsonToken token) => new(_fileName, token.StartPos, token.EndPos);

    private void Error(JsonToken token, string summary, string detail) => _diags.Error(RangeOf(token), summary, detail);

    private JsonSyntaxNode ParseValue()
    {
        var token = Peek();
        var node = token.Type switch
        {
            JsonTokenType.BraceOpen or JsonTokenType.BracketOpen => ParseNested(token),
            JsonTokenType.Number => ParseNumber(),
            JsonTokenType.String => ParseString(),
            JsonTokenType.Keyword => ParseKeyword(),
            JsonTokenType.BraceClose => Fail(token, "Missing JSON value", "A JSON value must start with a brace, a bracket, a number, a string, or a keyword."),
            JsonTokenType.BracketClose => Fail(token, "Missing array element value", "A JSON value must start with a brace, a bracket, a number, a string, or a keyword."),
            JsonTokenType.Eof => Fail(token, "Missing value", "The JSON data ends prematurely."),
            _ => Fail(token, "Invalid start of value", "A JSON value must start with a brace, a bracket, a number, a string, or a keyword."),
        };
        return node ?? new JsonInvalidSyntax(RangeOf(token));
    }

    private JsonSyntaxNode? Fail(JsonToken token, string summary, string detail)
    {
        Error(token, summary, detail);
        return null;
    }

    private JsonSyntaxNode? ParseNested(JsonToken open)
    {
        if (_depth >= _maxDepth)
        {
            _tooDeep = true;
            return Fail(open, "Nesting too deep", $"This JSON value nests objects and arrays more than {_maxDepth} levels deep, the most this parser accepts.");
        }

        _depth++;
        try
        {
            return open.Type == JsonTokenType.BraceOpen ? ParseObject() : ParseArray();
        }
        finally
        {
            _depth--;
        }
    }

    private JsonObjectSyntax? ParseObject()
    {
        var open = Read();
        var properties = new List<JsonPropertySyntax>();
        while (Peek().Type != JsonTokenType.BraceClose)
        {
            var keyNode = ParseValue();
            if (_tooDeep)
            {
                return null;
            }

            if (keyNode is not JsonStringSyntax key)
            {
                _diags.Error(keyNode.StartRange, "Invalid object property name", "A JSON object property name must be a string");
                return null;
            }

            var colon = Read();
            if (colon.Type != JsonTokenType.Colon)
            {
                SkipPast(colon, JsonTokenType.BraceOpen, JsonTokenType.BraceClose);
                var (summary, detail) = colon.Type switch
                {
                    JsonTokenType.BraceClose or JsonTokenType.Comma => ("Missing object value", "A JSON object attribute must have a value, introduced by a colon."),
                    JsonTokenType.Equals => ("Missing property value colon", "JSON uses a colon as its name/value delimiter, not an equals sign."),
                    _ => ("Missing property value colon", "A colon must appear between an object property's name and its value."),
                };
                Error(colon, summary, detail);
                return null;
            }

            var value = ParseValue();
            if (_tooDeep)
            {
                return null;
            }

            properties.Add(new JsonPropertySyntax(key, value));
            var next = Peek();
            switch (next.Type)
            {
                case JsonTokenType.Comma:
                    var comma = Read();
                    if (Peek().Type == JsonTokenType.BraceClose)
                    {
                        Error(comma, "Trailing comma in object", "JSON does not permit a trailing comma after the final property in an object.");
                        return null;
                    }

                    continue;
                case JsonTokenType.Eof:
                    Error(open, "Unclosed object", "No closing brace was found for this JSON object.");
                    return null;
                case JsonTokenType.BracketClose:
                    Error(Read(), "Mismatched braces", "A JSON object must be closed with a brace, not a bracket.");
                    return null;
                case JsonTokenType.BraceClose:
                    continue;
                default:
                    SkipPast(Read(), JsonTokenType.BraceOpen, JsonTokenType.BraceClose);
                    Error(next, "Missing attribute seperator comma", "A comma must appear between each property definition in an object.");
                    return null;
            }
        }

        var close = Read();
        return new JsonObjectSyntax(properties, RangeOf(open), RangeOf(close));
    }

    private JsonArraySyntax? ParseArray()
    {
        var open = Read();
        var elements = new List<JsonSyntaxNode>();
        while (Peek().Type != JsonTokenType.BracketClose)
        {
            var value = ParseValue();
            if (_tooDeep)
            {
                return null;
            }

            elements.Add(value);
            var next = Peek();
            switch (next.Type)
            {
                case JsonTokenType.Comma:
                    var comma = Read();
                    if (Peek().Type == JsonTokenType.BracketClose)
                    {
                        Error(comma, "Trailing comma in array", "JSON does not permit a trailing comma after the final value in an array.");
                        return null;
                    }

                    continue;
                case JsonTokenType.Colon:
                    SkipPast(Read(), JsonTokenType.BracketOpen, JsonTokenType.BracketClose);
                    Error(next, "Invalid array value", "A colon is not used to introduce values in a JSON array.");
                    return null;
                case JsonTokenType.Eof:
                    // hcl's parser names this an unclosed object too; its detail speaks of the array.
                    Error(open, "Unclosed object", "No closing bracket was found for this JSON array.");
                    return null;
                case JsonTokenType.BraceClose:
                    SkipPast(Read(), JsonTokenType.BracketOpen, JsonTokenType.BracketClose);
                    Error(next, "Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.");
                    return null;
                case JsonTokenType.BracketClose:
                    continue;
                default:
                    SkipPast(Read(), JsonTokenType.BracketOpen, JsonTokenType.BracketClose);
                    Error(next, "Missing attribute seperator comma", "A comma must appear between each value in an array.");
                    return null;
            }
        }

        var close = Read();
        return new JsonArraySyntax(elements, RangeOf(open), RangeOf(close));
    }

    /// <summary>
    /// Moves past what seems to be the end of the current object or array after an error, as hcl's parser does: it
    /// stops after the first closer that brings the count of open delimiters back to one, or at the end of input.
    /// </summary>
    private void SkipPast(JsonToken token, JsonTokenType opener, JsonTokenType closer)
    {
        var open = 1;
        while (token.Type != JsonTokenType.Eof)
        {
            if (token.Type == opener)
            {
                open++;
            }
            else if (token.Type == closer && --open <= 1)
            {
                return;
            }

            token = Read();
        }
    }

    private JsonNumberSyntax? ParseNumber()
    {
        var token = Read();
        var text = _source.Span[token.Start..token.End];
        if (!JsonNumberGrammar.IsValid(text) || !HclNumber.TryParse(text, out var value))
        {
            Error(token, "Invalid JSON number", "There is a syntax error in the given JSON number.");
            return null;
        }

        return new JsonNumberSyntax(value, Encoding.ASCII.GetString(text), RangeOf(token));
    }

    private JsonStringSyntax? ParseString()
    {
        var token = Read();
        var bytes = _source.Span[token.Start..token.End];
        if (JsonStringDecoder.TryDecode(bytes, out var value, out var errorStart, out var errorEnd))
        {
            return new JsonStringSyntax(value, RangeOf(token));
        }

        SourceRange subject;
        if (errorStart >= bytes.Length)
        {
            var end = token.EndPos;
            subject = new SourceRange(_fileName, end, end with { Column = end.Column + 1, Byte = end.Byte + 1 });
        }
        else
        {
            subject = new SourceRange(_fileName, PositionIn(token, bytes, errorStart), PositionIn(token, bytes, errorEnd));
        }

        _diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid JSON string", "There is a syntax error in the given JSON string.", subject, RangeOf(token)));
        return null;
    }

    private JsonSyntaxNode? ParseKeyword()
    {
        var token = Read();
        var word = Encoding.ASCII.GetString(_source.Span[token.Start..token.End]);
        switch (word)
        {
            case "true" or "false":
                return new JsonBoolSyntax(word == "true", RangeOf(token));
            case "null":
                return new JsonNullSyntax(RangeOf(token));
            case "undefined" or "NaN" or "Infinity":
                return Fail(token, "Invalid JSON keyword", $"The JavaScript identifier {GoText.Quote(word)} cannot be used in JSON.");
            default:
                var suggestion = NameSuggestion.Find(word, Keywords) is { } s ? $" Did you mean {GoText.Quote(s)}?" : string.Empty;
                return Fail(token, "Invalid JSON keyword", $"{GoText.Quote(word)} is not a valid JSON keyword.{suggestion}");
        }
    }

    /// <summary>Returns the position of a byte of a string token, counting columns as the scanner does.</summary>
    private static SourcePos PositionIn(JsonToken token, ReadOnlySpan<byte> bytes, int offset)
    {
        var column = token.StartPos.Column;
        var i = 0;
        while (i < offset)
        {
            if (bytes[i] is (byte)'"' or (byte)'\\' or < 0x20)
            {
                column++;
                i++;
                continue;
            }

            var end = i + 1;
            while (end < offset && bytes[end] is not ((byte)'"' or (byte)'\\' or < 0x20))
            {
                end++;
            }

            column += JsonScanner.CountColumns(bytes[i..end]);
            i = end;
        }

        return token.StartPos with { Column = column, Byte = token.StartPos.Byte + offset };
    }
}
