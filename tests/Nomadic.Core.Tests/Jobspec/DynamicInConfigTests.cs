using System.Text;
using Nomadic.Core.Jobspec;

namespace Nomadic.Core.Tests.Jobspec;

/// <summary>
/// <c>dynamic</c> blocks inside the schemaless task <c>config</c>. Nomad 1.7 does not expand them there: jobspec2 turns
/// the config body into attributes before expanding, so the task config keeps a literal <c>dynamic</c> key and the
/// driver rejects it at placement ("No argument or block type is named "dynamic"", hashicorp/nomad#18506, documented
/// as a caveat by #15857).
/// </summary>
public sealed class DynamicInConfigTests
{
    private const string Hcl = """
        locals {
          mounts = [{ source = "/a", target = "/x" }, { source = "/b", target = "/y" }]
        }

        job "j" {
          group "g" {
            task "t" {
              driver = "docker"
              config {
                image = "alpine:3"
                dynamic "mount" {
                  for_each = local.mounts
                  content {
                    source = mount.value.source
                    target = mount.value.target
                  }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public void Dynamic_blocks_in_task_config_stay_literal_as_in_nomad()
    {
        var result = Nomadic.Core.Jobspec.Jobspec.Load(new JobspecParseOptions { Path = "input.hcl", Source = Encoding.UTF8.GetBytes(Hcl) });

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var config = result.Job!.TaskGroups![0].Tasks![0].Config!;
        Assert.False(config.ContainsKey("mount"));
        Assert.True(config.ContainsKey("dynamic"));
        Assert.Equal("alpine:3", config["image"]);
    }
}
