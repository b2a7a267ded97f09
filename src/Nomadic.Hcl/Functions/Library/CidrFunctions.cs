using System.Globalization;
using System.Numerics;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The CIDR functions of go-cty-funcs (with go-cidr's arithmetic): cidrhost, cidrnetmask, cidrsubnet, cidrsubnets.</summary>
internal static class CidrFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        functions["cidrhost"] = HclFunction.Create("cidrhost", [P("prefix", HclType.String), P("hostnum", HclType.Number)], HclType.String, Host,
            description: "Calculates a full host IP address within a given IP network address prefix.");
        functions["cidrnetmask"] = HclFunction.Create("cidrnetmask", [P("prefix", HclType.String)], HclType.String,
            a =>
            {
                var network = ParseExpression(a[0].AsString(), null);
                return HclValue.String(IpNetwork.FormatAddress(IpNetwork.Mask(network.PrefixLength, network.Bits), network.Bits));
            },
            description: "Converts an IPv4 address prefix given in CIDR notation into a subnet mask address.");
        functions["cidrsubnet"] = HclFunction.Create("cidrsubnet", [P("prefix", HclType.String), P("newbits", HclType.Number), P("netnum", HclType.Number)], HclType.String, Subnet,
            description: "Calculates a subnet address within a given IP network address prefix.");
        functions["cidrsubnets"] = HclFunction.Create("cidrsubnets", [P("prefix", HclType.String)], HclType.List(HclType.String), Subnets, P("newbits", HclType.Number),
            "Calculates a sequence of consecutive IP address ranges within a particular CIDR prefix.");
    }

    private static IpNetwork ParseExpression(string text, int? argumentIndex)
    {
        try
        {
            return IpNetwork.Parse(text);
        }
        catch (FormatException e)
        {
            var message = "invalid CIDR expression: " + e.Message;
            throw argumentIndex is { } i ? new HclFunctionException(i, message) : new HclFunctionException(message);
        }
    }

    private static HclValue Host(IReadOnlyList<HclValue> args)
    {
        var hostNum = Int(args[1]);
        var network = ParseExpression(args[0].AsString(), null);
        var hostLength = network.Bits - network.PrefixLength;
        var maxHostNum = (BigInteger.One << hostLength) - 1;
        BigInteger num = hostNum;
        BigInteger magnitude = hostNum;
        if (hostNum < 0)
        {
            magnitude = -num - 1;
            num = maxHostNum - magnitude;
        }

        if (magnitude > maxHostNum)
        {
            throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"prefix of {network.PrefixLength} does not accommodate a host numbered {num}"));
        }

        return HclValue.String(IpNetwork.FormatAddress(network.Address | num, network.Bits));
    }

    private static HclValue Subnet(IReadOnlyList<HclValue> args)
    {
        var newBits = Int(args[1]);
        var netNum = Int(args[2]);
        var network = ParseExpression(args[0].AsString(), null);
        if (newBits > 32)
        {
            throw new HclFunctionException("may not extend prefix by more than 32 bits");
        }

        var newPrefix = network.PrefixLength + (int)newBits;
        if (newPrefix > network.Bits)
        {
            throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"insufficient address space to extend prefix of {network.PrefixLength} by {newBits}"));
        }

        var maxNetNum = (BigInteger.One << (int)newBits) - 1;
        if (netNum < 0 || netNum > maxNetNum)
        {
            throw new HclFunctionException(string.Create(CultureInfo.InvariantCulture, $"prefix extension of {newBits} does not accommodate a subnet numbered {netNum}"));
        }

        var address = network.Address | ((BigInteger)netNum << (network.Bits - newPrefix));
        return HclValue.String(new IpNetwork(address, network.Bits, newPrefix).ToString());
    }

    private static HclValue Subnets(IReadOnlyList<HclValue> args)
    {
        var network = ParseExpression(args[0].AsString(), 0);
        if (args.Count == 1)
        {
            return HclValue.ListEmpty(HclType.String);
        }

        var bits = network.Bits;
        var modulus = BigInteger.One << bits;
        var firstLength = ReadLength(args[1], 1) + network.PrefixLength;

        // go-cidr's PreviousSubnet: the subnet of the first length just before the network (wrapping below zero).
        var previous = (network.Address - 1 + modulus) % modulus & IpNetwork.Mask((int)Math.Clamp(firstLength, 0, bits), bits);
        var current = new IpNetwork(previous, bits, (int)Math.Clamp(firstLength, 0, bits));
        var results = new List<HclValue>();
        for (var i = 1; i < args.Count; i++)
        {
            var length = ReadLength(args[i], i);
            if (length < 1)
            {
                throw new HclFunctionException(i, "must extend prefix by at least one bit");
            }

            if (length > 32)
            {
                throw new HclFunctionException(i, "may not extend prefix by more than 32 bits");
            }

            length += network.PrefixLength;
            if (length > bits)
            {
                var protocol = bits == 32 ? "IPv4" : "IPv6";
                throw new HclFunctionException(i, string.Create(CultureInfo.InvariantCulture, $"would extend prefix to {length} bits, which is too long for an {protocol} address"));
            }

            // go-cidr's NextSubnet: the subnet of the new length that follows the current one's last address.
            var currentLast = current.Address | ((BigInteger.One << (bits - current.PrefixLength)) - 1);
            var mask = IpNetwork.Mask((int)length, bits);
            var containing = currentLast & mask;
            var last = containing | ((BigInteger.One << (bits - (int)length)) - 1);
            var incremented = (last + 1) % modulus;
            var rollover = incremented.IsZero;
            var next = new IpNetwork(incremented & mask, bits, (int)length);
            if (rollover || !network.Contains(next.Address))
            {
                throw new HclFunctionException(i, string.Create(CultureInfo.InvariantCulture,
                    $"not enough remaining address space for a subnet with a prefix of {length} bits after {current}"));
            }

            current = next;
            results.Add(HclValue.String(current.ToString()));
        }

        return HclValue.List(results);
    }

    private static long ReadLength(HclValue value, int index)
    {
        var error = TryInt(value, out var result);
        return error is null ? result : throw new HclFunctionException(index, error);
    }
}
