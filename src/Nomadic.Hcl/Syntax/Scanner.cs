using System.Buffers;
using System.Text;
using Nomadic.Hcl.Internal;

namespace Nomadic.Hcl.Syntax;

/// <summary>
/// Turns UTF-8 source into tokens with the same token boundaries as HashiCorp's hclsyntax scanner: a configuration
/// mode, quoted and heredoc template modes entered and left through a mode stack (never recursion), and a bare
/// template mode for strings that are templates as a whole.
/// </summary>
internal ref struct Scanner
{
    private static readonly SearchValues<byte> AsciiIdentContinue =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"u8);

    /// <summary>Bytes that end plain text in a quoted string: specials, and every non-ASCII byte (checked as UTF-8).</summary>
    private static readonly SearchValues<byte> QuotedSpecial = SearchValues.Create(SpecialsAndNonAscii("$%\"\\\r\n"u8));

    /// <summary>Bytes that end plain text in a heredoc or bare template.</summary>
    private static readonly SearchValues<byte> TemplateSpecial = SearchValues.Create(SpecialsAndNonAscii("$%\r\n"u8));

    private readonly ReadOnlySpan<byte> _src;
    private PooledList<Token> _tokens;
    private PooledList<Frame> _modes;
    private PooledList<int> _returnBraces;
    private int _braces;
    private int _p;
    private bool _unsupported;

    private Scanner(ReadOnlySpan<byte> src, ScanMode mode)
    {
        _src = src;
        _tokens = new PooledList<Token>(Math.Max(64, src.Length / 4));
        _modes = new PooledList<Frame>(8);
        _returnBraces = new PooledList<int>(8);
        _braces = 0;
        _p = src.StartsWith("\uFEFF"u8) ? 3 : 0;
        _modes.Add(new Frame(mode == ScanMode.Template ? Mode.Bare : Mode.Main, 0, 0));
    }

    private enum Mode : byte
    {
        Main,
        Quoted,
        Heredoc,
        Bare,
    }

    /// <summary>Scans the whole source. The caller owns the returned list and must dispose it.</summary>
    public static PooledList<Token> Scan(ReadOnlySpan<byte> src, ScanMode mode) => Scan(src, mode, out _);

    /// <summary>
    /// Scans the whole source, telling whether any token is one the scanner accepts but the language does not (those
    /// after <see cref="TokenType.Eof"/>), so the parser looks for them only when there are some. The caller owns the
    /// returned list and must dispose it.
    /// </summary>
    public static PooledList<Token> Scan(ReadOnlySpan<byte> src, ScanMode mode, out bool anyUnsupported)
    {
        var scanner = new Scanner(src, mode);
        try
        {
            scanner.Run();
            anyUnsupported = scanner._unsupported;
            scanner._tokens.Add(new Token(TokenType.Eof, src.Length, src.Length));
            var result = scanner._tokens;
            scanner._tokens = default;
            return result;
        }
        finally
        {
            scanner._tokens.Dispose();
            scanner._modes.Dispose();
            scanner._returnBraces.Dispose();
        }
    }

    private void Run()
    {
        while (_p < _src.Length)
        {
            switch (_modes[_modes.Count - 1].Mode)
            {
                case Mode.Main:
                    ScanMain();
                    break;
                case Mode.Quoted:
                    ScanQuoted();
                    break;
                case Mode.Heredoc:
                    ScanHeredoc();
                    break;
                default:
                    ScanBare();
                    break;
            }
        }
    }

    private void Emit(TokenType type, int start, int end)
    {
        _tokens.Add(new Token(type, start, end));
        _unsupported |= type > TokenType.Eof;
        _p = end;
    }

    private readonly byte At(int i) => i < _src.Length ? _src[i] : (byte)0;

    private void ScanMain()
    {
        var p = _p;
        var c = _src[p];
        switch (c)
        {
            case (byte)' ' or (byte)'\t':
                _p = SpacesEnd(p + 1);

                // What follows spaces is never more spaces: scan it now rather than going around the mode loop.
                if (_p < _src.Length)
                {
                    ScanMain();
                }

                return;
            case >= (byte)'0' and <= (byte)'9':
                Emit(TokenType.NumberLit, p, ScanNumber(p));
                return;
            case (byte)'\n':
                Emit(TokenType.Newline, p, p + 1);
                return;
            case (byte)'\r':
                Emit(At(p + 1) == '\n' ? TokenType.Newline : TokenType.Invalid, p, At(p + 1) == '\n' ? p + 2 : p + 1);
                return;
            case (byte)'#':
                Emit(TokenType.Comment, p, LineCommentEnd(p + 1));
                return;
            case (byte)'/':
                if (At(p + 1) == '/')
                {
                    Emit(TokenType.Comment, p, LineCommentEnd(p + 2));
                }
                else if (At(p + 1) == '*' && _src[(p + 2)..].IndexOf("*/"u8) is var close and >= 0)
                {
                    Emit(TokenType.Comment, p, p + 2 + close + 2);
                }
                else
                {
                    Emit(TokenType.Slash, p, p + 1);
                }

                return;
            case (byte)'"':
                Emit(TokenType.OQuote, p, p + 1);
                _modes.Add(new Frame(Mode.Quoted, 0, 0));
                return;
            case (byte)'<':
                if (At(p + 1) == '<' && TryScanHeredocIntro(p))
                {
                    return;
                }

                Emit(At(p + 1) == '=' ? TokenType.LessThanEq : TokenType.LessThan, p, At(p + 1) == '=' ? p + 2 : p + 1);
                return;
            case (byte)'{':
                Emit(TokenType.OBrace, p, p + 1);
                _braces++;
                return;
            case (byte)'}':
                CloseBrace(p, p + 1, TokenType.CBrace);
                return;
            case (byte)'~':
                if (At(p + 1) == '}')
                {
                    CloseBrace(p, p + 2, TokenType.TemplateSeqEnd);
                }
                else
                {
                    Emit(TokenType.BitwiseNot, p, p + 1);
                }

                return;
            case (byte)'=':
                TwoChar(p, '=', TokenType.EqualOp, '>', TokenType.FatArrow, TokenType.Equal);
                return;
            case (byte)'!':
                TwoChar(p, '=', TokenType.NotEqual, '\0', TokenType.Nil, TokenType.Bang);
                return;
            case (byte)'>':
                TwoChar(p, '=', TokenType.GreaterThanEq, '\0', TokenType.Nil, TokenType.GreaterThan);
                return;
            case (byte)'&':
                TwoChar(p, '&', TokenType.And, '\0', TokenType.Nil, TokenType.BitwiseAnd);
                return;
            case (byte)'|':
                TwoChar(p, '|', TokenType.Or, '\0', TokenType.Nil, TokenType.BitwiseOr);
                return;
            case (byte)':':
                TwoChar(p, ':', TokenType.DoubleColon, '\0', TokenType.Nil, TokenType.Colon);
                return;
            case (byte)'.':
                Emit(At(p + 1) == '.' && At(p + 2) == '.' ? TokenType.Ellipsis : TokenType.Dot, p, At(p + 1) == '.' && At(p + 2) == '.' ? p + 3 : p + 1);
                return;
            case (byte)'[': Emit(TokenType.OBrack, p, p + 1); return;
            case (byte)']': Emit(TokenType.CBrack, p, p + 1); return;
            case (byte)'(': Emit(TokenType.OParen, p, p + 1); return;
            case (byte)')': Emit(TokenType.CParen, p, p + 1); return;
            case (byte)',': Emit(TokenType.Comma, p, p + 1); return;
            case (byte)'*': Emit(TokenType.Star, p, p + 1); return;
            case (byte)'+': Emit(TokenType.Plus, p, p + 1); return;
            case (byte)'-': Emit(TokenType.Minus, p, p + 1); return;
            case (byte)'%': Emit(TokenType.Percent, p, p + 1); return;
            case (byte)'?': Emit(TokenType.Question, p, p + 1); return;
            case (byte)'^': Emit(TokenType.BitwiseXor, p, p + 1); return;
            case (byte)';': Emit(TokenType.Semicolon, p, p + 1); return;
            case (byte)'`': Emit(TokenType.Backtick, p, p + 1); return;
            case (byte)'\'': Emit(TokenType.Apostrophe, p, p + 1); return;
        }

        var identEnd = ScanIdent(p);
        if (identEnd > p)
        {
            Emit(TokenType.Ident, p, identEnd);
            return;
        }

        if (Rune.DecodeFromUtf8(_src[p..], out _, out var n) != System.Buffers.OperationStatus.Done)
        {
            Emit(TokenType.BadUtf8, p, p + 1);
            return;
        }

        Emit(TokenType.Invalid, p, p + n);
    }

    /// <summary>The end of a run of spaces and tabs; indentation and alignment runs are short, so scalar first.</summary>
    private readonly int SpacesEnd(int p)
    {
        for (var limit = Math.Min(p + 8, _src.Length); p < limit; p++)
        {
            if (_src[p] is not ((byte)' ' or (byte)'\t'))
            {
                return p;
            }
        }

        var rest = _src[p..].IndexOfAnyExcept((byte)' ', (byte)'\t');
        return rest < 0 ? _src.Length : p + rest;
    }

    private void TwoChar(int p, char second1, TokenType type1, char second2, TokenType type2, TokenType single)
    {
        var next = At(p + 1);
        if (next == second1 && second1 != '\0')
        {
            Emit(type1, p, p + 2);
        }
        else if (next == second2 && second2 != '\0')
        {
            Emit(type2, p, p + 2);
        }
        else
        {
            Emit(single, p, p + 1);
        }
    }

    private void CloseBrace(int start, int end, TokenType otherwise)
    {
        if (_returnBraces.Count > 0 && _returnBraces[_returnBraces.Count - 1] == _braces)
        {
            Emit(TokenType.TemplateSeqEnd, start, end);
            _braces--;
            _returnBraces.RemoveLast();
            _modes.RemoveLast();
            return;
        }

        Emit(otherwise, start, end);
        _braces--;
    }

    private readonly int LineCommentEnd(int p)
    {
        var nl = _src[p..].IndexOf((byte)'\n');
        return nl < 0 ? _src.Length : p + nl + 1;
    }

    private readonly int ScanNumber(int p)
    {
        var q = p + 1;
        while (q < _src.Length)
        {
            var c = _src[q];
            if (c is (>= (byte)'0' and <= (byte)'9') or (byte)'.')
            {
                q++;
            }
            else if (c is (byte)'e' or (byte)'E' && IsDigit(At(q + 1)))
            {
                q += 2;
            }
            else if (c is (byte)'e' or (byte)'E' && At(q + 1) is (byte)'+' or (byte)'-' && IsDigit(At(q + 2)))
            {
                q += 3;
            }
            else
            {
                break;
            }
        }

        while (_src[q - 1] == '.')
        {
            q--;
        }

        return q;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    /// <summary>Returns the end of an identifier starting at <paramref name="p"/>, or <paramref name="p"/> if there is none.</summary>
    private readonly int ScanIdent(int p)
    {
        if (p >= _src.Length)
        {
            return p;
        }

        var c = _src[p];
        if (c is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (byte)'_')
        {
            var rest = _src[(p + 1)..].IndexOfAnyExcept(AsciiIdentContinue);
            var end = rest < 0 ? _src.Length : p + 1 + rest;
            if (end == _src.Length || _src[end] < 0x80)
            {
                return end;
            }
        }

        var q = p;
        var first = true;
        while (q < _src.Length)
        {
            var b = _src[q];
            if (b < 0x80)
            {
                var ok = first
                    ? b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (byte)'_'
                    : b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'_' or (byte)'-';
                if (!ok)
                {
                    break;
                }

                q++;
            }
            else
            {
                if (Rune.DecodeFromUtf8(_src[q..], out var r, out var n) != System.Buffers.OperationStatus.Done
                    || !(first ? UnicodeIdentifiers.IsIdStart(r) : UnicodeIdentifiers.IsIdContinue(r)))
                {
                    break;
                }

                q += n;
            }

            first = false;
        }

        return q;
    }

    private bool TryScanHeredocIntro(int p)
    {
        var q = p + 2;
        if (At(q) == '-')
        {
            q++;
        }

        var markerStart = q;
        var markerEnd = ScanIdent(q);
        if (markerEnd == markerStart)
        {
            return false;
        }

        var end = markerEnd;
        if (At(end) == '\r')
        {
            end++;
        }

        if (At(end) != '\n')
        {
            return false;
        }

        Emit(TokenType.OHeredoc, p, end + 1);
        _modes.Add(new Frame(Mode.Heredoc, markerStart, markerEnd) { StartOfLine = true });
        return true;
    }

    private bool TryTemplateIntro(int p)
    {
        var c = _src[p];
        if (c is not ((byte)'$' or (byte)'%') || At(p + 1) != '{')
        {
            return false;
        }

        var end = At(p + 2) == '~' ? p + 3 : p + 2;
        Emit(c == '$' ? TokenType.TemplateInterp : TokenType.TemplateControl, p, end);
        _braces++;
        _returnBraces.Add(_braces);
        _modes[_modes.Count - 1].StartOfLine = false;
        _modes.Add(new Frame(Mode.Main, 0, 0));
        return true;
    }

    /// <summary>
    /// A lone <c>$</c> or <c>%</c> that does not start a sequence: <c>$${</c> (optionally <c>$${~</c>) is one literal
    /// token, otherwise the sign alone. Returns the end, or -1 at end of input.
    /// </summary>
    private readonly int NotTemplateIntroEnd(int p)
    {
        if (p + 1 >= _src.Length)
        {
            return -1;
        }

        var c = _src[p];
        if (_src[p + 1] == c && At(p + 2) == '{')
        {
            return At(p + 3) == '~' ? p + 4 : p + 3;
        }

        return p + 1;
    }

    private void ScanQuoted()
    {
        var p = _p;
        if (TryTemplateIntro(p))
        {
            return;
        }

        var c = _src[p];
        switch (c)
        {
            case (byte)'"':
                Emit(TokenType.CQuote, p, p + 1);
                _modes.RemoveLast();
                return;
            case (byte)'$' or (byte)'%':
                var end = NotTemplateIntroEnd(p);
                Emit(end < 0 ? TokenType.Invalid : TokenType.QuotedLit, p, end < 0 ? _src.Length : end);
                return;
            case (byte)'\r' or (byte)'\n':
                var q = p;
                while (q < _src.Length && _src[q] is (byte)'\r' or (byte)'\n')
                {
                    q++;
                }

                Emit(TokenType.QuotedNewline, p, q);
                return;
        }

        var litEnd = QuotedLiteralEnd(p);
        if (litEnd > p)
        {
            Emit(TokenType.QuotedLit, p, litEnd);
            return;
        }

        EmitInvalidChar(p);
    }

    private readonly int QuotedLiteralEnd(int p)
    {
        var q = p;
        while (q < _src.Length)
        {
            var plain = _src[q..].IndexOfAny(QuotedSpecial);
            if (plain != 0)
            {
                q = plain < 0 ? _src.Length : q + plain;
                continue;
            }

            var c = _src[q];
            if (c is (byte)'$' or (byte)'%' or (byte)'"' or (byte)'\r' or (byte)'\n')
            {
                break;
            }

            var start = q;
            if (c == '\\')
            {
                q++;
                if (q >= _src.Length || _src[q] is (byte)'\r' or (byte)'\n')
                {
                    return start;
                }

                c = _src[q];
            }

            if (c < 0x80)
            {
                q++;
            }
            else if (Rune.DecodeFromUtf8(_src[q..], out _, out var n) == System.Buffers.OperationStatus.Done)
            {
                q += n;
            }
            else
            {
                return start;
            }
        }

        return q;
    }

    private void EmitInvalidChar(int p)
    {
        if (_src[p] < 0x80)
        {
            Emit(TokenType.Invalid, p, p + 1);
        }
        else if (Rune.DecodeFromUtf8(_src[p..], out _, out var n) == System.Buffers.OperationStatus.Done)
        {
            Emit(TokenType.Invalid, p, p + n);
        }
        else
        {
            Emit(TokenType.BadUtf8, p, p + 1);
        }
    }

    /// <summary>The end of a run of template literal text: anything but <c>$</c>, <c>%</c>, CR, LF and bad UTF-8.</summary>
    private readonly int PlainRunEnd(int p)
    {
        var q = p;
        while (q < _src.Length)
        {
            var plain = _src[q..].IndexOfAny(TemplateSpecial);
            if (plain != 0)
            {
                q = plain < 0 ? _src.Length : q + plain;
                continue;
            }

            var c = _src[q];
            if (c is (byte)'$' or (byte)'%' or (byte)'\r' or (byte)'\n')
            {
                break;
            }

            if (c < 0x80)
            {
                q++;
            }
            else if (Rune.DecodeFromUtf8(_src[q..], out _, out var n) == System.Buffers.OperationStatus.Done)
            {
                q += n;
            }
            else
            {
                break;
            }
        }

        return q;
    }

    private readonly int NewlineEnd(int p) =>
        At(p) == '\n' ? p + 1 : At(p) == '\r' && At(p + 1) == '\n' ? p + 2 : -1;

    private void ScanHeredoc()
    {
        var p = _p;
        if (TryTemplateIntro(p))
        {
            return;
        }

        ref var frame = ref _modes[_modes.Count - 1];
        var c = _src[p];
        if (c is (byte)'$' or (byte)'%')
        {
            var end = NotTemplateIntroEnd(p);
            if (end < 0)
            {
                Emit(TokenType.StringLit, p, _src.Length);
                return;
            }

            frame.StartOfLine = false;
            Emit(TokenType.StringLit, p, end);
            return;
        }

        var runEnd = PlainRunEnd(p);
        var eol = NewlineEnd(runEnd);
        if (eol < 0)
        {
            if (runEnd == p)
            {
                EmitInvalidChar(p);
                return;
            }

            frame.StartOfLine = false;
            Emit(TokenType.StringLit, p, runEnd);
            return;
        }

        if (frame.StartOfLine && _src[p..runEnd].Trim(" \t\v\f"u8).SequenceEqual(_src[frame.MarkerStart..frame.MarkerEnd]))
        {
            var newlineStart = _src[eol - 1] == '\n' && eol - 2 >= p && _src[eol - 2] == '\r' ? eol - 2 : eol - 1;
            Emit(TokenType.CHeredoc, p, newlineStart);
            Emit(TokenType.Newline, newlineStart, eol);
            _modes.RemoveLast();
            return;
        }

        frame.StartOfLine = true;
        Emit(TokenType.StringLit, p, eol);
    }

    private void ScanBare()
    {
        var p = _p;
        if (TryTemplateIntro(p))
        {
            return;
        }

        var c = _src[p];
        if (c is (byte)'$' or (byte)'%')
        {
            var end = NotTemplateIntroEnd(p);
            Emit(TokenType.StringLit, p, end < 0 ? _src.Length : end);
            return;
        }

        var runEnd = PlainRunEnd(p);
        var eol = NewlineEnd(runEnd);
        if (eol < 0 && runEnd < _src.Length && _src[runEnd] == '\r')
        {
            eol = runEnd + 1;
        }

        if (eol > 0)
        {
            Emit(TokenType.StringLit, p, eol);
        }
        else if (runEnd > p)
        {
            Emit(TokenType.StringLit, p, runEnd);
        }
        else
        {
            Emit(TokenType.BadUtf8, p, p + 1);
        }
    }

    private static byte[] SpecialsAndNonAscii(ReadOnlySpan<byte> specials)
    {
        var bytes = new List<byte>(specials.ToArray());
        for (var b = 0x80; b <= 0xFF; b++)
        {
            bytes.Add((byte)b);
        }

        return [.. bytes];
    }

    private struct Frame(Mode mode, int markerStart, int markerEnd)
    {
        public readonly Mode Mode = mode;
        public readonly int MarkerStart = markerStart;
        public readonly int MarkerEnd = markerEnd;
        public bool StartOfLine;
    }
}
