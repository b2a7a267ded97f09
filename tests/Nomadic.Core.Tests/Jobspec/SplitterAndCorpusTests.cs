using Nomadic.Core.Jobspec;
using Nomadic.Hcl;
using static Nomadic.Core.Tests.Jobspec.JobspecTestHelpers;

namespace Nomadic.Core.Tests.Jobspec;

public sealed class SplitterAndCorpusTests
{
    [Fact]
    public void Exactly_one_job_block_is_required()
    {
        Assert.Equal("input.hcl:1,1-1: Missing job block; A job block is required", SingleError(Parse("locals {}\n")).ToString());
        Assert.Equal(
            "input.hcl:2,1-8: Duplicate job block; Only one block of type \"job\" is allowed. Previous definition was at input.hcl:1,1-8.",
            SingleError(Parse("job \"a\" {}\njob \"b\" {}\n")).ToString());
    }

    [Fact]
    public void Unknown_top_level_blocks_and_missing_labels_are_reported()
    {
        Assert.Equal("Unsupported block type", SingleError(Parse("jobb \"a\" {}\n")).Summary);
        Assert.Equal("Missing name for job", SingleError(Parse("job {}\n")).Summary);
    }

    [Fact]
    public void Json_jobspecs_are_recognized_by_content()
    {
        var parsed = Parse("{\"variable\": {\"r\": {\"default\": \"x\"}}, \"job\": {\"example\": {\"region\": \"${var.r}-${NOMAD_REGION}\"}}}");

        Assert.Equal("example", parsed.JobName);
        Assert.Equal("x-${NOMAD_REGION}", JobAttribute(parsed, "region").AsString());
    }

    [Fact]
    public void Dynamic_groups_expand_in_the_job_body()
    {
        var parsed = Parse("""
            job "example" {
              dynamic "group" {
                for_each = [{ name = "groupA", idx = 1 }, { name = "groupB", idx = 2 }, { name = "groupC", idx = 3 }]
                labels   = [group.value.name]
                content {
                  count = group.value.idx
                  task "simple" {
                    env {
                      ID = format("id:%s", group.value.idx)
                    }
                  }
                }
              }
            }
            """);
        var diags = new DiagnosticBag();
        var groups = parsed.Job!.Content(new BodySchema { Blocks = [new BlockHeaderSchema("group", ["name"])] }, diags).Blocks;
        var task = groups[1].Body.Content(new BodySchema { Attributes = [new AttributeSchema("count")], Blocks = [new BlockHeaderSchema("task", ["name"])] }, diags).Blocks.Single();
        var env = task.Body.Content(new BodySchema { Blocks = [new BlockHeaderSchema("env")] }, diags).Blocks.Single().Body.JustAttributes(diags);

        Assert.Equal(["groupA", "groupB", "groupC"], groups.Select(g => g.Labels[0]));
        Assert.Equal("id:2", env["ID"].Expression.Evaluate(parsed.Context, diags).AsString());
        Assert.Empty(diags);
    }

    public static TheoryData<string> CorpusFiles() => [.. Corpus.CorpusFiles.Jobspecs];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_corpus_jobspec_gets_through_this_stage(string relativePath)
    {
        var path = Corpus.CorpusFiles.FullPath(relativePath);

        var parsed = JobspecParser.Parse(new JobspecParseOptions { Path = path });

        // `nomad job init -template=pool` writes a node pool specification, not a job: Nomad rejects it as a jobspec too.
        if (relativePath.EndsWith("command_asset_pool.nomad.hcl", StringComparison.Ordinal))
        {
            Assert.Equal("Unsupported block type", SingleError(parsed).Summary);
            return;
        }

        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        Assert.NotNull(parsed.Job);
    }
}
