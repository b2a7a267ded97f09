using System.Globalization;
using System.Text;
using Nomadic.Hcl.Internal;

namespace Nomadic.Hcl.Syntax;

/// <summary>
/// Templates: a token pass that gathers literal text and the interpolation and directive expressions (parsed into
/// the node array as they come), then a tree pass that nests <c>%{if}</c> and <c>%{for}</c> bodies.
/// </summary>
internal ref partial struct Parser
{
    private void ParseTemplate(TokenType end, bool flushHeredoc, int openStart, int openEnd)
    {
        var regionStart = _nodes.Count;
        var parts = new PooledList<TemplatePart>(8);
        try
        {
            var startTok = Peek();
            var endTok = ParseTemplateParts(end, ref parts);
            if (flushHeredoc)
            {
                FlushHeredoc(ref parts);
            }

            MeldLiterals(ref parts);
            var wholeStart = openStart >= 0 ? openStart : startTok.Start;
            var wholeEnd = openStart >= 0 ? PrevToken.End : endTok.End;
            BuildTemplateNodes(regionStart, ref parts, wholeStart, wholeEnd, endTok);
        }
        finally
        {
            parts.Dispose();
        }
    }

    private Token ParseTemplateParts(TokenType end, ref PooledList<TemplatePart> parts)
    {
        var startTok = Peek();
        var ltrimNext = false;
        var nextCanTrimPrev = false;
        Token endTok;
        while (true)
        {
            var next = Read();
            if (next.Type == end)
            {
                endTok = next;
                break;
            }

            var ltrim = ltrimNext;
            ltrimNext = false;
            var canTrimPrev = nextCanTrimPrev;
            nextCanTrimPrev = false;
            switch (next.Type)
            {
                case TokenType.StringLit or TokenType.QuotedLit:
                    var value = DecodeStringToken(next, next.Type == TokenType.QuotedLit);
                    if (ltrim)
                    {
                        value = TrimStartSpace(value ?? _tree.TextOf(next.Start, next.End));
                    }

                    parts.Add(new TemplatePart { Kind = TemplatePartKind.Literal, Start = next.Start, End = next.End, Value = value });
                    nextCanTrimPrev = true;
                    continue;
                case TokenType.TemplateInterp:
                    TrimPreviousLiteral(next, canTrimPrev, ref parts);
                    ParseInterpolation(next, startTok, end, ref parts, ref ltrimNext);
                    continue;
                case TokenType.TemplateControl:
                    TrimPreviousLiteral(next, canTrimPrev, ref parts);
                    ParseDirective(next, startTok, ref parts, ref ltrimNext);
                    continue;
                default:
                    if (!_recovery)
                    {
                        Error(RangeOf(next), "Unterminated template string", "No closing marker was found for the string.", RangeOf(startTok.Start, next.End));
                    }

                    endTok = Recover(end);
                    break;
            }

            break;
        }

        if (parts.Count == 0)
        {
            parts.Add(new TemplatePart { Kind = TemplatePartKind.Literal, Start = startTok.End, End = startTok.End, Value = string.Empty });
        }

        return endTok;
    }

    private void TrimPreviousLiteral(Token opener, bool canTrimPrev, ref PooledList<TemplatePart> parts)
    {
        if (canTrimPrev && opener.Length == 3 && _src[opener.Start + 2] == '~' && parts.Count > 0)
        {
            ref var prev = ref parts[parts.Count - 1];
            if (prev.Kind == TemplatePartKind.Literal)
            {
                prev.Value = TrimEndSpace(prev.Value ?? _tree.TextOf(prev.Start, prev.End));
            }
        }
    }

    private void ParseInterpolation(Token open, Token startTok, TokenType end, ref PooledList<TemplatePart> parts, ref bool ltrimNext)
    {
        PushNewlines(false);
        var from = _nodes.Count;
        ParseExpression();
        var close = Peek();
        if (close.Type != TokenType.TemplateSeqEnd)
        {
            if (!_recovery)
            {
                if (close.Type == TokenType.Eof)
                {
                    Error(RangeOf(startTok), "Unclosed template interpolation sequence", "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.");
                }
                else if (close.Type == TokenType.Colon)
                {
                    Error(RangeOf(close), "Extra characters after interpolation expression", "Template interpolation doesn't expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with \"$${\" instead of just \"${\".", RangeOf(startTok.Start, close.End));
                }
                else if (close.Type is TokenType.CQuote or TokenType.OQuote && end == TokenType.CQuote)
                {
                    Error(RangeOf(startTok), "Unclosed template interpolation sequence", "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.");
                }
                else
                {
                    Error(RangeOf(close), "Extra characters after interpolation expression", "Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with \"$${\" instead of just \"${\".", RangeOf(startTok.Start, close.End));
                }
            }

            Recover(TokenType.TemplateSeqEnd);
        }
        else
        {
            Read();
            ltrimNext = close.Length == 2 && _src[close.Start] == '~';
        }

        PopNewlines();
        parts.Add(new TemplatePart { Kind = TemplatePartKind.Interpolation, Start = open.Start, End = close.End, NodeFrom = from, NodeTo = _nodes.Count });
    }

    private void ParseDirective(Token open, Token startTok, ref PooledList<TemplatePart> parts, ref bool ltrimNext)
    {
        PushNewlines(false);
        try
        {
            var keyword = Peek();
            if (keyword.Type != TokenType.Ident)
            {
                if (!_recovery)
                {
                    Error(keyword, open, "Invalid template directive", "A template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.");
                }

                Recover(TokenType.TemplateSeqEnd);
                return;
            }

            Read();
            var from = _nodes.Count;
            var word = _src[keyword.Start..keyword.End];
            TemplatePartKind kind;
            var data = 0;
            if (word.SequenceEqual("if"u8))
            {
                kind = TemplatePartKind.If;
                ParseExpression();
            }
            else if (word.SequenceEqual("else"u8))
            {
                kind = TemplatePartKind.Else;
            }
            else if (word.SequenceEqual("endif"u8))
            {
                kind = TemplatePartKind.EndIf;
            }
            else if (word.SequenceEqual("endfor"u8))
            {
                kind = TemplatePartKind.EndFor;
            }
            else if (word.SequenceEqual("for"u8))
            {
                kind = TemplatePartKind.For;
                if (!ParseForDirectiveHead(out data))
                {
                    _nodes.Truncate(from);
                    Recover(TokenType.TemplateSeqEnd);
                    return;
                }
            }
            else
            {
                if (!_recovery)
                {
                    var given = _tree.TextOf(keyword.Start, keyword.End);
                    var suggestion = NameSuggestion.Find(given, ["if", "for", "else", "endif", "endfor"]);
                    Error(keyword, open, "Invalid template control keyword", $"\"{given}\" is not a valid template control keyword.{(suggestion is null ? string.Empty : $" Did you mean \"{suggestion}\"?")}");
                }

                Recover(TokenType.TemplateSeqEnd);
                return;
            }

            parts.Add(new TemplatePart { Kind = kind, Start = open.Start, End = Peek().End, NodeFrom = from, NodeTo = _nodes.Count, Data = data });
            var close = Peek();
            if (close.Type != TokenType.TemplateSeqEnd)
            {
                if (!_recovery)
                {
                    Error(RangeOf(close), $"Extra characters in {_tree.TextOf(keyword.Start, keyword.End)} marker", "Expected a closing brace to end the sequence, but found extra characters.", RangeOf(startTok.Start, close.End));
                }

                Recover(TokenType.TemplateSeqEnd);
            }
            else
            {
                Read();
                ltrimNext = close.Length == 2 && _src[close.Start] == '~';
            }
        }
        finally
        {
            PopNewlines();
        }
    }

    private bool ParseForDirectiveHead(out int hasKey)
    {
        hasKey = 0;
        if (Peek().Type != TokenType.Ident)
        {
            ForDirectiveError("For directive requires variable name after 'for'.");
            return false;
        }

        var first = Read();
        Add(NodeKind.Identifier, 0, first.Start, first.End);
        if (Peek().Type == TokenType.Comma)
        {
            Read();
            hasKey = 1;
            if (Peek().Type != TokenType.Ident)
            {
                ForDirectiveError("For directive requires value variable name after comma.");
                return false;
            }

            var value = Read();
            Add(NodeKind.Identifier, 0, value.Start, value.End);
        }

        if (!IsKeyword(Peek(), "in"u8))
        {
            ForDirectiveError("For directive requires 'in' keyword after names.");
            return false;
        }

        Read();
        ParseExpression();
        return true;
    }

    private void ForDirectiveError(string detail)
    {
        if (!_recovery)
        {
            Error(Peek(), "Invalid 'for' directive", detail);
        }
    }

    private static string TrimStartSpace(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            var r = Rune.GetRuneAt(s, i);
            if (!Rune.IsWhiteSpace(r))
            {
                break;
            }

            i += r.Utf16SequenceLength;
        }

        return i == 0 ? s : s[i..];
    }

    private static string TrimEndSpace(string s)
    {
        var end = s.Length;
        while (end > 0)
        {
            var width = end >= 2 && char.IsSurrogatePair(s[end - 2], s[end - 1]) ? 2 : 1;
            if (!Rune.TryGetRuneAt(s, end - width, out var r) || !Rune.IsWhiteSpace(r))
            {
                break;
            }

            end -= width;
        }

        return end == s.Length ? s : s[..end];
    }

    /// <summary>
    /// The flush heredoc rule: find the line whose leading literal has the fewest whitespace characters (blank lines
    /// excepted) and remove that many characters from the start of every line's leading literal.
    /// </summary>
    private readonly void FlushHeredoc(ref PooledList<TemplatePart> parts)
    {
        var minSpaces = int.MaxValue;
        var newline = true;
        var adjust = new PooledList<int>(16);
        try
        {
            for (var i = 0; i < parts.Count; i++)
            {
                ref var part = ref parts[i];
                if (newline)
                {
                    newline = false;
                    var spaces = 0;
                    if (part.Kind == TemplatePartKind.Literal && part.Value is null && IsAsciiLine(_src[part.Start..part.End], out var asciiSpaces, out var blank))
                    {
                        spaces = blank ? int.MaxValue : asciiSpaces;
                        if (!blank)
                        {
                            adjust.Add(i);
                        }
                    }
                    else if (part.Kind == TemplatePartKind.Literal)
                    {
                        var orig = part.Value ?? _tree.TextOf(part.Start, part.End);
                        var trimmed = TrimStartSpace(orig);
                        if (trimmed.Length == 0 && orig.EndsWith('\n'))
                        {
                            spaces = int.MaxValue;
                        }
                        else
                        {
                            spaces = CountGraphemes(orig.AsSpan(0, orig.Length - trimmed.Length));
                            adjust.Add(i);
                        }
                    }

                    minSpaces = Math.Min(minSpaces, spaces);
                }

                if (part.Kind == TemplatePartKind.Literal && (part.Value?.EndsWith('\n') ?? (part.End > part.Start && _src[part.End - 1] == '\n')))
                {
                    newline = true;
                }
            }

            if (minSpaces == 0 || minSpaces == int.MaxValue)
            {
                return;
            }

            foreach (var index in adjust.Span)
            {
                ref var part = ref parts[index];
                var value = part.Value ?? _tree.TextOf(part.Start, part.End);
                var cut = 0;
                for (var n = 0; n < minSpaces && cut < value.Length; n++)
                {
                    cut += StringInfo.GetNextTextElementLength(value, cut);
                }

                part.Start += Encoding.UTF8.GetByteCount(value.AsSpan(0, cut));
                part.Value = value[cut..];
            }
        }
        finally
        {
            adjust.Dispose();
        }
    }

    /// <summary>Leading whitespace of an ASCII literal, and whether it is a blank line (only whitespace, ending with a newline).</summary>
    private static bool IsAsciiLine(ReadOnlySpan<byte> text, out int leadingSpaces, out bool blank)
    {
        leadingSpaces = 0;
        blank = false;
        if (text.ContainsAnyExceptInRange((byte)0, (byte)0x7F))
        {
            return false;
        }

        while (leadingSpaces < text.Length && text[leadingSpaces] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\v' or (byte)'\f')
        {
            leadingSpaces++;
        }

        blank = leadingSpaces == text.Length && text.Length > 0 && text[^1] == '\n';
        return true;
    }

    private static int CountGraphemes(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (!text.IsEmpty)
        {
            text = text[StringInfo.GetNextTextElementLength(text)..];
            count++;
        }

        return count;
    }

    /// <summary>Joins each run of consecutive literals into one, staying a source reference when the run is raw and contiguous.</summary>
    private readonly void MeldLiterals(ref PooledList<TemplatePart> parts)
    {
        var write = 0;
        var read = 0;
        while (read < parts.Count)
        {
            var part = parts[read];
            var runEnd = read + 1;
            if (part.Kind == TemplatePartKind.Literal)
            {
                var raw = part.Value is null;
                while (runEnd < parts.Count && parts[runEnd].Kind == TemplatePartKind.Literal)
                {
                    raw &= parts[runEnd].Value is null && parts[runEnd].Start == parts[runEnd - 1].End;
                    runEnd++;
                }

                if (runEnd - read > 1)
                {
                    part.End = parts[runEnd - 1].End;
                    part.Value = raw ? null : JoinValues(ref parts, read, runEnd);
                }
            }

            parts[write++] = part;
            read = runEnd;
        }

        parts.Truncate(write);
    }

    private readonly string JoinValues(ref PooledList<TemplatePart> parts, int from, int to)
    {
        var sb = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            var p = parts[i];
            if (p.Value is not null)
            {
                sb.Append(p.Value);
            }
            else
            {
                AppendUtf8(sb, _src[p.Start..p.End]);
            }
        }

        return sb.ToString();
    }

    private static void AppendUtf8(StringBuilder sb, ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = utf8.Length <= 256 ? stackalloc char[256] : new char[utf8.Length];
        var written = Encoding.UTF8.GetChars(utf8, buffer);
        sb.Append(buffer[..written]);
    }
}
