
namespace Nomadic.Hcl.Syntax;

/// <summary>Bodies, attributes and blocks.</summary>
internal ref partial struct Parser
{
    private void ParseBody(TokenType end, int openTokenStart)
    {
        var startTok = PrevToken;
        var bodyIndex = Add(NodeKind.Body, 0, openTokenStart >= 0 ? openTokenStart : startTok.Start, 0);
        var attributes = new AttributeNames(bodyIndex);
        Token endTok;
        while (true)
        {
            var next = Peek();
            if (next.Type == end)
            {
                endTok = Read();
                break;
            }

            if (next.Type == TokenType.Newline)
            {
                Read();
                continue;
            }

            if (next.Type == TokenType.Ident)
            {
                var itemIndex = _nodes.Count;
                ParseBodyItem();
                if (_nodes.Count > itemIndex && _nodes[itemIndex].Kind == NodeKind.Attribute)
                {
                    CheckRedefined(itemIndex, ref attributes);
                }

                continue;
            }

            var bad = Read();
            if (!_recovery)
            {
                if (bad.Type == TokenType.OQuote)
                {
                    Error(bad, "Invalid argument name", "Argument names must not be quoted.");
                }
                else if (bad.Type == TokenType.Eof)
                {
                    if (end == TokenType.CBrace)
                    {
                        Error(RangeOf(startTok), "Unclosed configuration block", "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.");
                    }
                    else
                    {
                        Error(RangeOf(startTok), "Unclosed configuration body", "Found end of file before the end of this configuration body.");
                    }
                }
                else
                {
                    Error(bad, "Argument or block definition required", "An argument or block definition is required here.");
                }
            }

            endTok = PrevToken;
            Recover(end);
            break;
        }

        SetEnd(bodyIndex, endTok.End);
        Close(bodyIndex);
    }

    /// <summary>
    /// Reports an attribute whose name an earlier attribute of the same body already used. Small bodies compare with
    /// the earlier siblings in place; a body with many attributes switches to a set.
    /// </summary>
    private void CheckRedefined(int attributeIndex, ref AttributeNames names)
    {
        var node = _nodes[attributeIndex];
        var name = _src.Slice(node.Start, node.Data);
        int previous;
        if (names.Set is null)
        {
            previous = FindEarlierAttribute(names.BodyIndex, attributeIndex, name);
            if (previous < 0 && ++names.Count > 32)
            {
                names.Set = new Dictionary<SourceSlice, int>(new SourceSliceComparer(_tree.Source));
                for (var i = names.BodyIndex + 1; i <= attributeIndex; i += _nodes[i].Size)
                {
                    if (_nodes[i].Kind == NodeKind.Attribute)
                    {
                        names.Set.TryAdd(new SourceSlice(_nodes[i].Start, _nodes[i].Data), i);
                    }
                }
            }
        }
        else if (!names.Set.TryGetValue(new SourceSlice(node.Start, node.Data), out previous))
        {
            names.Set.Add(new SourceSlice(node.Start, node.Data), attributeIndex);
            previous = -1;
        }

        if (previous >= 0)
        {
            var prev = _nodes[previous];
            Error(
                RangeOf(node.Start, node.Start + node.Data),
                "Attribute redefined",
                $"The argument \"{_tree.TextOf(node.Start, node.Start + node.Data)}\" was already set at {RangeOf(prev.Start, prev.Start + prev.Data)}. Each argument may be set only once.");
        }
    }

    private readonly int FindEarlierAttribute(int bodyIndex, int attributeIndex, ReadOnlySpan<byte> name)
    {
        for (var i = bodyIndex + 1; i < attributeIndex; i += _nodes[i].Size)
        {
            var sibling = _nodes[i];
            if (sibling.Kind == NodeKind.Attribute && _src.Slice(sibling.Start, sibling.Data).SequenceEqual(name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The attribute names seen in one body, for the redefinition check.</summary>
    private struct AttributeNames(int bodyIndex)
    {
        public readonly int BodyIndex = bodyIndex;
        public int Count;
        public Dictionary<SourceSlice, int>? Set;
    }

    private void ParseBodyItem()
    {
        var ident = Read();
        var next = Peek();
        switch (next.Type)
        {
            case TokenType.Equal:
                FinishAttribute(ident, singleLine: false);
                return;
            case TokenType.OQuote or TokenType.OBrace or TokenType.Ident:
                FinishBlock(ident);
                return;
            default:
                RecoverAfterBodyItem();
                Error(ident, "Argument or block definition required", "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.");
                return;
        }
    }

    private void FinishAttribute(Token ident, bool singleLine)
    {
        Read(); // the equals sign
        var index = Add(NodeKind.Attribute, ident.Length, ident.Start, 0);
        var diagsBefore = DiagCount;
        ParseExpression();
        Token endTok;
        if (_recovery && HasErrorsSince(diagsBefore))
        {
            endTok = PrevToken;
            RecoverAfterBodyItem();
        }
        else
        {
            endTok = PrevToken;
            if (!singleLine)
            {
                var end = Peek();
                if (end.Type != TokenType.Newline && end.Type != TokenType.Eof)
                {
                    if (!_recovery)
                    {
                        var comma = end.Type == TokenType.Comma;
                        Error(
                            RangeOf(end),
                            comma ? "Unexpected comma after argument" : "Missing newline after argument",
                            (comma ? "Argument definitions must be separated by newlines, not commas. " : string.Empty) + "An argument definition must end with a newline.",
                            RangeOf(ident.Start, end.End));
                    }

                    endTok = PrevToken;
                    RecoverAfterBodyItem();
                }
                else
                {
                    endTok = PrevToken;
                    Read();
                }
            }
        }

        SetEnd(index, endTok.End);
        Close(index);
    }

    private void FinishBlock(Token ident)
    {
        var index = Add(NodeKind.Block, ident.Length, ident.Start, ident.End);
        Token oBrace;
        while (true)
        {
            var tok = Peek();
            if (tok.Type == TokenType.OBrace)
            {
                oBrace = Read();
                break;
            }

            if (tok.Type == TokenType.OQuote)
            {
                ParseBlockLabel();
                continue;
            }

            if (tok.Type == TokenType.Ident)
            {
                Read();
                Add(NodeKind.BlockLabel, 0, tok.Start, tok.End);
                continue;
            }

            if (tok.Type == TokenType.Equal)
            {
                Error(tok, ident, "Invalid block definition", "The equals sign \"=\" indicates an argument definition, and must not be used when defining a block.");
            }
            else if (tok.Type == TokenType.Newline)
            {
                Error(tok, ident, "Invalid block definition", "A block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header.");
            }
            else if (!_recovery)
            {
                Error(tok, ident, "Invalid block definition", "Either a quoted string block label or an opening brace (\"{\") is expected here.");
            }

            RecoverAfterBodyItem();
            var placeholder = Add(NodeKind.Body, 0, ident.Start, ident.End);
            Close(placeholder);
            Close(index);
            return;
        }

        if (!EnterNesting(oBrace))
        {
            LeaveNesting();
            var skipped = Recover(TokenType.CBrace);
            Close(Add(NodeKind.Body, 0, oBrace.Start, skipped.End));
            SetEnd(index, skipped.End);
            Close(index);
            return;
        }

        var bodyIndex = _nodes.Count;
        var first = Peek().Type;
        if (first is TokenType.Newline or TokenType.Eof or TokenType.CBrace)
        {
            ParseBody(TokenType.CBrace, oBrace.Start);
        }
        else
        {
            ParseSingleAttributeBody(oBrace);
            var after = Peek();
            switch (after.Type)
            {
                case TokenType.CBrace:
                    Read();
                    break;
                case TokenType.Comma:
                    Error(after, "Invalid single-argument block definition", "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.");
                    Recover(TokenType.CBrace);
                    break;
                case TokenType.Newline:
                    Error(after, "Invalid single-argument block definition", "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.");
                    Recover(TokenType.CBrace);
                    break;
                default:
                    if (!_recovery)
                    {
                        if (after.Type == TokenType.Eof)
                        {
                            Error(RangeOf(oBrace), "Unclosed configuration block", "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.", RangeOf(ident.Start, oBrace.End));
                        }
                        else
                        {
                            Error(after, "Invalid single-argument block definition", "A single-line block definition must end with a closing brace immediately after its single argument definition.");
                        }
                    }

                    Recover(TokenType.CBrace);
                    break;
            }

            SetEnd(bodyIndex, PrevToken.End);
        }

        LeaveNesting();
        var cBrace = PrevToken;
        var eol = Peek();
        if (eol.Type is TokenType.Newline or TokenType.Eof)
        {
            Read();
        }
        else
        {
            if (!_recovery)
            {
                Error(RangeOf(eol), "Missing newline after block definition", "A block definition must end with a newline.", RangeOf(ident.Start, eol.End));
            }

            RecoverAfterBodyItem();
        }

        SetEnd(index, cBrace.End);
        Close(index);
    }

    private void ParseSingleAttributeBody(Token oBrace)
    {
        var bodyIndex = Add(NodeKind.Body, 0, oBrace.Start, 0);
        var ident = Read();
        if (ident.Type != TokenType.Ident)
        {
            RecoverAfterBodyItem();
            Error(ident, "Argument or block definition required", "An argument or block definition is required here.");
            Close(bodyIndex);
            return;
        }

        var next = Peek();
        switch (next.Type)
        {
            case TokenType.Equal:
                FinishAttribute(ident, singleLine: true);
                break;
            case TokenType.OQuote or TokenType.OBrace or TokenType.Ident:
                RecoverAfterBodyItem();
                Error(
                    RangeOf(ident.Start, next.End),
                    "Argument definition required",
                    $"A single-line block definition can contain only a single argument. If you meant to define argument \"{_tree.TextOf(ident.Start, ident.End)}\", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.");
                break;
            default:
                RecoverAfterBodyItem();
                Error(ident, "Argument or block definition required", "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.");
                break;
        }

        Close(bodyIndex);
    }

    private void ParseBlockLabel()
    {
        var oQuote = Read();
        var builder = new LabelBuilder();
        Token endTok;
        while (true)
        {
            var tok = Read();
            if (tok.Type == TokenType.CQuote)
            {
                endTok = tok;
                break;
            }

            if (tok.Type == TokenType.QuotedLit)
            {
                var processed = DecodeStringToken(tok, quoted: true);
                builder.Append(processed, tok, _src);
                continue;
            }

            if (tok.Type is TokenType.TemplateControl or TokenType.TemplateInterp)
            {
                var which = tok.Type == TokenType.TemplateControl ? "%" : "$";
                Error(RangeOf(tok), "Invalid string literal", $"Template sequences are not allowed in this string. To include a literal \"{which}\", double it (as \"{which}{which}\") to escape it.", RangeOf(oQuote.Start, tok.End));
                builder.AppendText(which + "{ ... }", _src);
                Recover(TokenType.TemplateSeqEnd);
                continue;
            }

            if (tok.Type == TokenType.Eof)
            {
                Error(RangeOf(tok), "Unterminated string literal", "Unable to find the closing quote mark before the end of the file.", RangeOf(oQuote.Start, tok.End));
                endTok = tok;
                break;
            }

            Error(RangeOf(tok), "Invalid string literal", "This item is not valid in a string literal.", RangeOf(oQuote.Start, tok.End));
            Recover(TokenType.CQuote);
            endTok = tok;
            break;
        }

        var raw = builder.IsRaw && (builder.RawStart < 0 || (builder.RawStart == oQuote.End && builder.RawEnd == endTok.Start && endTok.Type == TokenType.CQuote));
        Add(NodeKind.BlockLabel, raw ? 0 : AddString(builder.Value(_src)), oQuote.Start, endTok.End);
    }

    /// <summary>Accumulates a label's value, staying a reference to the source while no escape changes it.</summary>
    private struct LabelBuilder
    {
        private System.Text.StringBuilder? _text;

        public LabelBuilder()
        {
        }

        public int RawStart { get; private set; } = -1;

        public int RawEnd { get; private set; } = -1;

        public readonly bool IsRaw => _text is null;

        public void Append(string? processed, Token tok, ReadOnlySpan<byte> src)
        {
            if (processed is null && _text is null && (RawStart < 0 || RawEnd == tok.Start))
            {
                RawStart = RawStart < 0 ? tok.Start : RawStart;
                RawEnd = tok.End;
                return;
            }

            Materialize(src);
            _text!.Append(processed ?? System.Text.Encoding.UTF8.GetString(src[tok.Start..tok.End]));
        }

        public void AppendText(string text, ReadOnlySpan<byte> src)
        {
            Materialize(src);
            _text!.Append(text);
        }

        public readonly string Value(ReadOnlySpan<byte> src) =>
            _text?.ToString() ?? (RawStart < 0 ? string.Empty : System.Text.Encoding.UTF8.GetString(src[RawStart..RawEnd]));

        private void Materialize(ReadOnlySpan<byte> src)
        {
            if (_text is null)
            {
                _text = new System.Text.StringBuilder();
                if (RawStart >= 0)
                {
                    _text.Append(System.Text.Encoding.UTF8.GetString(src[RawStart..RawEnd]));
                }
            }
        }
    }
}
