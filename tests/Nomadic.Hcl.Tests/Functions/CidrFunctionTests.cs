using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class CidrFunctionTests
{
    [Theory]
    [InlineData("192.168.1.0/24", 5, "192.168.1.5")]
    [InlineData("192.168.1.0/24", -5, "192.168.1.251")]
    [InlineData("192.168.1.0/24", -256, "192.168.1.0")]
    [InlineData("10.12.112.0/20", 16, "10.12.112.16")]
    [InlineData("10.12.112.0/20", 268, "10.12.113.12")]
    [InlineData("fd00:fd12:3456:7890:00a2::/72", 34, "fd00:fd12:3456:7890::22")]
    [InlineData("192.168.1.7/24", 1, "192.168.1.1")]
    public void Host(string prefix, long hostnum, string expected) => Same(S(expected), Call("cidrhost", S(prefix), N(hostnum)));

    [Theory]
    [InlineData("192.168.1.0/30", 255, "prefix of 30 does not accommodate a host numbered 255")]
    [InlineData("not-a-cidr", 6, "invalid CIDR expression: invalid CIDR address: not-a-cidr")]
    [InlineData("10.256.0.0/8", 6, "invalid CIDR expression: invalid CIDR address: 10.256.0.0/8")]
    [InlineData("10.0.0.0/33", 6, "invalid CIDR expression: invalid CIDR address: 10.0.0.0/33")]
    public void HostRejects(string prefix, long hostnum, string message) => Assert.Equal(message, Fails("cidrhost", S(prefix), N(hostnum)).Message);

    [Fact]
    public void HostRejectsNegativeOutOfRange() => Assert.NotNull(Fails("cidrhost", S("192.168.1.0/30"), N(-255)));

    [Theory]
    [InlineData("192.168.1.0/24", "255.255.255.0")]
    [InlineData("192.168.1.0/32", "255.255.255.255")]
    [InlineData("0.0.0.0/0", "0.0.0.0")]
    [InlineData("1::/64", "ffff:ffff:ffff:ffff::")]
    [InlineData("172.16.0.0/12", "255.240.0.0")]
    public void Netmask(string prefix, string expected) => Same(S(expected), Call("cidrnetmask", S(prefix)));

    [Theory]
    [InlineData("not-a-cidr")]
    [InlineData("110.256.0.0/8")]
    [InlineData("010.0.0.0/8")]
    public void NetmaskRejects(string prefix) => Assert.StartsWith("invalid CIDR expression: ", Fails("cidrnetmask", S(prefix)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("192.168.2.0/20", 4, 6, "192.168.6.0/24")]
    [InlineData("fe80::/48", 16, 6, "fe80:0:0:6::/64")]
    [InlineData("::ffff:192.168.0.0/112", 8, 6, "192.168.6.0/24")]
    [InlineData("172.16.0.0/12", 4, 2, "172.18.0.0/16")]
    [InlineData("10.1.2.0/24", 4, 15, "10.1.2.240/28")]
    [InlineData("fd00:fd12:3456:7890::/56", 16, 162, "fd00:fd12:3456:7800:a200::/72")]
    public void Subnet(string prefix, long newbits, long netnum, string expected) =>
        Same(S(expected), Call("cidrsubnet", S(prefix), N(newbits), N(netnum)));

    [Theory]
    [InlineData("192.168.0.0/30", 4, 6, "insufficient address space to extend prefix of 30 by 4")]
    [InlineData("192.168.0.0/168", 2, 16, "invalid CIDR expression: invalid CIDR address: 192.168.0.0/168")]
    [InlineData("not-a-cidr", 4, 6, "invalid CIDR expression: invalid CIDR address: not-a-cidr")]
    [InlineData("10.256.0.0/8", 4, 6, "invalid CIDR expression: invalid CIDR address: 10.256.0.0/8")]
    [InlineData("10.0.0.0/8", 4, 16, "prefix extension of 4 does not accommodate a subnet numbered 16")]
    [InlineData("fe80::/48", 33, 6, "may not extend prefix by more than 32 bits")]
    public void SubnetRejects(string prefix, long newbits, long netnum, string message) =>
        Assert.Equal(message, Fails("cidrsubnet", S(prefix), N(newbits), N(netnum)).Message);

    [Fact]
    public void Subnets() =>
        Same(
            Strings("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/25", "10.0.3.128/25", "10.0.4.0/25", "10.0.4.128/28", "10.0.4.144/28", "10.0.4.160/28"),
            Call("cidrsubnets", S("10.0.0.0/21"), N(3), N(3), N(3), N(4), N(4), N(4), N(7), N(7), N(7)));

    [Fact]
    public void SubnetsTerraformExample() =>
        Same(Strings("10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"), Call("cidrsubnets", S("10.1.0.0/16"), N(4), N(4), N(8), N(4)));

    [Fact]
    public void SubnetsIpv6() =>
        Same(Strings("fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72", "fd00:fd12:3456:7800:200::/72"),
            Call("cidrsubnets", S("fd00:fd12:3456:7800::/56"), N(16), N(16), N(16)));

    [Fact]
    public void SubnetsWithoutNewbitsIsEmpty() => Same(Strings(), Call("cidrsubnets", S("10.0.0.0/8")));

    [Theory]
    [InlineData("10.0.0.0/30", new long[] { 1, 3 }, "would extend prefix to 33 bits, which is too long for an IPv4 address", 2)]
    [InlineData("10.0.0.0/8", new long[] { 1, 1, 1 }, "not enough remaining address space for a subnet with a prefix of 9 bits after 10.128.0.0/9", 3)]
    [InlineData("10.0.0.0/8", new long[] { 1, 0 }, "must extend prefix by at least one bit", 2)]
    [InlineData("10.0.0.0/8", new long[] { 1, -1 }, "must extend prefix by at least one bit", 2)]
    [InlineData("fe80::/48", new long[] { 1, 33 }, "may not extend prefix by more than 32 bits", 2)]
    public void SubnetsRejects(string prefix, long[] newbits, string message, int index)
    {
        var e = Fails("cidrsubnets", [S(prefix), .. newbits.Select(N)]);
        Assert.Equal(message, e.Message);
        Assert.Equal(index, e.ArgumentIndex);
    }

    [Fact]
    public void SubnetsRejectsBadPrefixAtArgumentZero() => Assert.Equal(0, Fails("cidrsubnets", S("nope"), N(1)).ArgumentIndex);
}
