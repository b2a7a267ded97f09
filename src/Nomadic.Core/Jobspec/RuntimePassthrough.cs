using System.Text;
using Nomadic.Hcl;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec;

/// <summary>
/// Nomad's <c>UndefinedVariable</c> hook: a reference to any root other than <c>var</c> and <c>local</c> (such as
/// <c>NOMAD_ALLOC_ID</c>, <c>attr.kernel.name</c>, <c>node.datacenter</c>, <c>meta.rack</c>, <c>env["X"]</c>) evaluates
/// to its own text wrapped in <c>${...}</c>, keeping the spacing of the enclosing interpolation, so that the Nomad
/// client can interpolate it at run time.
/// </summary>
internal sealed class RuntimePassthrough
{
    private readonly string _fileName;
    private readonly ReadOnlyMemory<byte> _source;

    public RuntimePassthrough(string fileName, ReadOnlyMemory<byte> source)
    {
        _fileName = fileName;
        _source = source;
    }

    public HclValue? Resolve(HclTraversal traversal)
    {
        var range = traversal.Range;
        var body = _source.Span;
        int start = range.Start.Byte, end = range.End.Byte;
        if (range.FileName != _fileName || start < 0 || end > body.Length || start >= end)
        {
            return HclValue.String("${" + traversal.SourceText + "}");
        }

        var text = Encoding.UTF8.GetString(body[start..end]);
        var open = start - 1;
        while (open >= 1 && body[open] == ' ')
        {
            open--;
        }

        if (open < 1 || body[open] != '{' || body[open - 1] != '$')
        {
            return HclValue.String("${" + text + "}");
        }

        var close = end;
        while (close < body.Length && body[close] == ' ')
        {
            close++;
        }

        var prefix = Encoding.UTF8.GetString(body[(open - 1)..start]);
        var suffix = close < body.Length && body[close] == '}' ? Encoding.UTF8.GetString(body[end..(close + 1)]) : "}";
        return HclValue.String(prefix + text + suffix);
    }
}
