using Nomadic.Core.Jobspec;

namespace Nomadic.Core.Tests.Jobspec;

public sealed class DecoderTests
{
    private static JobDecodeResult Decode(string hcl) =>
        Nomadic.Core.Jobspec.Jobspec.Load(new JobspecParseOptions { Path = "t.hcl", Source = System.Text.Encoding.UTF8.GetBytes(hcl) });

    [Fact]
    public void Decodes_resources_constraints_ports_and_top_level_task()
    {
        var result = Decode("""
            job "j" {
              constraint { distinct_property = "${meta.rack}" }
              task "solo" { driver = "exec" }
              group "g" {
                network {
                  port "http" { static = 80 }
                  port "dyn" { to = 8080 }
                }
                task "t" {
                  driver = "docker"
                  config {
                    image = "x"
                    mount { a = 1 }
                    mount { a = 2 }
                  }
                  resources {
                    cores = 2
                    numa { affinity = "require" }
                  }
                  kill_timeout = "1h30m"
                  identity { aud = ["a"] }
                  action "hi" { command = "echo" }
                }
              }
            }
            """);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var job = result.Job!;
        Assert.Equal("solo", job.TaskGroups![0].Name);
        Assert.Equal("distinct_property", job.Constraints![0].Operand);
        Assert.Equal("${meta.rack}", job.Constraints[0].LTarget);
        var g = job.TaskGroups[1];
        Assert.Equal(80, g.Networks![0].ReservedPorts![0].Value);
        Assert.Equal(8080, g.Networks[0].DynamicPorts![0].To);
        var t = g.Tasks![0];
        Assert.Equal(2, t.Resources!.Cores);
        Assert.Equal("require", t.Resources.NUMA!.Affinity);
        Assert.Equal(TimeSpan.FromMinutes(90), t.KillTimeout);
        Assert.Equal(2, ((List<object?>)t.Config!["mount"]!).Count);
        Assert.Equal(["a"], t.Identity!.Audience!);
        Assert.Equal("echo", t.Actions![0].Command);
        Assert.True(result.SourceMap.TryGetRange("TaskGroups[1].Tasks[0].Resources.Cores", out var range));
        Assert.Equal(17, range.Start.Line);
    }

    [Fact]
    public void Reports_every_error_with_position_and_suggestion()
    {
        var result = Decode("""
            job "j" {
              group "g" {
                count = "many"
                task "t" {
                  drivr = "exec"
                  kill_timeout = "3d"
                }
              }
            }
            """);
        var errors = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith("t.hcl:3,", StringComparison.Ordinal) && e.Contains("count", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("t.hcl:5,", StringComparison.Ordinal) && e.Contains("Did you mean \"driver\"?", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("t.hcl:6,", StringComparison.Ordinal) && e.Contains("24h", StringComparison.Ordinal));
    }
}
