namespace Nomadic.Cli.Remote;

/// <summary>Aligns rows like Nomad's <c>formatList</c> (columns glued by two spaces) and <c>formatKV</c> (<c>key = value</c>).</summary>
internal static class Columns
{
    public static string List(IReadOnlyList<string[]> rows) => Format(rows, "  ");

    public static string KeyValue(IReadOnlyList<string[]> rows) => Format(rows, " = ");

    private static string Format(IReadOnlyList<string[]> rows, string glue)
    {
        var widths = new int[rows.Max(r => r.Length)];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        return string.Join(Environment.NewLine, rows.Select(row =>
            string.Join(glue, row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd()));
    }
}
