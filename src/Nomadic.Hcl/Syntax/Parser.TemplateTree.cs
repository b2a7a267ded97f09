using Nomadic.Hcl.Internal;
using Nomadic.Hcl.Values.Text;

namespace Nomadic.Hcl.Syntax;

/// <summary>
/// The tree pass of template parsing: rewrites the nodes from the template's start into the nested pre-order shape,
/// copying each interpolation's and directive's expression nodes to their place.
/// </summary>
internal ref partial struct Parser
{
    private void BuildTemplateNodes(int regionStart, ref PooledList<TemplatePart> parts, int wholeStart, int wholeEnd, Token endTok)
    {
        if (parts.Count == 1 && parts[0].Kind == TemplatePartKind.Interpolation)
        {
            Wrap(regionStart, NodeKind.TemplateWrap, 0, wholeStart, wholeEnd);
            return;
        }

        if (_nodes.Count == regionStart && AllLiterals(ref parts))
        {
            var template = Add(NodeKind.Template, 0, wholeStart, wholeEnd);
            foreach (var part in parts.Span)
            {
                EmitLiteral(ref _nodes, part);
            }

            Close(template);
            return;
        }

        var output = new PooledList<SyntaxNodeData>(Math.Max(16, (_nodes.Count - regionStart) + (parts.Count * 2) + 4));
        try
        {
            output.Add(new SyntaxNodeData(NodeKind.Template, 0, wholeStart, wholeEnd));
            var position = 0;
            while (position < parts.Count)
            {
                EmitTemplateElement(ref output, ref parts, ref position, endTok);
            }

            output[0].Size = output.Count;

            _nodes.Truncate(regionStart);
            foreach (var node in output.Span)
            {
                _nodes.Add(node);
            }
        }
        finally
        {
            output.Dispose();
        }
    }

    private static bool AllLiterals(ref PooledList<TemplatePart> parts)
    {
        foreach (var part in parts.Span)
        {
            if (part.Kind != TemplatePartKind.Literal)
            {
                return false;
            }
        }

        return true;
    }

    private readonly void CopyNodes(ref PooledList<SyntaxNodeData> output, TemplatePart part)
    {
        for (var i = part.NodeFrom; i < part.NodeTo; i++)
        {
            output.Add(_nodes[i]);
        }
    }

    /// <summary>Adds a literal node. Literal text is NFC-normalized, as every HCL string value is.</summary>
    private void EmitLiteral(ref PooledList<SyntaxNodeData> output, TemplatePart part)
    {
        var value = part.Value;
        if (value is null && _src[part.Start..part.End].ContainsAnyExceptInRange((byte)0, (byte)0x7F))
        {
            var raw = _tree.TextOf(part.Start, part.End);
            var normalized = Nfc.Normalize(raw);
            value = ReferenceEquals(normalized, raw) ? null : normalized;
        }
        else if (value is not null)
        {
            value = Nfc.Normalize(value);
        }

        output.Add(new SyntaxNodeData(NodeKind.TemplateLiteral, value is null ? 0 : AddString(value), part.Start, part.End));
    }

    private void EmitTemplateElement(ref PooledList<SyntaxNodeData> output, ref PooledList<TemplatePart> parts, ref int position, Token endTok)
    {
        var part = parts[position++];
        switch (part.Kind)
        {
            case TemplatePartKind.Literal:
                EmitLiteral(ref output, part);
                return;
            case TemplatePartKind.Interpolation:
                CopyNodes(ref output, part);
                return;
            case TemplatePartKind.If or TemplatePartKind.For:
                if (!EnterNesting(new Token(TokenType.TemplateControl, part.Start, part.End)))
                {
                    LeaveNesting();
                    output.Add(new SyntaxNodeData(NodeKind.Invalid, 0, part.Start, parts[^1].End));
                    position = parts.Count;
                    return;
                }

                if (part.Kind == TemplatePartKind.If)
                {
                    EmitIf(ref output, ref parts, ref position, part, endTok);
                }
                else
                {
                    EmitFor(ref output, ref parts, ref position, part, endTok);
                }

                LeaveNesting();
                return;
            default:
                Error(RangeOf(part.Start, part.End), $"Unexpected {DirectiveName(part.Kind)} directive", "The control directives within this template are unbalanced.");
                output.Add(new SyntaxNodeData(NodeKind.Invalid, 0, part.Start, part.End));
                return;
        }
    }

    private static string DirectiveName(TemplatePartKind kind) => kind switch
    {
        TemplatePartKind.Else => "else",
        TemplatePartKind.EndIf => "endif",
        _ => "endfor",
    };

    private void EmitIf(ref PooledList<SyntaxNodeData> output, ref PooledList<TemplatePart> parts, ref int position, TemplatePart open, Token endTok)
    {
        var ifIndex = output.Count;
        output.Add(new SyntaxNodeData(NodeKind.TemplateIf, 0, open.Start, open.End));
        CopyNodes(ref output, open);
        var branch = output.Add2(new SyntaxNodeData(NodeKind.Template, 0, open.End, open.End));
        var inElse = false;
        while (true)
        {
            if (position >= parts.Count)
            {
                Error(RangeOf(endTok), "Unexpected end of template", $"The if directive at {RangeOf(open.Start, open.End)} is missing its corresponding endif directive.");
                output.Truncate(ifIndex);
                output.Add(new SyntaxNodeData(NodeKind.Invalid, 0, endTok.Start, endTok.End));
                return;
            }

            var next = parts[position];
            if (next.Kind is TemplatePartKind.Else or TemplatePartKind.EndIf or TemplatePartKind.EndFor)
            {
                position++;
                if (next.Kind == TemplatePartKind.Else && !inElse)
                {
                    CloseBranch(ref output, branch, open.End);
                    inElse = true;
                    branch = output.Add2(new SyntaxNodeData(NodeKind.Template, 0, next.End, next.End));
                    continue;
                }

                if (next.Kind == TemplatePartKind.EndIf)
                {
                    if (!inElse)
                    {
                        CloseBranch(ref output, branch, open.End);
                        branch = output.Add2(new SyntaxNodeData(NodeKind.Template, 0, next.Start, next.Start));
                    }

                    CloseBranch(ref output, branch, next.Start);
                    output[ifIndex].End = next.End;
                    output[ifIndex].Size = output.Count - ifIndex;
                    return;
                }

                Error(
                    RangeOf(next.Start, next.End),
                    next.Kind == TemplatePartKind.Else ? "Unexpected else directive" : "Unexpected endfor directive",
                    next.Kind == TemplatePartKind.Else
                        ? $"Already in the else clause for the if started at {RangeOf(open.Start, open.End)}."
                        : $"Expecting an endif directive for the if started at {RangeOf(open.Start, open.End)}.");
                output.Truncate(ifIndex);
                output.Add(new SyntaxNodeData(NodeKind.Invalid, 0, next.Start, next.End));
                return;
            }

            EmitTemplateElement(ref output, ref parts, ref position, endTok);
        }
    }

    private void EmitFor(ref PooledList<SyntaxNodeData> output, ref PooledList<TemplatePart> parts, ref int position, TemplatePart open, Token endTok)
    {
        var forIndex = output.Count;
        output.Add(new SyntaxNodeData(NodeKind.TemplateFor, open.Data, open.Start, open.End));
        CopyNodes(ref output, open);
        var body = output.Add2(new SyntaxNodeData(NodeKind.Template, 0, open.End, open.End));
        while (true)
        {
            if (position >= parts.Count)
            {
                Error(RangeOf(endTok), "Unexpected end of template", $"The for directive at {RangeOf(open.Start, open.End)} is missing its corresponding endfor directive.");
                output.Truncate(forIndex);
                output.Add(new SyntaxNodeData(NodeKind.Invalid, 0, endTok.Start, endTok.End));
                return;
            }

            var next = parts[position];
            if (next.Kind is TemplatePartKind.Else or TemplatePartKind.EndIf or TemplatePartKind.EndFor)
            {
                position++;
                if (next.Kind == TemplatePartKind.EndFor)
                {
                    CloseBranch(ref output, body, open.End);
                    output[forIndex].End = next.End;
                    output[forIndex].Size = output.Count - forIndex;
                    return;
                }

                Error(
                    RangeOf(next.Start, next.End),
                    next.Kind == TemplatePartKind.Else ? "Unexpected else directive" : "Unexpected endif directive",
                    next.Kind == TemplatePartKind.Else
                        ? "An else clause is not expected for a for directive."
                        : $"Expecting an endfor directive corresponding to the for directive at {RangeOf(open.Start, open.End)}.");
                output.Truncate(forIndex);
                output.Add(new SyntaxNodeData(NodeKind.Invalid, 0, next.Start, next.End));
                return;
            }

            EmitTemplateElement(ref output, ref parts, ref position, endTok);
        }
    }

    /// <summary>Finishes a directive's branch: an empty branch gets an empty literal; the range spans its parts.</summary>
    private static void CloseBranch(ref PooledList<SyntaxNodeData> output, int branch, int emptyAt)
    {
        if (output.Count == branch + 1)
        {
            output.Add(new SyntaxNodeData(NodeKind.TemplateLiteral, 0, emptyAt, emptyAt));
        }

        var first = output[branch + 1];
        var lastEnd = first.End;
        for (var i = branch + 1; i < output.Count; i += output[i].Size)
        {
            lastEnd = output[i].End;
        }

        output[branch].Start = first.Start;
        output[branch].End = lastEnd;
        output[branch].Size = output.Count - branch;
    }
}
