namespace Nomadic.Locks.Tests;

/// <summary>
/// What every <see cref="IVariableStore"/> must do with variables: check-and-set, conflicts, indexes, namespaces,
/// listing, Nomad's path and size rules, and watches. Derive and implement <see cref="StoreContractBase.CreateStore"/>.
/// </summary>
public abstract class VariableStoreContractTests : StoreContractBase
{
    private const string Ns = "default";

    [Fact]
    public async Task Put_then_get_returns_the_items_indexes_and_times()
    {
        var written = (await Store.PutAsync(Ns, "app/db", Items("user", "admin"))).EnsureSuccess()!;
        var read = await Store.GetAsync(Ns, "app/db");

        Assert.NotNull(read);
        Assert.Equal("admin", read.Items["user"]);
        Assert.Equal(Ns, read.Namespace);
        Assert.Equal("app/db", read.Path);
        Assert.True(read.CreateIndex > 0);
        Assert.Equal(read.CreateIndex, read.ModifyIndex);
        Assert.Equal(written.ModifyIndex, read.ModifyIndex);
        Assert.Equal(Time.GetUtcNow(), read.CreateTime);
        Assert.Null(read.Lock);
    }

    [Fact]
    public async Task Get_of_a_missing_variable_is_null()
    {
        Assert.Null(await Store.GetAsync(Ns, "missing"));
    }

    [Fact]
    public async Task Paths_are_normalized_like_the_nomad_client_does()
    {
        await Store.PutAsync(Ns, "/app/db/", Items("k", "v"));
        var read = await Store.GetAsync(Ns, "app/db");
        Assert.Equal("app/db", read!.Path);
    }

    [Fact]
    public async Task Check_index_zero_creates_only_when_absent()
    {
        var first = await Store.PutAsync(Ns, "a", Items("k", "1"), checkIndex: 0);
        var second = await Store.PutAsync(Ns, "a", Items("k", "2"), checkIndex: 0);

        Assert.True(first.Succeeded);
        Assert.False(second.Succeeded);
        Assert.Equal("1", second.Variable!.Items["k"]);
        Assert.Equal(first.Variable!.ModifyIndex, second.Variable.ModifyIndex);
    }

    [Fact]
    public async Task Check_index_must_equal_the_modify_index_and_a_conflict_returns_the_current_variable()
    {
        var v1 = (await Store.PutAsync(Ns, "a", Items("k", "1"))).EnsureSuccess()!;
        var v2 = (await Store.PutAsync(Ns, "a", Items("k", "2"), checkIndex: v1.ModifyIndex)).EnsureSuccess()!;
        var stale = await Store.PutAsync(Ns, "a", Items("k", "3"), checkIndex: v1.ModifyIndex);

        Assert.False(stale.Succeeded);
        Assert.Equal(v2.ModifyIndex, stale.Variable!.ModifyIndex);
        Assert.Equal("2", stale.Variable.Items["k"]);
        Assert.Equal("2", (await Store.GetAsync(Ns, "a"))!.Items["k"]);
    }

    [Fact]
    public async Task A_nonzero_check_index_on_a_missing_variable_conflicts_without_a_body()
    {
        var result = await Store.PutAsync(Ns, "nothing", Items("k", "v"), checkIndex: 7);
        Assert.False(result.Succeeded);
        Assert.Null(result.Variable);
        Assert.Null(await Store.GetAsync(Ns, "nothing"));
    }

    [Fact]
    public async Task EnsureSuccess_throws_a_conflict_exception_carrying_the_current_variable()
    {
        var v1 = (await Store.PutAsync(Ns, "a", Items("k", "1"))).EnsureSuccess()!;
        var conflict = await Store.PutAsync(Ns, "a", Items("k", "2"), checkIndex: v1.ModifyIndex + 100);

        var exception = Assert.Throws<VariableConflictException>(() => conflict.EnsureSuccess());
        Assert.Equal(v1.ModifyIndex, exception.Current!.ModifyIndex);
    }

    [Fact]
    public async Task Indexes_grow_across_variables_and_updates_keep_the_create_index_and_time()
    {
        var a = (await Store.PutAsync(Ns, "a", Items("k", "1"))).EnsureSuccess()!;
        Time.Advance(TimeSpan.FromSeconds(3));
        var b = (await Store.PutAsync(Ns, "b", Items("k", "1"))).EnsureSuccess()!;
        var a2 = (await Store.PutAsync(Ns, "a", Items("k", "2"))).EnsureSuccess()!;

        Assert.True(b.ModifyIndex > a.ModifyIndex);
        Assert.True(a2.ModifyIndex > b.ModifyIndex);
        Assert.Equal(a.CreateIndex, a2.CreateIndex);
        Assert.Equal(a.CreateTime, a2.CreateTime);
        Assert.True(a2.ModifyTime > a.ModifyTime);
    }

    [Fact]
    public async Task An_identical_write_changes_nothing()
    {
        var a = (await Store.PutAsync(Ns, "a", Items("k", "1", "j", "2"))).EnsureSuccess()!;
        var again = (await Store.PutAsync(Ns, "a", Items("j", "2", "k", "1"))).EnsureSuccess()!;
        Assert.Equal(a.ModifyIndex, again.ModifyIndex);
    }

    [Fact]
    public async Task The_store_keeps_its_own_copy_of_the_items()
    {
        var items = Items("k", "1");
        await Store.PutAsync(Ns, "a", items);
        items["k"] = "changed";
        Assert.Equal("1", (await Store.GetAsync(Ns, "a"))!.Items["k"]);
    }

    [Fact]
    public async Task Delete_honours_check_and_set()
    {
        var a = (await Store.PutAsync(Ns, "a", Items("k", "1"))).EnsureSuccess()!;

        var wrong = await Store.DeleteAsync(Ns, "a", checkIndex: a.ModifyIndex + 1);
        Assert.False(wrong.Succeeded);
        Assert.Equal(a.ModifyIndex, wrong.Variable!.ModifyIndex);

        var absentOnly = await Store.DeleteAsync(Ns, "a", checkIndex: 0);
        Assert.False(absentOnly.Succeeded);

        var right = await Store.DeleteAsync(Ns, "a", checkIndex: a.ModifyIndex);
        Assert.True(right.Succeeded);
        Assert.Null(right.Variable);
        Assert.Null(await Store.GetAsync(Ns, "a"));
    }

    [Fact]
    public async Task Deleting_a_missing_variable_succeeds_unless_an_index_is_required()
    {
        Assert.True((await Store.DeleteAsync(Ns, "gone")).Succeeded);
        Assert.True((await Store.DeleteAsync(Ns, "gone", checkIndex: 0)).Succeeded);
        Assert.False((await Store.DeleteAsync(Ns, "gone", checkIndex: 3)).Succeeded);
    }

    [Fact]
    public async Task A_recreated_variable_gets_new_indexes()
    {
        var first = (await Store.PutAsync(Ns, "a", Items("k", "1"))).EnsureSuccess()!;
        await Store.DeleteAsync(Ns, "a");
        var second = (await Store.PutAsync(Ns, "a", Items("k", "1"), checkIndex: 0)).EnsureSuccess()!;
        Assert.True(second.CreateIndex > first.ModifyIndex);
    }

    [Fact]
    public async Task Namespaces_are_separate_and_star_lists_them_all()
    {
        await Store.PutAsync("default", "shared", Items("k", "d"));
        await Store.PutAsync("prod", "shared", Items("k", "p"));

        Assert.Equal("d", (await Store.GetAsync("default", "shared"))!.Items["k"]);
        Assert.Equal("p", (await Store.GetAsync("prod", "shared"))!.Items["k"]);
        Assert.Single(await Store.ListAsync("prod", ""));
        var all = await Store.ListAsync("*", "shared");
        Assert.Equal(["default", "prod"], all.Select(v => v.Namespace));
    }

    [Fact]
    public async Task List_by_prefix_is_ordered_by_path()
    {
        await Store.PutAsync(Ns, "app/b", Items("k", "v"));
        await Store.PutAsync(Ns, "app/a", Items("k", "v"));
        await Store.PutAsync(Ns, "other", Items("k", "v"));
        await Store.PutAsync(Ns, "apple", Items("k", "v"));

        var list = await Store.ListAsync(Ns, "app/");
        Assert.Equal(["app/a", "app/b"], list.Select(v => v.Path));
        Assert.Equal(["app/a", "app/b", "apple"], (await Store.ListAsync(Ns, "app")).Select(v => v.Path));
        Assert.Equal(4, (await Store.ListAsync(Ns, "")).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("has space")]
    [InlineData("dot.ted")]
    [InlineData("per%cent")]
    [InlineData("nomad")]
    [InlineData("nomad/secrets")]
    [InlineData("nomad/job-templates")]
    [InlineData("nomad/job-templates/a/b")]
    public async Task Invalid_paths_are_rejected_with_a_clear_error(string path)
    {
        var exception = await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.PutAsync(Ns, path, Items("k", "v")));
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
    }

    [Theory]
    [InlineData("nomad/jobs")]
    [InlineData("nomad/jobs/web/group/task")]
    [InlineData("nomad/job-templates/base")]
    [InlineData("a-b_c~d/E/9")]
    public async Task Nomads_allowed_paths_are_accepted(string path)
    {
        Assert.True((await Store.PutAsync(Ns, path, Items("k", "v"))).Succeeded);
    }

    [Fact]
    public async Task Paths_longer_than_128_characters_are_rejected()
    {
        Assert.True((await Store.PutAsync(Ns, new string('a', 128), Items("k", "v"))).Succeeded);
        var exception = await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.PutAsync(Ns, new string('a', 129), Items("k", "v")));
        Assert.Contains("128", exception.Message);
    }

    [Fact]
    public async Task Invalid_namespaces_are_rejected()
    {
        await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.PutAsync("bad ns", "a", Items("k", "v")));
        await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.PutAsync("*", "a", Items("k", "v")));
    }

    [Fact]
    public async Task Variables_up_to_64_KiB_are_accepted_and_larger_ones_rejected()
    {
        var exactly = Items("k", new string('x', VariableRules.MaxSizeBytes - 1));
        Assert.True((await Store.PutAsync(Ns, "big", exactly)).Succeeded);

        var over = Items("k", new string('x', VariableRules.MaxSizeBytes));
        var exception = await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.PutAsync(Ns, "big", over));
        Assert.Contains("64 KiB", exception.Message);
    }

    [Fact]
    public async Task The_size_limit_counts_utf8_bytes()
    {
        var multiByte = Items("k", new string('é', VariableRules.MaxSizeBytes / 2));
        await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.PutAsync(Ns, "big", multiByte));
    }

    [Fact]
    public async Task A_variable_needs_items()
    {
        await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.PutAsync(Ns, "a", Items()));
    }

    [Fact]
    public async Task Watch_returns_at_once_when_the_path_changed_after_the_index()
    {
        var a = (await Store.PutAsync(Ns, "a", Items("k", "1"))).EnsureSuccess()!;
        var index = await Store.WatchAsync(Ns, "a", a.ModifyIndex - 1);
        Assert.Equal(a.ModifyIndex, index);
    }

    [Fact]
    public async Task Watch_blocks_until_the_path_changes()
    {
        var a = (await Store.PutAsync(Ns, "a", Items("k", "1"))).EnsureSuccess()!;
        var watch = Store.WatchAsync(Ns, "a", a.ModifyIndex).AsTask();
        await Wait.SettleAsync();
        Assert.False(watch.IsCompleted);

        var a2 = (await Store.PutAsync(Ns, "a", Items("k", "2"))).EnsureSuccess()!;
        Assert.Equal(a2.ModifyIndex, await Wait.WithinAsync(watch, "the watch to return"));
    }

    [Fact]
    public async Task Watch_ignores_other_paths_and_namespaces()
    {
        var a = (await Store.PutAsync(Ns, "app/a", Items("k", "1"))).EnsureSuccess()!;
        var watch = Store.WatchAsync(Ns, "app/", a.ModifyIndex).AsTask();
        await Store.PutAsync(Ns, "elsewhere", Items("k", "1"));
        await Store.PutAsync("prod", "app/a", Items("k", "1"));
        await Wait.SettleAsync();
        Assert.False(watch.IsCompleted);

        await Store.PutAsync(Ns, "app/b", Items("k", "1"));
        await Wait.WithinAsync(watch, "the prefix watch to return");
    }

    [Fact]
    public async Task A_prefix_watch_sees_deletions()
    {
        var a = (await Store.PutAsync(Ns, "app/a", Items("k", "1"))).EnsureSuccess()!;
        var watch = Store.WatchAsync(Ns, "app", a.ModifyIndex).AsTask();
        await Store.DeleteAsync(Ns, "app/a");
        var index = await Wait.WithinAsync(watch, "the watch to see the delete");
        Assert.True(index > a.ModifyIndex);
        Assert.Empty(await Store.ListAsync(Ns, "app"));
    }

    [Fact]
    public async Task A_watch_ends_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var watch = Store.WatchAsync(Ns, "quiet", 0, cancellation.Token).AsTask();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watch);
    }
}
