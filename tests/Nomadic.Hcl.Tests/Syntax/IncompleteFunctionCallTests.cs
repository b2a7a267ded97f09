namespace Nomadic.Hcl.Tests.Syntax;

/// <summary>
/// HCL's TestParseConfig_incompleteFunctionCall: an unfinished function call inside an attribute or block keeps the
/// surrounding structure and ranges. HCL gives an unclosed call a zero-valued range, so those expression ranges are
/// written <c>?</c> and not compared.
/// </summary>
public sealed class IncompleteFunctionCallTests
{
    [Theory]
    [InlineData("attr = object({ foo = })\nattr2 = \"foo\"\n", "body 1,1(0)-3,1(39)\n  attr attr 1,1(0)-1,25(24) name 1,1(0)-1,5(4) expr 1,8(7)-1,25(24)\n  attr attr2 2,1(25)-2,14(38) name 2,1(25)-2,6(30) expr 2,9(33)-2,14(38)")]
    [InlineData("block \"label\" {\n  attr = object(\n", "body 1,1(0)-3,1(33)\n  block block type 1,1(0)-1,6(5) labels [label@1,7(6)-1,14(13)] body 1,15(14)-3,1(33)\n    attr attr 2,3(18)-3,1(33) name 2,3(18)-2,7(22) expr ?")]
    [InlineData("block \"label\" {\n\t\t  attr = object({\n", "body 1,1(0)-3,1(36)\n  block block type 1,1(0)-1,6(5) labels [label@1,7(6)-1,14(13)] body 1,15(14)-3,1(36)\n    attr attr 2,5(20)-3,1(36) name 2,5(20)-2,9(24) expr ?")]
    [InlineData("block \"label\" {\n  attr = object({ foo\n", "body 1,1(0)-3,1(38)\n  block block type 1,1(0)-1,6(5) labels [label@1,7(6)-1,14(13)] body 1,15(14)-3,1(38)\n    attr attr 2,3(18)-3,1(38) name 2,3(18)-2,7(22) expr ?")]
    [InlineData("block \"label\" {\n  attr = object({ foo =\n", "body 1,1(0)-3,1(40)\n  block block type 1,1(0)-1,6(5) labels [label@1,7(6)-1,14(13)] body 1,15(14)-3,1(40)\n    attr attr 2,3(18)-3,1(40) name 2,3(18)-2,7(22) expr ?")]
    [InlineData("block \"label\" {\n  attr = object({ foo = }\n", "body 1,1(0)-3,1(42)\n  block block type 1,1(0)-1,6(5) labels [label@1,7(6)-1,14(13)] body 1,15(14)-3,1(42)\n    attr attr 2,3(18)-3,1(42) name 2,3(18)-2,7(22) expr ?")]
    [InlineData("block \"label\" {\n  attr = object({ foo = })\n", "body 1,1(0)-3,1(43)\n  block block type 1,1(0)-1,6(5) labels [label@1,7(6)-1,14(13)] body 1,15(14)-3,1(43)\n    attr attr 2,3(18)-2,27(42) name 2,3(18)-2,7(22) expr 2,10(25)-2,27(42)")]
    [InlineData("block \"label\" {\n  attr = object({\n    foo =\n\n", "body 1,1(0)-5,1(45)\n  block block type 1,1(0)-1,6(5) labels [label@1,7(6)-1,14(13)] body 1,15(14)-5,1(45)\n    attr attr 2,3(18)-5,1(45) name 2,3(18)-2,7(22) expr ?")]
    [InlineData("block \"label\" {\n  attr = object({\n    foo =\n\nanother_block {\n\n}\n", "body 1,1(0)-8,1(64)\n  block block type 1,1(0)-1,6(5) labels [label@1,7(6)-1,14(13)] body 1,15(14)-8,1(64)\n    attr attr 2,3(18)-8,1(64) name 2,3(18)-2,7(22) expr ?")]
    [InlineData("block \"label\" {\n  attr = object({\n    foo =\n  }\n", "body 1,1(0)-5,1(48)\n  block block type 1,1(0)-1,6(5) labels [label@1,7(6)-1,14(13)] body 1,15(14)-5,1(48)\n    attr attr 2,3(18)-5,1(48) name 2,3(18)-2,7(22) expr ?")]
    [InlineData("block \"label\" {\n  attr = object({\n    foo =\n  })\n", "body 1,1(0)-5,1(49)\n  block block type 1,1(0)-1,6(5) labels [label@1,7(6)-1,14(13)] body 1,15(14)-5,1(49)\n    attr attr 2,3(18)-4,5(48) name 2,3(18)-2,7(22) expr 2,10(25)-4,5(48)")]
    public void Keeps_the_structure_around_an_incomplete_call(string input, string want)
    {
        var got = TreeDump.Body(TreeDump.Parse(input).Root).Split('\n');
        var wanted = want.Split('\n');

        Assert.Equal(wanted.Length, got.Length);
        for (var i = 0; i < wanted.Length; i++)
        {
            var line = wanted[i].EndsWith(" expr ?", StringComparison.Ordinal) ? got[i][..got[i].LastIndexOf(" expr ", StringComparison.Ordinal)] + " expr ?" : got[i];
            Assert.Equal(wanted[i], line);
        }
    }
}
