using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;

namespace Nomadic.Core.Tests.Validation;

public sealed class FileRulesTests
{
    private const string T = "TaskGroups[0].Tasks[0]";

    [Fact]
    public void Template_defaults_pass() => WithTemplate(_ => { }).ShouldBeValid();

    [Fact]
    public void Template_needs_source_or_data() => WithTemplate(t => t.EmbeddedTmpl = "").ShouldFail($"{T}.Templates[0].SourcePath", "Must specify a source path or have an embedded template");

    [Fact]
    public void Template_needs_destination() => WithTemplate(t => t.DestPath = "").ShouldFail($"{T}.Templates[0].DestPath", "Must specify a destination");

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("local/../../../x")]
    public void Template_destination_escapes(string destination) => WithTemplate(t => t.DestPath = destination).ShouldFail($"{T}.Templates[0].DestPath", "escapes allocation directory");

    [Theory]
    [InlineData("../alloc/shared.env")]
    [InlineData("/local/abs")]
    [InlineData("secrets/file")]
    public void Template_destination_inside_allocation(string destination) => WithTemplate(t => t.DestPath = destination).ShouldBeValid();

    [Fact]
    public void Template_signal_needs_signal() => WithTemplate(t => { t.ChangeMode = "signal"; t.ChangeSignal = ""; }).ShouldFail($"{T}.Templates[0].ChangeSignal", "Must specify signal value");

    [Fact]
    public void Template_signal_not_with_env() => WithTemplate(t => { t.ChangeMode = "signal"; t.ChangeSignal = "SIGHUP"; t.Envvars = true; }).ShouldFail($"{T}.Templates[0].ChangeMode", "cannot use signals with env var templates");

    [Fact]
    public void Template_script_needs_script() => WithTemplate(t => t.ChangeMode = "script").ShouldFail($"{T}.Templates[0].ChangeScript", "change script configuration");

    [Fact]
    public void Template_script_needs_command() => WithTemplate(t => { t.ChangeMode = "script"; t.ChangeScript = new ChangeScript { Command = "" }; }).ShouldFail($"{T}.Templates[0].ChangeScript.Command", "script path");

    [Fact]
    public void Template_unknown_change_mode() => WithTemplate(t => t.ChangeMode = "reload").ShouldFail($"{T}.Templates[0].ChangeMode", "change_mode must be one of");

    [Fact]
    public void Template_negative_splay() => WithTemplate(t => t.Splay = TimeSpan.FromSeconds(-1)).ShouldFail($"{T}.Templates[0].Splay", "positive splay");

    [Theory]
    [InlineData("0999")]
    [InlineData("rw-r--r--")]
    [InlineData("17777")]
    public void Template_perms_octal(string perms) => WithTemplate(t => t.Perms = perms).ShouldFail($"{T}.Templates[0].Perms", "as octal");

    [Fact]
    public void Template_wait_bounds() => WithTemplate(t => t.Wait = new WaitConfig { Min = TimeSpan.FromSeconds(10), Max = TimeSpan.FromSeconds(5) }).ShouldFail($"{T}.Templates[0].Wait", "min greater than max");

    [Fact]
    public void Template_same_destination()
    {
        var job = WithTemplate(_ => { });
        job.Task().Templates!.Add(new Template { EmbeddedTmpl = "y", DestPath = "local/app.conf" });
        JobCanonicalizer.Canonicalize(job).ShouldFail($"{T}.Templates[1].DestPath", "Template 2 has same destination as 1");
    }

    [Fact]
    public void Artifact_passes() => WithArtifact(a => a.GetterOptions = new Dictionary<string, string> { ["checksum"] = "sha256:" + new string('a', 64) }).ShouldBeValid();

    [Fact]
    public void Artifact_needs_source() => WithArtifact(a => a.GetterSource = "").ShouldFail($"{T}.Artifacts[0].GetterSource", "source must be specified");

    [Fact]
    public void Artifact_mode() => WithArtifact(a => a.GetterMode = "tree").ShouldFail($"{T}.Artifacts[0].GetterMode", "invalid artifact mode \"tree\"");

    [Fact]
    public void Artifact_destination_escapes() => WithArtifact(a => a.RelativeDest = "../../x").ShouldFail($"{T}.Artifacts[0].RelativeDest", "escapes allocation directory");

    [Theory]
    [InlineData("sha256:abc")]
    [InlineData("crc32:00000000")]
    [InlineData("nocolon")]
    public void Artifact_checksum(string checksum) => WithArtifact(a => a.GetterOptions = new Dictionary<string, string> { ["checksum"] = checksum }).ShouldFail($"{T}.Artifacts[0].GetterOptions[\"checksum\"]", "checksum");

    [Fact]
    public void Dispatch_payload_escapes() => Jobs.Canonical("batch").Also(j => j.Task().DispatchPayload = new DispatchPayloadConfig { File = "../../../x" }).ShouldFail($"{T}.DispatchPayload.File", "escapes");

    [Fact]
    public void Dispatch_payload_inside_local() => Jobs.Canonical("batch").Also(j => j.Task().DispatchPayload = new DispatchPayloadConfig { File = "../input.json" }).ShouldBeValid();

    private static Job WithTemplate(Action<Template> change)
    {
        var job = Jobs.Raw();
        job.Task().Templates = [new Template { EmbeddedTmpl = "x", DestPath = "local/app.conf" }];
        JobCanonicalizer.Canonicalize(job);
        change(job.Task().Templates![0]);
        return job;
    }

    private static Job WithArtifact(Action<TaskArtifact> change)
    {
        var job = Jobs.Raw();
        job.Task().Artifacts = [new TaskArtifact { GetterSource = "https://example.com/app.tgz" }];
        JobCanonicalizer.Canonicalize(job);
        change(job.Task().Artifacts![0]);
        return job;
    }
}
