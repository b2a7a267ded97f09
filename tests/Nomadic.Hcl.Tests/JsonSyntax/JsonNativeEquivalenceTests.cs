using System.Text;
using Nomadic.Hcl.Json;
using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.JsonSyntax;

/// <summary>Native HCL and its JSON equivalent decode, through the same schema, to the same attributes and blocks.</summary>
public class JsonNativeEquivalenceTests
{
    private static readonly EvalContext Context = EvalContext.Create(new Dictionary<string, HclValue>
    {
        ["var"] = HclValue.Object([new("region", HclValue.String("eu")), new("count", HclValue.Number(3))]),
    });

    private static readonly BodySchema TaskSchema = new()
    {
        Attributes = [new AttributeSchema("driver", Required: true), new AttributeSchema("config"), new AttributeSchema("count")],
        Blocks = [new BlockHeaderSchema("resources")],
    };

    private static readonly BodySchema ResourcesSchema = new() { Attributes = [new AttributeSchema("cpu"), new AttributeSchema("memory")] };

    private static readonly BodySchema GroupSchema = new()
    {
        Attributes = [new AttributeSchema("count")],
        Blocks = [new BlockHeaderSchema("task", ["name"])],
    };

    private static readonly BodySchema JobSchema = new()
    {
        Attributes = [new AttributeSchema("datacenters"), new AttributeSchema("region"), new AttributeSchema("meta")],
        Blocks = [new BlockHeaderSchema("group", ["name"]), new BlockHeaderSchema("constraint")],
    };

    private static readonly BodySchema FileSchema = new() { Blocks = [new BlockHeaderSchema("job", ["name"])] };

    private static readonly Dictionary<string, BodySchema> BlockSchemas = new()
    {
        ["job"] = JobSchema,
        ["group"] = GroupSchema,
        ["task"] = TaskSchema,
        ["resources"] = ResourcesSchema,
        ["constraint"] = new BodySchema { Attributes = [new AttributeSchema("attribute"), new AttributeSchema("value")] },
    };

    /// <summary>Decodes a body into lines such as <c>job[web]/group[api].count = 2</c>, in order.</summary>
    private static List<string> Decode(IHclBody body, BodySchema schema, string path, DiagnosticBag diagnostics)
    {
        var lines = new List<string>();
        var content = body.Content(schema, diagnostics);
        foreach (var attribute in content.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            lines.Add($"{path}{attribute.Key} = {attribute.Value.Expression.Evaluate(Context, diagnostics)}");
        }

        foreach (var block in content.Blocks)
        {
            var blockPath = $"{path}{block.Type}[{string.Join(",", block.Labels)}]/";
            lines.Add(blockPath);
            lines.AddRange(Decode(block.Body, BlockSchemas[block.Type], blockPath, diagnostics));
        }

        return lines;
    }

    private static List<string> DecodeNative(string source)
    {
        var tree = HclSyntax.ParseConfig(Encoding.UTF8.GetBytes(source), "x.hcl");
        Assert.Empty(tree.Diagnostics);
        var diagnostics = new DiagnosticBag();
        var lines = Decode(new NativeBody(tree.Root), FileSchema, string.Empty, diagnostics);
        Assert.True(diagnostics.Count == 0, diagnostics.ToString());
        return lines;
    }

    private static List<string> DecodeJson(string source)
    {
        var file = HclJson.ParseFile(Encoding.UTF8.GetBytes(source), "x.hcl.json");
        Assert.Empty(file.Diagnostics);
        var diagnostics = new DiagnosticBag();
        var lines = Decode(file.Body, FileSchema, string.Empty, diagnostics);
        Assert.True(diagnostics.Count == 0, diagnostics.ToString());
        return lines;
    }

    public static TheoryData<string, string> Pairs => new()
    {
        {
            """
            job "web" {
              datacenters = ["dc1", "dc2"]
              region      = var.region
            }
            """,
            """
            {"job": {"web": {"datacenters": ["dc1", "dc2"], "region": "${var.region}"}}}
            """
        },
        {
            """
            job "web" {
              group "api" {
                count = var.count * 2
                task "server" {
                  driver = "docker"
                  config = { image = "nginx:${var.region}", ports = ["http"] }
                  resources {
                    cpu    = 500
                    memory = 256
                  }
                }
                task "sidecar" {
                  driver = "exec"
                }
              }
            }
            """,
            """
            {
              "job": {
                "web": {
                  "group": {
                    "api": {
                      "count": "${var.count * 2}",
                      "task": {
                        "server": {
                          "driver": "docker",
                          "config": {"image": "nginx:${var.region}", "ports": ["http"]},
                          "resources": {"cpu": 500, "memory": 256}
                        },
                        "sidecar": {"driver": "exec"}
                      }
                    }
                  }
                }
              }
            }
            """
        },
        {
            """
            job "a" {
              constraint {
                attribute = "$${attr.kernel.name}"
                value     = "linux"
              }
              constraint {
                attribute = "$${node.class}"
                value     = "large"
              }
              meta = { "owner" = "team", n = 1.50 }
            }
            job "b" {
            }
            """,
            """
            [
              {"job": {"a": {
                "//": "constraints as an array of blocks",
                "constraint": [
                  {"attribute": "$${attr.kernel.name}", "value": "linux"},
                  {"attribute": "$${node.class}", "value": "large"}
                ],
                "meta": {"owner": "team", "n": 1.50}
              }}},
              {"job": {"b": {}}}
            ]
            """
        },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Native_and_json_decode_alike(string native, string json)
    {
        var expected = DecodeNative(native);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, DecodeJson(json));
    }

    [Fact]
    public void Missing_required_argument_reads_the_same_in_both()
    {
        var nativeDiagnostics = new DiagnosticBag();
        var native = HclSyntax.ParseConfig("task \"t\" {}"u8.ToArray(), "x.hcl");
        new NativeBody(native.Root).Content(new BodySchema { Blocks = [new BlockHeaderSchema("task", ["name"])] }, nativeDiagnostics)
            .Blocks[0].Body.Content(TaskSchema, nativeDiagnostics);

        var jsonDiagnostics = new DiagnosticBag();
        var json = HclJson.ParseFile("{\"task\": {\"t\": {}}}"u8.ToArray(), "x.json");
        json.Body.Content(new BodySchema { Blocks = [new BlockHeaderSchema("task", ["name"])] }, jsonDiagnostics)
            .Blocks[0].Body.Content(TaskSchema, jsonDiagnostics);

        Assert.Equal(nativeDiagnostics.Select(d => (d.Summary, d.Detail)), jsonDiagnostics.Select(d => (d.Summary, d.Detail)));
    }
}
