using Nomadic.Core.Jobspec;

namespace Nomadic.Core.Tests.Jobspec;

public sealed class DecoderCorpusTests
{
    // Files Nomad rejects too: the historical fixtures named bad-*/incorrect-*/*invalid* were negative tests in
    // jobspec/parse_test.go, basic_wrong_key has an unknown key, and the pool template is not a job.
    // (service-check-bad-header-2 was an HCL1 negative test; HCL2 converts 840 to "840", so Nomad 1.7 accepts it.)
    private static readonly string[] Rejected =
    [
        "bad-artifact.hcl", "basic_wrong_key.hcl", "service-check-bad-header.hcl",
        "task-scaling-policy-invalid-resource.hcl", "task-scaling-policy-invalid-type.hcl",
        "tg-scaling-policy-invalid-type.hcl", "tg-scaling-policy-missing-max.hcl", "command_asset_pool.nomad.hcl",
        "tg-scaling-policy-multi-policy.hcl", "task-scaling-policy-missing-name.hcl", "task-scaling-policy-multi-name.hcl",
        "task-scaling-policy-multi-cpu.hcl", "multi-vault.hcl",

        // Accepted by HCL1 only: HCL2 has reserved ports only as `port` blocks and one resources block per task,
        // group scaling takes no label, and transparent_proxy and the group disconnect block (basic.hcl) arrived in Nomad 1.8.
        // bad-ports, overlapping-ports and incorrect-service-def decode; Nomad rejects them in validation.
        "basic.hcl", "multi-network.hcl", "multi-resource.hcl", "tg-scaling-policy-with-label.hcl", "tg-service-connect-proxy.hcl",
    ];

    public static TheoryData<string> Files() => SplitterAndCorpusTests.CorpusFiles();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_jobspec_decodes(string relativePath)
    {
        var result = Nomadic.Core.Jobspec.Jobspec.Load(new JobspecParseOptions { Path = Path.Combine(SplitterAndCorpusTests.CorpusRoot()!, relativePath) });
        var name = Path.GetFileName(relativePath);
        if (Rejected.Any(r => name.EndsWith(r, StringComparison.Ordinal)))
        {
            Assert.True(result.HasErrors, $"{name} should be rejected");
            return;
        }

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Job);
    }
}
