using QuoteAttribution.Evaluation;
using System.Globalization;
using System.Text;

namespace QuoteAttribution.Cli;

/// <summary>Prints each document as a heading and a fixed-width table: kind, span, speaker, mention, cue, confidence, text.</summary>
internal sealed class TableResultWriter : ResultWriter
{
    private const int NameWidth = 24;
    private const int CueWidth = 16;
    private const int TextWidth = 60;

    private readonly TextWriter _out;
    private bool _first = true;

    public TableResultWriter(TextWriter stdout) => _out = stdout;

    public override void Write(TextInput input, QuoteExtractionResult result)
    {
        if (!_first)
        {
            _out.WriteLine();
        }

        _first = false;
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {input.Name} ({TextCells.Number(input.Text.Length)} chars, {result.Quotes.Length} quotes, {result.Speakers.Length} speakers)"));
        if (result.Quotes.IsEmpty)
        {
            _out.WriteLine("(no quotes)");
            return;
        }

        string[] header = ["KIND", "SPAN", "SPEAKER", "MENTION", "CUE", "CONF", "TEXT"];
        var rows = result.Quotes.Select(q => new[]
        {
            KindNames.ToName(q.Kind),
            TextCells.Span(q.Span.Start, q.Span.End),
            TextCells.Cell(q.SpeakerName, NameWidth),
            TextCells.Cell(q.Mention?.Text, NameWidth),
            TextCells.Cell(q.Cue?.Text, CueWidth),
            q.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
            TextCells.Cell(q.Text, TextWidth),
        }).ToList();

        // Widths fit this document's cells, so short documents print narrow tables.
        int[] widths = [.. header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length)))];
        WriteRow(header, widths);
        foreach (var row in rows)
        {
            WriteRow(row, widths);
        }
    }

    private void WriteRow(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            // The last column is not padded: no trailing spaces.
            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        _out.WriteLine(line.ToString());
    }
}
