using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Text;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>An IP network as Go's <c>net.ParseCIDR</c> returns it: the masked address as an integer of 32 or 128 bits and a prefix length.</summary>
/// <param name="Address">The network address.</param>
/// <param name="Bits">32 for IPv4, 128 for IPv6.</param>
/// <param name="PrefixLength">The prefix length.</param>
internal readonly record struct IpNetwork(BigInteger Address, int Bits, int PrefixLength)
{
    /// <summary>Parses CIDR notation as Go's <c>net.ParseCIDR</c>, masking the address to the prefix.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The network.</returns>
    /// <exception cref="FormatException">The text is invalid; the message is Go's.</exception>
    public static IpNetwork Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var error = new FormatException($"invalid CIDR address: {text}");
        if (slash < 0)
        {
            throw error;
        }

        var addressText = text[..slash];
        var prefixText = text[(slash + 1)..];
        if (!TryParseAddress(addressText, out var address, out var bits)
            || prefixText.Length == 0 || prefixText.Length > 3 || !prefixText.All(char.IsAsciiDigit)
            || (prefixText.Length > 1 && prefixText[0] == '0'))
        {
            throw error;
        }

        var prefix = int.Parse(prefixText, CultureInfo.InvariantCulture);
        if (prefix > bits)
        {
            throw error;
        }

        return new IpNetwork(address & Mask(prefix, bits), bits, prefix);
    }

    /// <summary>Builds the mask of a prefix length as an integer.</summary>
    /// <param name="prefix">The prefix length.</param>
    /// <param name="bits">The address size.</param>
    /// <returns>The mask.</returns>
    public static BigInteger Mask(int prefix, int bits) => ((BigInteger.One << prefix) - 1) << (bits - prefix);

    /// <summary>Formats an address as Go's <c>net.IP.String</c>; IPv4-mapped IPv6 addresses print as IPv4.</summary>
    /// <param name="address">The address.</param>
    /// <param name="bits">32 or 128.</param>
    /// <returns>The text.</returns>
    public static string FormatAddress(BigInteger address, int bits)
    {
        if (bits == 32 || address >> 32 == 0xFFFF)
        {
            var v = (uint)(address & uint.MaxValue);
            return string.Create(CultureInfo.InvariantCulture, $"{v >> 24}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}");
        }

        var groups = new int[8];
        for (var i = 0; i < 8; i++)
        {
            groups[i] = (int)((address >> (16 * (7 - i))) & 0xFFFF);
        }

        // The longest run of two or more zero groups, leftmost on ties, becomes "::".
        int bestStart = -1, bestLength = 1;
        for (var i = 0; i < 8;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }

            var j = i;
            while (j < 8 && groups[j] == 0)
            {
                j++;
            }

            if (j - i > bestLength)
            {
                bestStart = i;
                bestLength = j - i;
            }

            i = j;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < 8; i++)
        {
            if (i == bestStart)
            {
                sb.Append("::");
                i += bestLength - 1;
                continue;
            }

            if (sb.Length > 0 && sb[^1] != ':')
            {
                sb.Append(':');
            }

            sb.Append(groups[i].ToString("x", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>Formats a network as Go's <c>net.IPNet.String</c>.</summary>
    /// <returns>The CIDR text.</returns>
    public override string ToString()
    {
        var prefix = PrefixLength;
        if (Bits == 128 && Address >> 32 == 0xFFFF && prefix >= 96)
        {
            prefix -= 96;
        }

        return FormatAddress(Address, Bits) + "/" + prefix.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Tests whether the network contains an address.</summary>
    /// <param name="address">The address.</param>
    /// <returns>Whether it is inside.</returns>
    public bool Contains(BigInteger address) => (address & Mask(PrefixLength, Bits)) == Address;

    private static bool TryParseAddress(string text, out BigInteger address, out int bits)
    {
        address = BigInteger.Zero;
        bits = 32;
        if (text.Contains(':', StringComparison.Ordinal))
        {
            bits = 128;
            if (text.Contains('%', StringComparison.Ordinal) || !IPAddress.TryParse(text, out var ip) || ip.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return false;
            }

            address = new BigInteger(ip.GetAddressBytes(), isUnsigned: true, isBigEndian: true);
            return true;
        }

        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length is 0 or > 3 || !part.All(char.IsAsciiDigit) || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }

            var octet = int.Parse(part, CultureInfo.InvariantCulture);
            if (octet > 255)
            {
                return false;
            }

            address = (address << 8) | octet;
        }

        return true;
    }
}
