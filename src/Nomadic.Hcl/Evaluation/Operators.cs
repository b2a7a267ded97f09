using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Evaluation;

/// <summary>The operators' value semantics, as cty's stdlib operator functions that HCL calls.</summary>
internal static class Operators
{
    /// <summary>The type an operand is converted to before the operator runs.</summary>
    public static HclType OperandType(Operator op) => op switch
    {
        Operator.Or or Operator.And or Operator.Not => HclType.Bool,
        Operator.Equal or Operator.NotEqual => HclType.Dynamic,
        _ => HclType.Number,
    };

    /// <summary>The type of the operator's result.</summary>
    public static HclType ResultType(Operator op) => op switch
    {
        Operator.Add or Operator.Subtract or Operator.Multiply or Operator.Divide or Operator.Modulo or Operator.Negate => HclType.Number,
        _ => HclType.Bool,
    };

    /// <summary>
    /// HCL's short-circuit rule for <c>&amp;&amp;</c> and <c>||</c>: a result decided by one known operand wins even if the
    /// other is unknown or failed. Returns null when the rule does not decide; otherwise the result, and whether the
    /// left operand's diagnostics (rather than the right's) go with it.
    /// </summary>
    public static HclValue? ShortCircuit(Operator op, HclValue lhs, HclValue rhs, bool lhsHasErrors, out bool useLeftDiagnostics)
    {
        useLeftDiagnostics = true;
        if (op is not (Operator.Or or Operator.And) || lhs.IsNull || rhs.IsNull)
        {
            return null;
        }

        var decisive = op == Operator.Or;
        if (!lhs.IsKnown && !rhs.IsKnown)
        {
            return lhsHasErrors ? null : HclValue.Unknown(HclType.Bool);
        }

        if (lhs.IsKnown && lhs.AsBool() == decisive)
        {
            return HclValue.Bool(decisive);
        }

        if (rhs.IsKnown && rhs.AsBool() == decisive)
        {
            useLeftDiagnostics = false;
            return HclValue.Bool(decisive);
        }

        if (!lhs.IsKnown)
        {
            return HclValue.Unknown(HclType.Bool);
        }

        if (!rhs.IsKnown)
        {
            useLeftDiagnostics = false;
            return HclValue.Unknown(HclType.Bool);
        }

        return null;
    }

    /// <summary>Applies a binary operator to operands already converted to <see cref="OperandType"/>.</summary>
    /// <exception cref="HclValueException">The operation is not possible; the message completes "Error during operation: …".</exception>
    public static HclValue Binary(Operator op, HclValue lhs, HclValue rhs)
    {
        if (op is Operator.Equal or Operator.NotEqual)
        {
            var equal = lhs.EqualTo(rhs);
            return op == Operator.Equal || !equal.IsKnown ? equal : HclValue.Bool(!equal.AsBool());
        }

        if (lhs.IsNull || rhs.IsNull)
        {
            throw new HclValueException("argument must not be null");
        }

        if (!lhs.IsKnown || !rhs.IsKnown)
        {
            return HclValue.Unknown(ResultType(op));
        }

        switch (op)
        {
            case Operator.Or:
                return HclValue.Bool(lhs.AsBool() || rhs.AsBool());
            case Operator.And:
                return HclValue.Bool(lhs.AsBool() && rhs.AsBool());
        }

        var a = lhs.AsNumber();
        var b = rhs.AsNumber();
        return op switch
        {
            Operator.GreaterThan => HclValue.Bool(a.CompareTo(b) > 0),
            Operator.GreaterThanOrEqual => HclValue.Bool(a.CompareTo(b) >= 0),
            Operator.LessThan => HclValue.Bool(a.CompareTo(b) < 0),
            Operator.LessThanOrEqual => HclValue.Bool(a.CompareTo(b) <= 0),
            Operator.Add => HclValue.Number(a + b),
            Operator.Subtract => HclValue.Number(a - b),
            Operator.Multiply => HclValue.Number(a * b),
            Operator.Divide => b.Sign == 0
                ? throw new HclValueException(a.Sign == 0 ? "can't divide zero by zero or infinity by infinity" : "can't divide by zero")
                : HclValue.Number(a / b),
            Operator.Modulo => b.Sign == 0
                ? throw new HclValueException("can't use modulo with zero")
                : HclValue.Number(a % b),
            _ => throw new HclValueException($"{op} is not a binary operator"),
        };
    }

    /// <summary>Applies a unary operator to an operand already converted to <see cref="OperandType"/>.</summary>
    /// <exception cref="HclValueException">The operation is not possible.</exception>
    public static HclValue Unary(Operator op, HclValue operand)
    {
        if (operand.IsNull)
        {
            throw new HclValueException("argument must not be null");
        }

        if (!operand.IsKnown)
        {
            return HclValue.Unknown(ResultType(op));
        }

        return op == Operator.Not ? HclValue.Bool(!operand.AsBool()) : HclValue.Number(-operand.AsNumber());
    }
}
