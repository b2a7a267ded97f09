using System.Runtime.CompilerServices;
using Nomadic.Hcl.Internal;

namespace Nomadic.Hcl.Syntax;

/// <summary>
/// The native-syntax parser: a recursive-descent parser with the same grammar, error messages, ranges and recovery
/// as HashiCorp's hclsyntax, writing a flat pre-order node array instead of an object graph.
/// </summary>
internal ref partial struct Parser
{
    private readonly ReadOnlySpan<byte> _src;
    private readonly SyntaxTree _tree;
    private readonly int _maxDepth;
    private readonly PooledList<Token> _tokens;
    private PooledList<bool> _newlines;
    private PooledList<SyntaxNodeData> _nodes;
    private List<string>? _strings;
    private List<Diagnostic>? _diags;
    private int _next;
    private int _depth;
    private bool _recovery;
    private bool _tooDeep;
    private int _cachedAt = -1;
    private int _cachedNext;
    private bool _cachedNewlines;
    private Token _cachedToken;

    private Parser(SyntaxTree tree, PooledList<Token> tokens, int maxDepth)
    {
        _tree = tree;
        _src = tree.Source.Span;
        _tokens = tokens;
        _maxDepth = maxDepth;
        _newlines = new PooledList<bool>(16);
        _newlines.Add(true);
        _nodes = new PooledList<SyntaxNodeData>(Math.Max(32, tokens.Count / 2));
    }

    /// <summary>Parses a configuration file into a tree whose root is a body.</summary>
    public static SyntaxTree ParseConfig(SyntaxTree tree, int maxDepth) => Run(tree, ScanMode.Normal, maxDepth, static (ref Parser p) => p.ParseBody(TokenType.Eof, -1));

    /// <summary>Parses a standalone expression.</summary>
    public static SyntaxTree ParseExpressionSource(SyntaxTree tree, int maxDepth) => Run(tree, ScanMode.Normal, maxDepth, static (ref Parser p) =>
    {
        p.PushNewlines(false);
        p.ParseExpression();
        var next = p.Peek();
        if (next.Type != TokenType.Eof && !p._recovery)
        {
            p.Error(next, "Extra characters after expression", "An expression was successfully parsed, but extra characters were found after it.");
        }

        p.PopNewlines();
    });

    /// <summary>Parses a bare template, such as a string of HCL JSON syntax.</summary>
    public static SyntaxTree ParseTemplateSource(SyntaxTree tree, int maxDepth) => Run(tree, ScanMode.Template, maxDepth, static (ref Parser p) => p.ParseTemplate(TokenType.Eof, false, -1, -1));

    private delegate void ParseAction(ref Parser parser);

    private static SyntaxTree Run(SyntaxTree tree, ScanMode mode, int maxDepth, ParseAction action)
    {
        var tokens = Scanner.Scan(tree.Source.Span, mode, out var anyUnsupported);
        var parser = new Parser(tree, tokens, maxDepth);
        try
        {
            if (anyUnsupported)
            {
                parser.CheckInvalidTokens();
            }

            action(ref parser);
            tree.Nodes = parser._nodes.ToArray();
            tree.Strings = parser._strings?.ToArray() ?? [];
            tree.Diagnostics = parser._diags?.ToArray() ?? [];
            return tree;
        }
        finally
        {
            tokens.Dispose();
            parser._newlines.Dispose();
            parser._nodes.Dispose();
        }
    }

    // ---- tokens ----

    private readonly bool IncludingNewlines => _newlines[_newlines.Count - 1];

    private void PushNewlines(bool include) => _newlines.Add(include);

    private void PopNewlines() => _newlines.RemoveLast();

    private Token NextToken(out int nextIndex)
    {
        var includeNewlines = IncludingNewlines;
        if (_cachedAt == _next && _cachedNewlines == includeNewlines)
        {
            nextIndex = _cachedNext;
            return _cachedToken;
        }

        var tok = ScanForward(includeNewlines, out nextIndex);
        _cachedAt = _next;
        _cachedNewlines = includeNewlines;
        _cachedNext = nextIndex;
        _cachedToken = tok;
        return tok;
    }

    /// <summary>The next significant token: comments are skipped (a line comment counts as its newline where newlines matter).</summary>
    private readonly Token ScanForward(bool includeNewlines, out int nextIndex)
    {
        var tokens = _tokens.Span;
        for (var i = _next; i < tokens.Length; i++)
        {
            var tok = tokens[i];
            switch (tok.Type)
            {
                case TokenType.Comment:
                    if (includeNewlines && tok.Length > 0 && _src[tok.End - 1] == '\n')
                    {
                        nextIndex = i + 1;
                        return new Token(TokenType.Newline, tok.Start, tok.End);
                    }

                    continue;
                case TokenType.Newline:
                    if (!includeNewlines)
                    {
                        continue;
                    }

                    break;
            }

            nextIndex = i + 1;
            return tok;
        }

        nextIndex = tokens.Length;
        return tokens[^1];
    }

    private Token Peek() => NextToken(out _);

    private Token Read()
    {
        var tok = NextToken(out var next);
        _next = next;
        return tok;
    }

    private Token PrevToken => _next == 0 ? Peek() : _tokens[_next - 1];

    private readonly bool IsKeyword(Token tok, ReadOnlySpan<byte> keyword) =>
        tok.Type == TokenType.Ident && _src[tok.Start..tok.End].SequenceEqual(keyword);

    // ---- nodes ----

    private int Add(NodeKind kind, int data, int start, int end)
    {
        _nodes.Add(new SyntaxNodeData(kind, data, start, end));
        return _nodes.Count - 1;
    }

    /// <summary>Makes the node at <paramref name="index"/> the parent of every node added after it.</summary>
    private readonly void Close(int index) => _nodes[index].Size = _nodes.Count - index;

    private readonly void SetEnd(int index, int end) => _nodes[index].End = end;

    /// <summary>Inserts a node before the subtree at <paramref name="at"/>, making it the parent of everything from there on.</summary>
    private void Wrap(int at, NodeKind kind, int data, int start, int end)
    {
        _nodes.InsertSlots(at, 1);
        _nodes[at] = new SyntaxNodeData(kind, data, start, end) { Size = _nodes.Count - at };
    }

    private readonly int NodeStart(int index) => _nodes[index].Start;

    private readonly int NodeEnd(int index) => _nodes[index].End;

    private int AddString(string value)
    {
        (_strings ??= []).Add(value);
        return _strings.Count;
    }

    // ---- diagnostics ----

    private readonly SourceRange RangeOf(Token tok) => _tree.RangeOf(tok.Start, tok.End);

    private readonly SourceRange RangeOf(int start, int end) => _tree.RangeOf(start, end);

    private void Error(SourceRange subject, string summary, string detail, SourceRange? context = null) =>
        (_diags ??= []).Add(new Diagnostic(DiagnosticSeverity.Error, summary, detail, subject, context));

    private void Error(Token subject, string summary, string detail) => Error(RangeOf(subject), summary, detail);

    private void Error(Token subject, Token contextFrom, string summary, string detail) =>
        Error(RangeOf(subject), summary, detail, RangeOf(contextFrom.Start, subject.End));

    private readonly bool HasErrorsSince(int count) => _diags is not null && _diags.Count > count && ErrorsFrom(count);

    private readonly bool ErrorsFrom(int count)
    {
        for (var i = count; i < _diags!.Count; i++)
        {
            if (_diags[i].Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private readonly int DiagCount => _diags?.Count ?? 0;

    /// <summary>Guards recursion: past the depth limit, or when the thread's stack runs low, reports once and stops descending.</summary>
    private bool EnterNesting(Token at)
    {
        if (++_depth <= _maxDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return true;
        }

        ReportTooDeep(at);
        return false;
    }

    private void ReportTooDeep(Token at)
    {
        if (!_tooDeep)
        {
            _tooDeep = true;
            Error(at, "Nesting too deep", $"This expression is nested or chained more than {_maxDepth} levels deep, the most this parser accepts. Simplify the expression or split it into local values.");
        }

        _recovery = true;
    }

    private void LeaveNesting() => _depth--;

    // ---- recovery ----

    private static TokenType OppositeBracket(TokenType type) => type switch
    {
        TokenType.OBrace => TokenType.CBrace,
        TokenType.OBrack => TokenType.CBrack,
        TokenType.OParen => TokenType.CParen,
        TokenType.OQuote => TokenType.CQuote,
        TokenType.OHeredoc => TokenType.CHeredoc,
        TokenType.CBrace => TokenType.OBrace,
        TokenType.CBrack => TokenType.OBrack,
        TokenType.CParen => TokenType.OParen,
        TokenType.CQuote => TokenType.OQuote,
        TokenType.CHeredoc => TokenType.OHeredoc,
        TokenType.TemplateControl or TokenType.TemplateInterp => TokenType.TemplateSeqEnd,
        TokenType.TemplateSeqEnd => TokenType.TemplateInterp,
        _ => TokenType.Nil,
    };

    private Token Recover(TokenType end)
    {
        var start = OppositeBracket(end);
        _recovery = true;
        var nest = 0;
        while (true)
        {
            var tok = Read();
            var type = tok.Type;
            if (end == TokenType.TemplateSeqEnd && type == TokenType.TemplateControl)
            {
                type = TokenType.TemplateInterp;
            }

            if (type == start)
            {
                nest++;
            }
            else if (type == end)
            {
                if (nest < 1)
                {
                    return tok;
                }

                nest--;
            }
            else if (type == TokenType.Eof)
            {
                return tok;
            }
        }
    }

    private void RecoverOver(TokenType start)
    {
        while (true)
        {
            var tok = Read();
            if (tok.Type == start || tok.Type == TokenType.Eof)
            {
                break;
            }
        }

        Recover(OppositeBracket(start));
    }

    private void RecoverAfterBodyItem()
    {
        _recovery = true;
        var stack = new PooledList<TokenType>(8);
        try
        {
            RecoverAfterBodyItem(ref stack);
        }
        finally
        {
            stack.Dispose();
        }
    }

    private void RecoverAfterBodyItem(ref PooledList<TokenType> stack)
    {
        while (true)
        {
            var tok = Read();
            switch (tok.Type)
            {
                case TokenType.Newline when stack.Count == 0:
                case TokenType.Eof:
                    return;
                case TokenType.OBrace or TokenType.OBrack or TokenType.OParen or TokenType.OQuote or TokenType.OHeredoc
                    or TokenType.TemplateInterp or TokenType.TemplateControl:
                    stack.Add(tok.Type);
                    break;
                case TokenType.CBrace or TokenType.CBrack or TokenType.CParen or TokenType.CQuote or TokenType.CHeredoc:
                    var opener = OppositeBracket(tok.Type);
                    while (stack.Count > 0 && stack[stack.Count - 1] != opener)
                    {
                        stack.RemoveLast();
                    }

                    if (stack.Count > 0)
                    {
                        stack.RemoveLast();
                    }

                    break;
                case TokenType.TemplateSeqEnd:
                    while (stack.Count > 0 && stack[stack.Count - 1] is not (TokenType.TemplateInterp or TokenType.TemplateControl))
                    {
                        stack.RemoveLast();
                    }

                    if (stack.Count > 0)
                    {
                        stack.RemoveLast();
                    }

                    break;
            }
        }
    }
}
