using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Syntax;

/// <summary>Expressions: operators, terms, traversals, collections, function calls and <c>for</c>.</summary>
internal ref partial struct Parser
{
    private void ParseExpression()
    {
        var startTok = Peek();
        if (!EnterNesting(startTok))
        {
            Add(NodeKind.Invalid, 0, startTok.Start, startTok.End);
            LeaveNesting();
            return;
        }

        try
        {
            ParseConditional(startTok);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private void ParseConditional(Token startTok)
    {
        var start = _nodes.Count;
        var diagsBefore = DiagCount;
        ParseBinary(1);
        if (_recovery && HasErrorsSince(diagsBefore))
        {
            return;
        }

        if (Peek().Type != TokenType.Question)
        {
            return;
        }

        Read();
        diagsBefore = DiagCount;
        ParseExpression();
        if (_recovery && HasErrorsSince(diagsBefore))
        {
            return;
        }

        var colon = Peek();
        if (colon.Type != TokenType.Colon)
        {
            Error(RangeOf(colon), "Missing false expression in conditional", "The conditional operator (...?...:...) requires a false expression, delimited by a colon.", RangeOf(startTok.Start, colon.End));
            Wrap(start, NodeKind.Conditional, 0, NodeStart(start), colon.Start);
            Add(NodeKind.Invalid, 0, colon.Start, colon.End);
            return;
        }

        Read();
        var falseStart = _nodes.Count;
        ParseExpression();
        Wrap(start, NodeKind.Conditional, 0, NodeStart(start), NodeEnd(falseStart));
    }

    /// <summary>The binary operator a token stands for and its precedence (1 = <c>||</c> … 6 = <c>* / %</c>), or 0.</summary>
    private static Operator BinaryOperator(TokenType type, out int precedence)
    {
        (var op, precedence) = type switch
        {
            TokenType.Or => (Operator.Or, 1),
            TokenType.And => (Operator.And, 2),
            TokenType.EqualOp => (Operator.Equal, 3),
            TokenType.NotEqual => (Operator.NotEqual, 3),
            TokenType.GreaterThan => (Operator.GreaterThan, 4),
            TokenType.GreaterThanEq => (Operator.GreaterThanOrEqual, 4),
            TokenType.LessThan => (Operator.LessThan, 4),
            TokenType.LessThanEq => (Operator.LessThanOrEqual, 4),
            TokenType.Plus => (Operator.Add, 5),
            TokenType.Minus => (Operator.Subtract, 5),
            TokenType.Star => (Operator.Multiply, 6),
            TokenType.Slash => (Operator.Divide, 6),
            TokenType.Percent => (Operator.Modulo, 6),
            _ => ((Operator)0, 0),
        };
        return op;
    }

    /// <summary>
    /// Binary operators by precedence climbing: the same left-associative trees as HCL's one-function-per-level
    /// descent, without a call per level for every operand.
    /// </summary>
    private void ParseBinary(int minPrecedence)
    {
        var start = _nodes.Count;
        var diagsBefore = DiagCount;
        ParseWithTraversals();
        if (_recovery && HasErrorsSince(diagsBefore))
        {
            return;
        }

        var chain = 0;
        while (BinaryOperator(Peek().Type, out var precedence) is var op and not 0 && precedence >= minPrecedence)
        {
            var opTok = Read();
            if (++chain > _maxDepth)
            {
                ReportTooDeep(opTok);
                return;
            }

            var rhsStart = _nodes.Count;
            diagsBefore = DiagCount;
            ParseBinary(precedence + 1);
            Wrap(start, NodeKind.Binary, (int)op, NodeStart(start), NodeEnd(rhsStart));
            if (_recovery && HasErrorsSince(diagsBefore))
            {
                return;
            }
        }
    }

    private void ParseWithTraversals()
    {
        var start = _nodes.Count;
        ParseTerm();
        ParseTraversals(start);
    }

    private void ParseTraversals(int from)
    {
        var steps = 0;
        while (true)
        {
            var next = Peek();
            if (next.Type is TokenType.Dot or TokenType.OBrack && ++steps > _maxDepth)
            {
                ReportTooDeep(next);
                return;
            }

            if (next.Type == TokenType.Dot)
            {
                var dot = Read();
                var attr = Peek();
                switch (attr.Type)
                {
                    case TokenType.Ident:
                        Read();
                        Wrap(from, NodeKind.GetAttr, attr.Length, NodeStart(from), attr.End);
                        continue;
                    case TokenType.NumberLit:
                        Read();
                        AddLegacyIndex(from, attr, splat: false);
                        continue;
                    case TokenType.Star:
                        ParseAttributeSplat(from, dot);
                        continue;
                    default:
                        Error(attr, "Invalid attribute name", "An attribute name is required after a dot.");
                        Wrap(from, NodeKind.Invalid, 0, NodeStart(from), dot.End);
                        _recovery = true;
                        continue;
                }
            }

            if (next.Type != TokenType.OBrack)
            {
                return;
            }

            var open = Read();
            if (Peek().Type == TokenType.Star)
            {
                Read();
                var close = Read();
                if (close.Type != TokenType.CBrack && !_recovery)
                {
                    Error(close, "Missing close bracket on splat index", "The star for a full splat operator must be immediately followed by a closing bracket (\"]\").");
                    close = Recover(TokenType.CBrack);
                }

                var eachStart = Add(NodeKind.AnonSymbol, 0, open.Start, close.End);
                if (EnterNesting(open))
                {
                    ParseTraversals(eachStart);
                }

                LeaveNesting();
                Wrap(from, NodeKind.Splat, 0, NodeStart(from), NodeEnd(eachStart));
                continue;
            }

            PushNewlines(false);
            var diagsBefore = DiagCount;
            ParseExpression();
            Token closeBracket;
            if (_recovery && HasErrorsSince(diagsBefore))
            {
                closeBracket = Recover(TokenType.CBrack);
            }
            else
            {
                closeBracket = Read();
                if (closeBracket.Type != TokenType.CBrack && !_recovery)
                {
                    Error(closeBracket, "Missing close bracket on index", "The index operator must end with a closing bracket (\"]\").");
                    closeBracket = Recover(TokenType.CBrack);
                }
            }

            PopNewlines();
            Wrap(from, NodeKind.Index, 0, NodeStart(from), closeBracket.End);
        }
    }

    /// <summary>The legacy <c>x.0</c> index: an index node whose key is the number, added before the wrap so the index covers it.</summary>
    private void AddLegacyIndex(int from, Token number, bool splat)
    {
        var text = _src[number.Start..number.End];
        var dotIndex = text.IndexOf((byte)'.');
        if (dotIndex >= 0)
        {
            var first = _tree.TextOf(number.Start, number.Start + dotIndex);
            var second = _tree.TextOf(number.Start + dotIndex + 1, number.End);
            Error(
                number,
                "Invalid legacy index syntax",
                splat
                    ? $"When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax with a full splat expression [*] instead, like [{first}][{second}]."
                    : $"When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [{first}][{second}].");
            Add(NodeKind.Invalid, 0, number.Start, number.End);
        }
        else
        {
            AddNumber(number);
        }

        Wrap(from, NodeKind.Index, 1, NodeStart(from), number.End);
    }

    private void ParseAttributeSplat(int from, Token dot)
    {
        var marker = Read();
        var lastEnd = marker.End;
        var eachStart = Add(NodeKind.AnonSymbol, 0, dot.Start, marker.End);
        while (Peek().Type == TokenType.Dot)
        {
            var stepDot = Read();
            var next = Peek();
            if (next.Type == TokenType.NumberLit)
            {
                Read();
                AddLegacyIndex(eachStart, next, splat: true);
                lastEnd = next.End;
                continue;
            }

            if (next.Type != TokenType.Ident)
            {
                if (!_recovery)
                {
                    if (next.Type == TokenType.Star)
                    {
                        Error(next, "Nested splat expression not allowed", "A splat expression (*) cannot be used inside another attribute-only splat expression.");
                    }
                    else
                    {
                        Error(stepDot, "Invalid attribute name", "An attribute name is required after a dot.");
                    }
                }

                _recovery = true;
                break;
            }

            Read();
            Wrap(eachStart, NodeKind.GetAttr, next.Length, NodeStart(eachStart), next.End);
            lastEnd = next.End;
        }

        Wrap(from, NodeKind.Splat, 1, NodeStart(from), lastEnd);
    }

    private void AddNumber(Token tok)
    {
        var text = _src[tok.Start..tok.End];

        // The grammar alone is not enough: like cty's ParseNumberVal, an exponent too large to hold is an invalid literal.
        if (!IsValidNumber(text) || !HclNumber.TryParse(text, out _))
        {
            Error(tok, "Invalid number literal", "Failed to recognize the value of this number literal.");
            Add(NodeKind.Invalid, 0, tok.Start, tok.End);
            return;
        }

        Add(NodeKind.Literal, (int)LiteralKind.Number, tok.Start, tok.End);
    }

    /// <summary>Digits, an optional fraction and an optional exponent: what a number literal must be.</summary>
    internal static bool IsValidNumber(ReadOnlySpan<byte> text)
    {
        var i = 0;
        static int Digits(ReadOnlySpan<byte> t, int from)
        {
            var j = from;
            while (j < t.Length && t[j] is >= (byte)'0' and <= (byte)'9')
            {
                j++;
            }

            return j;
        }

        var end = Digits(text, i);
        if (end == i)
        {
            return false;
        }

        i = end;
        if (i < text.Length && text[i] == '.')
        {
            end = Digits(text, i + 1);
            if (end == i + 1)
            {
                return false;
            }

            i = end;
        }

        if (i < text.Length && text[i] is (byte)'e' or (byte)'E')
        {
            i++;
            if (i < text.Length && text[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            end = Digits(text, i);
            if (end == i)
            {
                return false;
            }

            i = end;
        }

        return i == text.Length;
    }

    private void ParseTerm()
    {
        var start = Peek();
        switch (start.Type)
        {
            case TokenType.OParen:
                ParseParentheses();
                return;
            case TokenType.NumberLit:
                Read();
                AddNumber(start);
                return;
            case TokenType.Ident:
                Read();
                var after = Peek().Type;
                if (after is TokenType.OParen or TokenType.DoubleColon)
                {
                    FinishFunctionCall(start);
                    return;
                }

                var name = _src[start.Start..start.End];
                if (name.SequenceEqual("true"u8))
                {
                    Add(NodeKind.Literal, (int)LiteralKind.True, start.Start, start.End);
                }
                else if (name.SequenceEqual("false"u8))
                {
                    Add(NodeKind.Literal, (int)LiteralKind.False, start.Start, start.End);
                }
                else if (name.SequenceEqual("null"u8))
                {
                    Add(NodeKind.Literal, (int)LiteralKind.Null, start.Start, start.End);
                }
                else
                {
                    Add(NodeKind.Variable, 0, start.Start, start.End);
                }

                return;
            case TokenType.OQuote when TryParsePlainString():
                return;
            case TokenType.OQuote or TokenType.OHeredoc:
                var open = Read();
                var closer = OppositeBracket(open.Type);
                var flush = open.Type == TokenType.OHeredoc && _src[open.Start..open.End].StartsWith("<<-"u8);
                ParseTemplate(closer, flush, open.Start, open.End);
                return;
            case TokenType.Minus or TokenType.Bang:
                Read();
                var unary = Add(NodeKind.Unary, (int)(start.Type == TokenType.Minus ? Operator.Negate : Operator.Not), start.Start, start.End);
                if (EnterNesting(start))
                {
                    ParseWithTraversals();
                }
                else
                {
                    Add(NodeKind.Invalid, 0, start.Start, start.End);
                }

                LeaveNesting();
                SetEnd(unary, NodeEnd(unary + 1));
                Close(unary);
                return;
            case TokenType.OBrack:
                ParseTuple();
                return;
            case TokenType.OBrace:
                ParseObject();
                return;
        }

        if (!_recovery)
        {
            if (start.Type == TokenType.Eof)
            {
                Error(start, "Missing expression", "Expected the start of an expression, but found the end of the file.");
            }
            else
            {
                Error(start, "Invalid expression", "Expected the start of an expression, but found an invalid expression token.");
            }
        }

        _recovery = true;
        Add(NodeKind.Invalid, 0, start.Start, start.End);
    }

    /// <summary>
    /// The fast path for the commonest template: a quoted string of plain text, <c>"abc"</c> or <c>""</c>, whose value
    /// is its source. Builds the same nodes as the general template parser.
    /// </summary>
    private bool TryParsePlainString()
    {
        var tokens = _tokens.Span;
        NextToken(out var afterQuote);
        var open = afterQuote - 1;
        if (open + 1 >= tokens.Length || tokens[open].Type != TokenType.OQuote)
        {
            return false;
        }

        var first = tokens[open + 1];
        if (first.Type == TokenType.CQuote)
        {
            _next = open + 2;
            var empty = Add(NodeKind.Template, 0, tokens[open].Start, first.End);
            Add(NodeKind.TemplateLiteral, 0, first.End, first.End);
            Close(empty);
            return true;
        }

        if (first.Type != TokenType.QuotedLit || open + 2 >= tokens.Length || tokens[open + 2].Type != TokenType.CQuote
            || FirstEscape(_src[first.Start..first.End], quoted: true) >= 0)
        {
            return false;
        }

        var close = tokens[open + 2];
        _next = open + 3;
        var template = Add(NodeKind.Template, 0, tokens[open].Start, close.End);
        var literal = new TemplatePart { Kind = TemplatePartKind.Literal, Start = first.Start, End = first.End };
        EmitLiteral(ref _nodes, literal);
        Close(template);
        return true;
    }

    private void ParseParentheses()
    {
        var open = Read();
        PushNewlines(false);
        var index = Add(NodeKind.Parentheses, 0, open.Start, open.End);
        var diagsBefore = DiagCount;
        ParseExpression();
        if (HasErrorsSince(diagsBefore))
        {
            var recovered = Recover(TokenType.CParen);
            PopNewlines();
            SetEnd(index, recovered.End);
            Close(index);
            return;
        }

        var close = Peek();
        if (close.Type != TokenType.CParen)
        {
            Error(RangeOf(close), "Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.", RangeOf(open.Start, close.End));
            _recovery = true;
        }

        var cParen = Read();
        PopNewlines();
        SetEnd(index, cParen.End);
        Close(index);
    }

    private void FinishFunctionCall(Token name)
    {
        var openTok = Read();
        var nameEnd = name.End;
        while (openTok.Type == TokenType.DoubleColon)
        {
            var nextName = Read();
            if (nextName.Type != TokenType.Ident)
            {
                Error(RangeOf(nextName), "Missing function name", "Function scope resolution symbol :: must be followed by a function name in this scope.", RangeOf(name.Start, nextName.End));
                RecoverOver(TokenType.OParen);
                Add(NodeKind.Invalid, 0, name.Start, nextName.End);
                return;
            }

            nameEnd = nextName.End;
            openTok = Read();
        }

        if (openTok.Type != TokenType.OParen)
        {
            Error(RangeOf(openTok), "Missing open parenthesis", "Function selector must be followed by an open parenthesis to begin the function call.", RangeOf(name.Start, openTok.End));
            RecoverOver(TokenType.OParen);
            Add(NodeKind.Invalid, 0, name.Start, openTok.End);
            return;
        }

        var nameLength = Math.Min(nameEnd - name.Start, SyntaxTree.ExpandFinalFlag - 1);
        var index = Add(NodeKind.FunctionCall, nameLength, name.Start, openTok.End);
        var expandFinal = false;
        var closeEnd = openTok.End;
        PushNewlines(false);
        while (true)
        {
            if (Peek().Type == TokenType.CParen)
            {
                closeEnd = Read().End;
                break;
            }

            var diagsBefore = DiagCount;
            ParseExpression();
            if (_recovery && HasErrorsSince(diagsBefore))
            {
                var recovered = Recover(TokenType.CParen);
                closeEnd = recovered.Type == TokenType.CParen ? recovered.End : PrevToken.End;
                break;
            }

            var sep = Read();
            if (sep.Type == TokenType.CParen)
            {
                closeEnd = sep.End;
                break;
            }

            if (sep.Type == TokenType.Ellipsis)
            {
                expandFinal = true;
                if (Peek().Type != TokenType.CParen)
                {
                    if (!_recovery)
                    {
                        Error(RangeOf(sep), "Missing closing parenthesis", "An expanded function argument (with ...) must be immediately followed by closing parentheses.", RangeOf(name.Start, sep.End));
                    }

                    closeEnd = Recover(TokenType.CParen).End;
                }
                else
                {
                    closeEnd = Read().End;
                }

                break;
            }

            if (sep.Type != TokenType.Comma)
            {
                if (sep.Type == TokenType.Eof)
                {
                    Error(RangeOf(name.Start, openTok.End), "Unterminated function call", "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.");
                }
                else
                {
                    Error(RangeOf(sep), "Missing argument separator", "A comma is required to separate each function argument from the next.", RangeOf(name.Start, sep.End));
                }

                closeEnd = Recover(TokenType.CParen).End;
                break;
            }

            if (Peek().Type == TokenType.CParen)
            {
                closeEnd = Read().End;
                break;
            }
        }

        PopNewlines();
        _nodes[index] = new SyntaxNodeData(NodeKind.FunctionCall, nameLength | (expandFinal ? SyntaxTree.ExpandFinalFlag : 0), name.Start, closeEnd);
        Close(index);
    }

    private void ParseTuple()
    {
        var open = Read();
        PushNewlines(false);
        try
        {
            if (IsKeyword(Peek(), "for"u8))
            {
                ParseFor(open);
                return;
            }

            var index = Add(NodeKind.Tuple, 0, open.Start, open.End);
            Token close;
            while (true)
            {
                var next = Peek();
                if (next.Type == TokenType.CBrack)
                {
                    close = Read();
                    break;
                }

                var diagsBefore = DiagCount;
                ParseExpression();
                if (_recovery && HasErrorsSince(diagsBefore))
                {
                    close = Recover(TokenType.CBrack);
                    break;
                }

                next = Peek();
                if (next.Type == TokenType.CBrack)
                {
                    close = Read();
                    break;
                }

                if (next.Type != TokenType.Comma)
                {
                    if (!_recovery)
                    {
                        if (next.Type == TokenType.Eof)
                        {
                            Error(open, "Unterminated tuple constructor expression", "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.");
                        }
                        else
                        {
                            Error(next, open, "Missing item separator", "Expected a comma to mark the beginning of the next item.");
                        }
                    }

                    close = Recover(TokenType.CBrack);
                    break;
                }

                Read();
            }

            SetEnd(index, close.End);
            Close(index);
        }
        finally
        {
            PopNewlines();
        }
    }

    private void ParseObject()
    {
        var open = Read();
        PushNewlines(false);
        var isFor = IsKeyword(Peek(), "for"u8);
        PopNewlines();
        if (isFor)
        {
            ParseFor(open);
            return;
        }

        PushNewlines(true);
        var index = Add(NodeKind.Object, 0, open.Start, open.End);
        Token close;
        while (true)
        {
            var next = Peek();
            if (next.Type == TokenType.Newline)
            {
                Read();
                continue;
            }

            if (next.Type == TokenType.CBrace)
            {
                close = Read();
                break;
            }

            var item = Add(NodeKind.ObjectItem, 0, next.Start, next.End);
            var key = Add(NodeKind.ObjectKey, next.Type == TokenType.OParen ? 1 : 0, next.Start, next.End);
            var diagsBefore = DiagCount;
            ParseExpression();
            SetEnd(key, NodeEnd(key + 1));
            Close(key);
            if (_recovery && HasErrorsSince(diagsBefore))
            {
                _nodes.Truncate(item);
                close = Recover(TokenType.CBrace);
                break;
            }

            next = Peek();
            if (next.Type is not (TokenType.Equal or TokenType.Colon))
            {
                if (!_recovery)
                {
                    switch (next.Type)
                    {
                        case TokenType.Newline or TokenType.Comma:
                            Error(next, open, "Missing attribute value", "Expected an attribute value, introduced by an equals sign (\"=\").");
                            break;
                        case TokenType.Ident:
                            Error(next, open, "Missing key/value separator", "Expected an equals sign (\"=\") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.");
                            break;
                        case TokenType.Eof:
                            Error(open, "Unterminated object constructor expression", "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.");
                            break;
                        default:
                            Error(next, open, "Missing key/value separator", "Expected an equals sign (\"=\") to mark the beginning of the attribute value.");
                            break;
                    }
                }

                _nodes.Truncate(item);
                close = Recover(TokenType.CBrace);
                break;
            }

            Read();
            diagsBefore = DiagCount;
            var value = _nodes.Count;
            ParseExpression();
            SetEnd(item, NodeEnd(value));
            Close(item);
            if (_recovery && HasErrorsSince(diagsBefore))
            {
                close = Recover(TokenType.CBrace);
                break;
            }

            next = Peek();
            if (next.Type == TokenType.CBrace)
            {
                close = Read();
                break;
            }

            if (next.Type is not (TokenType.Comma or TokenType.Newline))
            {
                if (!_recovery)
                {
                    if (next.Type == TokenType.Eof)
                    {
                        Error(open, "Unterminated object constructor expression", "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.");
                    }
                    else
                    {
                        Error(next, open, "Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.");
                    }
                }

                close = Recover(TokenType.CBrace);
                break;
            }

            Read();
        }

        PopNewlines();
        SetEnd(index, close.End);
        Close(index);
    }

    private void ParseFor(Token open)
    {
        PushNewlines(false);
        try
        {
            FinishFor(open);
        }
        finally
        {
            PopNewlines();
        }
    }

    private void FinishFor(Token open)
    {
        Read(); // "for"
        var makeObject = open.Type == TokenType.OBrace;
        var closeType = makeObject ? TokenType.CBrace : TokenType.CBrack;
        var index = Add(NodeKind.For, 0, open.Start, open.End);
        var flags = makeObject ? ForFlags.Object : ForFlags.None;

        if (Peek().Type != TokenType.Ident)
        {
            ForError(index, open, closeType, "For expression requires variable name after 'for'.");
            return;
        }

        var first = Read();
        Add(NodeKind.Identifier, 0, first.Start, first.End);
        if (Peek().Type == TokenType.Comma)
        {
            flags |= ForFlags.HasKeyVariable;
            Read();
            if (Peek().Type != TokenType.Ident)
            {
                ForError(index, open, closeType, "For expression requires value variable name after comma.");
                return;
            }

            var valueName = Read();
            Add(NodeKind.Identifier, 0, valueName.Start, valueName.End);
        }

        if (!IsKeyword(Peek(), "in"u8))
        {
            ForError(index, open, closeType, "For expression requires the 'in' keyword after its name declarations.");
            return;
        }

        Read();
        var diagsBefore = DiagCount;
        ParseExpression();
        if (_recovery && HasErrorsSince(diagsBefore))
        {
            ForInvalid(index, open, Recover(closeType));
            return;
        }

        if (Peek().Type != TokenType.Colon)
        {
            ForError(index, open, closeType, "For expression requires a colon after the collection expression.");
            return;
        }

        Read();
        diagsBefore = DiagCount;
        var valueStart = _nodes.Count;
        ParseExpression();
        var keyStart = -1;
        if (Peek().Type == TokenType.FatArrow)
        {
            Read();
            flags |= ForFlags.HasKeyExpression;
            keyStart = valueStart;
            valueStart = _nodes.Count;
            ParseExpression();
        }

        if (_recovery && HasErrorsSince(diagsBefore))
        {
            ForInvalid(index, open, Recover(closeType));
            return;
        }

        Token ellipsis = default;
        if (Peek().Type == TokenType.Ellipsis)
        {
            ellipsis = Read();
            flags |= ForFlags.Group;
        }

        if (IsKeyword(Peek(), "if"u8))
        {
            Read();
            flags |= ForFlags.HasCondition;
            diagsBefore = DiagCount;
            ParseExpression();
            if (_recovery && HasErrorsSince(diagsBefore))
            {
                ForInvalid(index, open, Recover(closeType));
                return;
            }
        }

        Token close;
        if (Peek().Type == closeType)
        {
            close = Read();
        }
        else
        {
            if (!_recovery)
            {
                var extra = Peek();
                Error(extra, open, "Invalid 'for' expression", "Extra characters after the end of the 'for' expression.");
            }

            close = Recover(closeType);
        }

        // Only an error needs the range of the whole expression (computing it always forced line starts during the parse).
        if (!makeObject)
        {
            if (keyStart >= 0)
            {
                Error(RangeOf(NodeStart(keyStart), NodeEnd(keyStart)), "Invalid 'for' expression", "Key expression is not valid when building a tuple.", RangeOf(open.Start, close.End));
            }

            if ((flags & ForFlags.Group) != 0)
            {
                Error(RangeOf(ellipsis), "Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.", RangeOf(open.Start, close.End));
            }
        }
        else if (keyStart < 0)
        {
            Error(RangeOf(NodeStart(valueStart), NodeEnd(valueStart)), "Invalid 'for' expression", "Key expression is required when building an object.", RangeOf(open.Start, close.End));
        }

        _nodes[index] = new SyntaxNodeData(NodeKind.For, (int)flags, open.Start, close.End);
        Close(index);
    }

    private void ForError(int index, Token open, TokenType closeType, string detail)
    {
        if (!_recovery)
        {
            var at = Peek();
            Error(at, open, "Invalid 'for' expression", detail);
        }

        ForInvalid(index, open, Recover(closeType));
    }

    private void ForInvalid(int index, Token open, Token close)
    {
        _nodes.Truncate(index);
        Add(NodeKind.Invalid, 0, open.Start, close.End);
    }
}
