namespace Nomadic.Hcl.Tests.Syntax;

/// <summary>
/// HCL's TestParseConfig: each file's diagnostic count and the ranges of its body, attributes, expressions, blocks,
/// labels and block bodies (see <see cref="TreeDump"/>), including what recovery leaves after errors.
/// </summary>
public sealed class ParseConfigTests
{
    [Theory]
    [InlineData("", 0, "body 1,1(0)-1,1(0)")]
    [InlineData("block {}\n", 0, "body 1,1(0)-2,1(9)\n  block block type 1,1(0)-1,6(5) labels [] body 1,7(6)-1,9(8)")]
    [InlineData("block {}", 0, "body 1,1(0)-1,9(8)\n  block block type 1,1(0)-1,6(5) labels [] body 1,7(6)-1,9(8)")]
    [InlineData("block {}block {}\n", 1, "body 1,1(0)-2,1(17)\n  block block type 1,1(0)-1,6(5) labels [] body 1,7(6)-1,9(8)")]
    [InlineData("block { block {} }\n", 1, "body 1,1(0)-2,1(19)\n  block block type 1,1(0)-1,6(5) labels [] body 1,7(6)-2,1(19)")]
    [InlineData("block \"foo\" {}\n", 0, "body 1,1(0)-2,1(15)\n  block block type 1,1(0)-1,6(5) labels [foo@1,7(6)-1,12(11)] body 1,13(12)-1,15(14)")]
    [InlineData("block foo {}\n", 0, "body 1,1(0)-2,1(13)\n  block block type 1,1(0)-1,6(5) labels [foo@1,7(6)-1,10(9)] body 1,11(10)-1,13(12)")]
    [InlineData("block \"invalid ${not_allowed_here} foo\" {}\n", 1, "body 1,1(0)-2,1(43)\n  block block type 1,1(0)-1,6(5) labels [invalid ${ ... } foo@1,7(6)-1,40(39)] body 1,41(40)-1,43(42)")]
    [InlineData("\nblock \"invalid\" 1.2 {}\nblock \"valid\" {}\n", 1, "body 1,1(0)-4,1(41)\n  block block type 2,1(1)-2,6(6) labels [invalid@2,7(7)-2,16(16)] body 2,1(1)-2,6(6)\n  block block type 3,1(24)-3,6(29) labels [valid@3,7(30)-3,14(37)] body 3,15(38)-3,17(40)")]
    [InlineData("block \"f\\o\" {}\n", 1, "body 1,1(0)-2,1(15)\n  block block type 1,1(0)-1,6(5) labels [fo@1,7(6)-1,12(11)] body 1,13(12)-1,15(14)")]
    [InlineData("block \"f\\n\" {}\n", 0, "body 1,1(0)-2,1(15)\n  block block type 1,1(0)-1,6(5) labels [f\n@1,7(6)-1,12(11)] body 1,13(12)-1,15(14)")]
    [InlineData("a = 1\n", 0, "body 1,1(0)-2,1(6)\n  attr a 1,1(0)-1,6(5) name 1,1(0)-1,2(1) expr 1,5(4)-1,6(5)")]
    [InlineData("a = 1", 0, "body 1,1(0)-1,6(5)\n  attr a 1,1(0)-1,6(5) name 1,1(0)-1,2(1) expr 1,5(4)-1,6(5)")]
    [InlineData("a = \"hello ${true}\"\n", 0, "body 1,1(0)-2,1(20)\n  attr a 1,1(0)-1,20(19) name 1,1(0)-1,2(1) expr 1,5(4)-1,20(19)")]
    [InlineData("a = \"hello $${true}\"\n", 0, "body 1,1(0)-2,1(21)\n  attr a 1,1(0)-1,21(20) name 1,1(0)-1,2(1) expr 1,5(4)-1,21(20)")]
    [InlineData("a = \"hello %%{true}\"\n", 0, "body 1,1(0)-2,1(21)\n  attr a 1,1(0)-1,21(20) name 1,1(0)-1,2(1) expr 1,5(4)-1,21(20)")]
    [InlineData("a = \"hello $$\"\n", 0, "body 1,1(0)-2,1(15)\n  attr a 1,1(0)-1,15(14) name 1,1(0)-1,2(1) expr 1,5(4)-1,15(14)")]
    [InlineData("a = \"hello $\"\n", 0, "body 1,1(0)-2,1(14)\n  attr a 1,1(0)-1,14(13) name 1,1(0)-1,2(1) expr 1,5(4)-1,14(13)")]
    [InlineData("a = \"hello %%\"\n", 0, "body 1,1(0)-2,1(15)\n  attr a 1,1(0)-1,15(14) name 1,1(0)-1,2(1) expr 1,5(4)-1,15(14)")]
    [InlineData("a = \"hello %\"\n", 0, "body 1,1(0)-2,1(14)\n  attr a 1,1(0)-1,14(13) name 1,1(0)-1,2(1) expr 1,5(4)-1,14(13)")]
    [InlineData("a = \"hello!\"\n", 0, "body 1,1(0)-2,1(13)\n  attr a 1,1(0)-1,13(12) name 1,1(0)-1,2(1) expr 1,5(4)-1,13(12)")]
    [InlineData("a = \"\\u2022\"\n", 0, "body 1,1(0)-2,1(13)\n  attr a 1,1(0)-1,13(12) name 1,1(0)-1,2(1) expr 1,5(4)-1,13(12)")]
    [InlineData("a = \"\\uu2022\"\n", 1, "body 1,1(0)-2,1(14)\n  attr a 1,1(0)-1,14(13) name 1,1(0)-1,2(1) expr 1,5(4)-1,14(13)")]
    [InlineData("a = \"\\U0001d11e\"\n", 0, "body 1,1(0)-2,1(17)\n  attr a 1,1(0)-1,17(16) name 1,1(0)-1,2(1) expr 1,5(4)-1,17(16)")]
    [InlineData("a = \"\\u0001d11e\"\n", 0, "body 1,1(0)-2,1(17)\n  attr a 1,1(0)-1,17(16) name 1,1(0)-1,2(1) expr 1,5(4)-1,17(16)")]
    [InlineData("a = \"\\U2022\"\n", 1, "body 1,1(0)-2,1(13)\n  attr a 1,1(0)-1,13(12) name 1,1(0)-1,2(1) expr 1,5(4)-1,13(12)")]
    [InlineData("a = \"\\u20m2\"\n", 1, "body 1,1(0)-2,1(13)\n  attr a 1,1(0)-1,13(12) name 1,1(0)-1,2(1) expr 1,5(4)-1,13(12)")]
    [InlineData("a = \"\\U00300000\"\n", 1, "body 1,1(0)-2,1(17)\n  attr a 1,1(0)-1,17(16) name 1,1(0)-1,2(1) expr 1,5(4)-1,17(16)")]
    [InlineData("a = \"\\Ub2705550\"\n", 1, "body 1,1(0)-2,1(17)\n  attr a 1,1(0)-1,17(16) name 1,1(0)-1,2(1) expr 1,5(4)-1,17(16)")]
    [InlineData("a = <<EOT\nHello\nEOT\nb = \"Hi\"", 0, "body 1,1(0)-4,9(28)\n  attr a 1,1(0)-3,4(19) name 1,1(0)-1,2(1) expr 1,5(4)-3,4(19)\n  attr b 4,1(20)-4,9(28) name 4,1(20)-4,2(21) expr 4,5(24)-4,9(28)")]
    [InlineData("a = foo.bar\n", 0, "body 1,1(0)-2,1(12)\n  attr a 1,1(0)-1,12(11) name 1,1(0)-1,2(1) expr 1,5(4)-1,12(11)")]
    [InlineData("a = foo.0.1.baz\n", 1, "body 1,1(0)-2,1(16)\n  attr a 1,1(0)-1,16(15) name 1,1(0)-1,2(1) expr 1,5(4)-1,16(15)")]
    [InlineData("a = \"${var.public_subnets[count.index]}\"\n", 0, "body 1,1(0)-2,1(41)\n  attr a 1,1(0)-1,41(40) name 1,1(0)-1,2(1) expr 1,5(4)-1,41(40)")]
    [InlineData("a = \"${var.public_subnets[*]}\"\n", 0, "body 1,1(0)-2,1(31)\n  attr a 1,1(0)-1,31(30) name 1,1(0)-1,2(1) expr 1,5(4)-1,31(30)")]
    [InlineData("a = 1 # line comment\n", 0, "body 1,1(0)-2,1(21)\n  attr a 1,1(0)-1,6(5) name 1,1(0)-1,2(1) expr 1,5(4)-1,6(5)")]
    [InlineData("a = [for k, v in foo: v if true]\n", 0, "body 1,1(0)-2,1(33)\n  attr a 1,1(0)-1,33(32) name 1,1(0)-1,2(1) expr 1,5(4)-1,33(32)")]
    [InlineData("a = [for k, v in foo: k => v... if true]\n", 2, "body 1,1(0)-2,1(41)\n  attr a 1,1(0)-1,41(40) name 1,1(0)-1,2(1) expr 1,5(4)-1,41(40)")]
    [InlineData("\t", 0, "body 1,2(1)-1,2(1)")]
    [InlineData("\\x81", 2, "body 1,1(0)-1,2(1)")]
    [InlineData("a = 1,", 1, "body 1,1(0)-1,7(6)\n  attr a 1,1(0)-1,6(5) name 1,1(0)-1,2(1) expr 1,5(4)-1,6(5)")]
    [InlineData("a = sort(data.first.ref.attr)[count.index]\n", 0, "body 1,1(0)-2,1(43)\n  attr a 1,1(0)-1,43(42) name 1,1(0)-1,2(1) expr 1,5(4)-1,43(42)")]
    [InlineData("block \"unterminated_string \"name\" {}", 2, "body 1,1(0)-1,37(36)\n  block block type 1,1(0)-1,6(5) labels [unterminated_string @1,7(6)-1,29(28) name@1,29(28)-1,33(32)  {}@1,33(32)-1,37(36)] body 1,1(0)-1,6(5)")]
    [InlineData("a = a::namespaced::func(data.first.ref.attr)\n", 0, "body 1,1(0)-2,1(45)\n  attr a 1,1(0)-1,45(44) name 1,1(0)-1,2(1) expr 1,5(4)-1,45(44)")]
    [InlineData("a = partial::namespaced\n", 1, "body 1,1(0)-2,1(24)\n  attr a 1,1(0)-2,1(24) name 1,1(0)-1,2(1) expr 1,5(4)-2,1(24)")]
    [InlineData("a = partial::\n", 1, "body 1,1(0)-2,1(14)\n  attr a 1,1(0)-2,1(14) name 1,1(0)-1,2(1) expr 1,5(4)-2,1(14)")]
    [InlineData("a = { b = c. }", 1, "body 1,1(0)-1,15(14)\n  attr a 1,1(0)-1,15(14) name 1,1(0)-1,2(1) expr 1,5(4)-1,15(14)")]
    public void Parses_configs_like_hcl(string input, int diagCount, string want)
    {
        var tree = TreeDump.Parse(input);

        Assert.Equal(want, TreeDump.Body(tree.Root));
        Assert.True(diagCount == tree.Diagnostics.Count, $"want {diagCount} diagnostics, got {tree.Diagnostics.Count}:\n{string.Join("\n", tree.Diagnostics)}");
    }
}
