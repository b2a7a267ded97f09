using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary><c>constraint</c>, <c>affinity</c> and <c>spread</c>, with Nomad's shorthand keys.</summary>
internal sealed partial class JobDecoder
{
    private static readonly string[] ShorthandOperands = ["version", "semver", "regexp", "set_contains", "set_contains_any", "set_contains_all"];

    private static readonly string[] ConstraintAttributes =
        ["attribute", "value", "operator", .. ShorthandOperands, "distinct_hosts", "distinct_property", "is_set", "is_not_set"];

    private static readonly string[] AffinityAttributes = ["attribute", "value", "operator", "weight", .. ShorthandOperands];

    private List<Constraint>? Constraints(BodyReader parent, string field) => Many(parent, "constraint", field, Constraint);

    private List<Affinity>? Affinities(BodyReader parent, string field) => Many(parent, "affinity", field, Affinity);

    private List<Spread>? Spreads(BodyReader parent, string field) => Many(parent, "spread", field, Spread);

    private Constraint Constraint(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ConstraintAttributes);
        var c = new Constraint
        {
            LTarget = r.String("attribute", "LTarget") ?? string.Empty,
            RTarget = r.String("value", "RTarget") ?? string.Empty,
            Operand = r.String("operator", "Operand") ?? string.Empty,
        };
        foreach (var operand in ShorthandOperands)
        {
            if (r.String(operand, "RTarget") is { Length: > 0 } target)
            {
                c.Operand = operand;
                c.RTarget = target;
            }
        }

        if (r.Bool("distinct_hosts", "RTarget") is { } distinct)
        {
            c.Operand = "distinct_hosts";
            c.RTarget = distinct ? "true" : "false";
        }

        if (r.String("distinct_property", "LTarget") is { Length: > 0 } property)
        {
            c.Operand = "distinct_property";
            c.LTarget = property;
        }

        foreach (var operand in new[] { "is_set", "is_not_set" })
        {
            if (r.String(operand, "LTarget") is { Length: > 0 } attribute)
            {
                c.Operand = operand;
                c.LTarget = attribute;
            }
        }

        if (c.Operand.Length == 0)
        {
            c.Operand = "=";
        }

        return c;
    }

    private Affinity Affinity(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, AffinityAttributes);
        var a = new Affinity
        {
            LTarget = r.String("attribute", "LTarget") ?? string.Empty,
            RTarget = r.String("value", "RTarget") ?? string.Empty,
            Operand = r.String("operator", "Operand") ?? string.Empty,
            Weight = r.SByte("weight", "Weight"),
        };
        foreach (var operand in ShorthandOperands)
        {
            if (r.String(operand, "RTarget") is { Length: > 0 } target)
            {
                a.Operand = operand;
                a.RTarget = target;
            }
        }

        if (a.Operand.Length == 0)
        {
            a.Operand = "=";
        }

        return a;
    }

    private Spread Spread(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["attribute", "weight"], B("target", "value"));
        var spread = new Spread { Attribute = r.String("attribute", "Attribute") ?? string.Empty, Weight = r.SByte("weight", "Weight") };
        spread.SpreadTarget = Many(r, "target", "SpreadTarget", (b, p) =>
        {
            var t = _context.Read(b.Body, p, ["percent"]);
            return new SpreadTarget { Value = b.Labels[0], Percent = t.Byte("percent", "Percent") ?? 0 };
        });
        return spread;
    }
}
