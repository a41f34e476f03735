namespace QuoteAttribution.Cli;

/// <summary>The help texts, one per command.</summary>
internal static class Usage
{
    public const string General = """
        usage: quotes COMMAND [OPTIONS] [ARGS]

        Find quotations in English news text and say who said them.

        commands:
          extract [FILE...]           extract quotes from text files (standard input without files)
          predict GOLD.jsonl          write prediction lines for the texts of a gold file
          eval GOLD.jsonl [PRED.jsonl]  score predictions (default: the library's own) against gold

        Run 'quotes COMMAND --help' for a command's options.
        exit codes: 0 every input processed, 1 some input failed, 2 bad command line.
        """;

    public const string Extract = """
        usage: quotes extract [--format table|json|jsonl] [--model FILE|default] [FILE...]
               quotes extract --stats DIR [--format table|json|jsonl] [--model FILE|default]

        Extract quotes from each FILE (UTF-8 text; standard input when no FILE is given).

        options:
          --format table   a readable table per document (default)
          --format json    a JSON array, one object per document with its quotes and speakers
          --format jsonl   one JSON object per document, one a line
          --stats DIR      process every .txt below DIR (recursively, sorted) in parallel and end
                           with a summary: documents, characters, quotes, elapsed time, chars/s,
                           processed / warned / failed. Documents are printed only when --format is given.
          --model FILE     add a learned model (from quotes train; 'default': the embedded one) to the rules
          -h, --help       show this help
        """;

    public const string Predict = """
        usage: quotes predict [--model FILE|default] GOLD.jsonl

        Read the id and text of each line of GOLD.jsonl and write one prediction line per document
        to standard output, in input order (the predictions format of ANNOTATION.md).

        options:
          --model FILE     add a learned model (from quotes train; 'default': the embedded one) to the rules
          -h, --help       show this help
        """;

    public const string Eval = """
        usage: quotes eval [--errors] [--json] [--model FILE|default] GOLD.jsonl [PRED.jsonl]

        Score PRED.jsonl (without it, the library's own predictions for GOLD.jsonl) against the gold,
        by the scoring protocol of ANNOTATION.md. Rows: direct, indirect, partial, all; columns:
        gold, pred, P, R, F1, speaker_acc, attribution_F1 ('-' where a figure is undefined).
        Gold 'mixed' quotes (PolNeAR) count in the 'all' row only.

        options:
          --errors         also list every missed quote, false quote and wrong speaker
          --json           print the rows as JSON (with --errors, an "errors" array is added)
          --model FILE     score the library with a learned model (from quotes train; 'default': the
                           embedded one) added to the rules; ignored with PRED.jsonl
          -h, --help       show this help
        """;

    public static string For(string command) => command switch
    {
        "extract" => Extract,
        "predict" => Predict,
        "eval" => Eval,
        _ => General,
    };
}
