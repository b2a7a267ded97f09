using System.Text.Json;
using Nomadic.Cli.Variables;

namespace Nomadic.Cli.Tests;

public sealed class VarCommandTests : IAsyncLifetime
{
    private AgentFixture _agent = null!;

    public async Task InitializeAsync() => _agent = await AgentFixture.StartAsync();

    public async Task DisposeAsync() => await _agent.DisposeAsync();

    [Fact]
    public async Task Put_then_get_prints_the_variable_as_a_table_and_as_json()
    {
        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "app/db", ["user=admin", "pass=s3cret"], null, false, "none", o)));
        Assert.Equal("Created variable \"app/db\" with modify index 1", _agent.Output.ToString().Trim());

        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.GetAsync(c, "app/db", null, "table", o)));
        var table = _agent.Output.ToString();
        Assert.Contains("Namespace   = default", table, StringComparison.Ordinal);
        Assert.Contains("Check Index = 1", table, StringComparison.Ordinal);
        Assert.Contains("pass = s3cret", table, StringComparison.Ordinal);

        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.GetAsync(c, "app/db", null, "json", o)));
        using var json = JsonDocument.Parse(_agent.Output.ToString());
        Assert.Equal("admin", json.RootElement.GetProperty("Items").GetProperty("user").GetString());
        Assert.Equal(1UL, json.RootElement.GetProperty("ModifyIndex").GetUInt64());

        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.GetAsync(c, "app/db", "user", "table", o)));
        Assert.Equal("admin", _agent.Output.ToString());
    }

    [Fact]
    public async Task Put_without_check_index_only_creates_and_reports_the_conflict_in_one_line()
    {
        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "app/db", ["a=1"], null, false, "none", o)));

        Assert.Equal(1, await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "app/db", ["a=2"], null, false, "none", o)));
        var error = _agent.Error.ToString();
        Assert.Equal(
            "nomadic: Check-and-Set conflict: your check-index (0) does not match the server-side index (1); add -force or -check-index=1 if you are sure",
            error.Trim());
        Assert.Single(error.Trim().Split('\n'));

        Assert.Equal(1, await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "app/db", ["a=2"], "7", false, "none", o)));
        Assert.Contains("check-index (7)", _agent.Error.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "app/db", ["a=2"], "1", false, "none", o)));
        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "app/db", ["a=3"], null, true, "json", o)));
        using var json = JsonDocument.Parse(_agent.Output.ToString());
        Assert.Equal("3", json.RootElement.GetProperty("Items").GetProperty("a").GetString());
    }

    [Fact]
    public async Task Get_of_a_missing_variable_exits_1_with_nomads_message()
    {
        Assert.Equal(1, await _agent.RunAsync((c, o) => VarVerbs.GetAsync(c, "nope", null, "table", o)));
        Assert.Equal("nomadic: Variable not found", _agent.Error.ToString().Trim());
        Assert.Empty(_agent.Output.ToString());
    }

    [Fact]
    public async Task List_prints_a_table_json_and_terse_and_purge_deletes()
    {
        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.ListAsync(c, "", "table", o)));
        Assert.Equal(VarVerbs.NoMatchesMessage, _agent.Output.ToString().Trim());

        await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "app/a", ["k=v"], null, false, "none", o));
        await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "app/b", ["k=v"], null, false, "none", o));
        await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "other", ["k=v"], null, false, "none", o));

        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.ListAsync(c, "app", "table", o)));
        var lines = _agent.Output.ToString().Trim().Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Namespace  Path   Last Updated", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("default    app/a  ", lines[1], StringComparison.Ordinal);

        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.ListAsync(c, "", "json", o)));
        using (var json = JsonDocument.Parse(_agent.Output.ToString()))
        {
            Assert.Equal(["app/a", "app/b", "other"], json.RootElement.EnumerateArray().Select(v => v.GetProperty("Path").GetString()));
        }

        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.PurgeAsync(c, "app/a", null, o)));
        Assert.Equal("Successfully purged variable \"app/a\"!", _agent.Output.ToString().Trim());
        Assert.Equal(1, await _agent.RunAsync((c, o) => VarVerbs.PurgeAsync(c, "app/b", "99", o)));
        Assert.Contains("Check-and-Set conflict", _agent.Error.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await _agent.RunAsync((c, o) => VarVerbs.ListAsync(c, "", "terse", o)));
        Assert.Equal(["app/b", "other"], _agent.Output.ToString().Trim().Split('\n').Select(l => l.Trim()));
    }

    [Fact]
    public async Task Bad_input_is_one_line_on_stderr()
    {
        Assert.Equal(1, await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "app/x", ["novalue"], null, false, "none", o)));
        Assert.Equal("nomadic: invalid key/value pair \"novalue\": format must be key=value", _agent.Error.ToString().Trim());

        Assert.Equal(1, await _agent.RunAsync((c, o) => VarVerbs.PutAsync(c, "bad path!", ["k=v"], null, false, "none", o)));
        Assert.Single(_agent.Error.ToString().Trim().Split('\n'));
        Assert.DoesNotContain("   at ", _agent.Error.ToString(), StringComparison.Ordinal);

        Assert.Equal(1, await _agent.RunAsync((c, o) => VarVerbs.GetAsync(c, "app/x", null, "yaml", o)));
        Assert.Contains("invalid value for -out", _agent.Error.ToString(), StringComparison.Ordinal);
    }
}
